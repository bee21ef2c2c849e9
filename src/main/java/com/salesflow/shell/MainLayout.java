package com.salesflow.shell;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame around every view: navigation with only what the user's roles may open, who is signed in, the
 * language switch and log out. Views join the menu with {@code @Menu}; access rules decide who sees them.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final AuthenticationContext authentication;
    private final SideNav nav = new SideNav();
    private final java.util.List<com.salesflow.shared.ui.NavigationBadge> badges;
    private final java.util.Map<SideNavItem, com.salesflow.shared.ui.NavigationBadge> badgedItems =
            new java.util.LinkedHashMap<>();

    MainLayout(CurrentUser currentUser, UserDirectory directory, AuthenticationContext authentication,
            java.util.List<com.salesflow.shared.ui.NavigationBadge> badges) {
        this.badges = badges;
        this.currentUser = currentUser;
        this.directory = directory;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), nav, engineLinks());
        nav.setId("main-nav");
        buildNav();
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        com.salesflow.shared.ui.BrowserZone.remember(ui);
        // New work shows up in the badges without a reload, on every page.
        ui.setPollInterval(com.salesflow.shared.ui.NavigationBadge.REFRESH_MILLIS);
        ui.addPollListener(poll -> refreshBadges());
        // Screen readers and fonts pick the language from <html lang>.
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
    }

    private HorizontalLayout header() {
        UserSummary user = currentUser.profile().orElseThrow();
        Span name = new Span(user.displayName());
        name.setId("current-user-name");
        name.getStyle().set("font-weight", "600");
        Span roles = new Span(user.roles().stream().sorted().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", ")));
        roles.setId("current-user-roles");
        roles.getElement().getThemeList().add("badge contrast");
        Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new Icon(VaadinIcon.USER), name, roles, languageSwitch(),
                logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setItems(SalesflowI18n.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("shell.language." + locale.toLanguageTag()));
        language.setValue(SalesflowI18n.supported(getLocale()));
        language.setAriaLabel(getTranslation("shell.language"));
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                directory.changeMyLocale(change.getValue());
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(change.getValue());
                ui.getPage().reload();
            }
        });
        language.setWidth("9em");
        return language;
    }

    private Div brand() {
        H1 title = new H1("Salesflow");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        Span tagline = new Span(getTranslation("shell.tagline"));
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div brand = new Div(title, tagline);
        brand.getStyle().set("padding", "var(--lumo-space-m)").set("display", "flex")
                .set("flex-direction", "column");
        return brand;
    }

    private void buildNav() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            badges.stream().filter(badge -> entry.path().equals("/" + badge.path()) || entry.path()
                    .equals(badge.path())).findFirst().ifPresent(badge -> badgedItems.put(item, badge));
            nav.addItem(item);
        }
        refreshBadges();
    }

    private void refreshBadges() {
        badgedItems.forEach((item, badge) -> {
            long count = badge.count();
            if (count > 0) {
                // A badge is a hint, not a report: large numbers would widen the navigation.
                Span number = new Span(count > 999 ? "999+" : String.valueOf(count));
                number.getElement().getThemeList().add("badge pill small contrast");
                number.setId("nav-badge-" + badge.path());
                item.setSuffixComponent(number);
            } else {
                item.setSuffixComponent(null);
            }
        });
    }

    /** Camunda's own webapps, on the same login; the engine and Spring Security check the roles again. */
    private VerticalLayout engineLinks() {
        VerticalLayout links = new VerticalLayout();
        links.setId("engine-links");
        links.setSpacing(false);
        links.getStyle().set("margin-top", "auto");
        Span heading = new Span(getTranslation("shell.engine"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)").set("text-transform", "uppercase");
        links.add(heading);
        links.add(engineLink("/camunda/app/tasklist/default/", "shell.engine.tasklist"));
        if (currentUser.hasRole(Roles.DESIGNERS) || currentUser.hasRole(Roles.ADMINS)) {
            links.add(engineLink("/camunda/app/cockpit/default/", "shell.engine.cockpit"));
        }
        if (currentUser.hasRole(Roles.ADMINS)) {
            links.add(engineLink("/camunda/app/admin/default/", "shell.engine.admin"));
        }
        return links;
    }

    private Anchor engineLink(String href, String key) {
        Anchor link = new Anchor(href, getTranslation(key), AnchorTarget.BLANK);
        link.setRouterIgnore(true);
        return link;
    }
}
