package com.salesflow.identity.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.identity.Roles;
import com.salesflow.identity.TeamSummary;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserFilter;
import com.salesflow.identity.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators manage who may log in, with which roles and in which team. */
@Route("admin/users")
@RolesAllowed(Roles.ADMINS)
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserDirectory directory;
    private final Clock clock;
    private final TextField search = new TextField();
    private final Select<String> role = new Select<>();
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final Select<UserFilter.Status> status = new Select<>();
    private final Grid<UserSummary> grid = new Grid<>();
    private final Span total = new Span();

    UsersView(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        setId("users-view");
        setSizeFull();
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                click -> openEditor(null));
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("nav.users")), total, create);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        add(title, filters(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        search.setId("users-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        role.setLabel(getTranslation("users.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("filter.any"));
        role.setItems(Roles.ALL);
        role.setItemLabelGenerator(value -> value == null ? getTranslation("filter.any") : getTranslation("role." + value));
        role.addValueChangeListener(change -> refresh());

        team.setLabel(getTranslation("users.team"));
        team.setItems(directory.teams());
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        team.setPlaceholder(getTranslation("filter.any"));
        team.addValueChangeListener(change -> refresh());

        status.setLabel(getTranslation("users.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItems(UserFilter.Status.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("filter.any")
                : getTranslation("users.status." + value.name().toLowerCase()));
        status.addValueChangeListener(change -> refresh());

        HorizontalLayout filters = new HorizontalLayout(search, role, team, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        return filters;
    }

    private void configureGrid() {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.displayName"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setSortProperty("email")
                .setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().sorted().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(UserSummary::teamName).setHeader(getTranslation("users.team")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("users.status"));
        grid.addColumn(user -> user.lastLoginAt() == null ? "" : dateTime.format(user.lastLoginAt()))
                .setHeader(getTranslation("users.lastLogin")).setSortProperty("lastLoginAt");
        grid.addComponentColumn(user -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(user));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("action.edit"));
            edit.setTooltipText(getTranslation("action.edit"));
            actions.add(edit);
            if (user.lockedAt(clock.instant())) {
                Button unlock = new Button(VaadinIcon.UNLOCK.create(), click -> {
                    directory.unlockUser(user.id());
                    UiMessages.success(getTranslation("users.unlocked", user.username()));
                    refresh();
                });
                unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                unlock.setAriaLabel(getTranslation("users.unlock"));
                unlock.setTooltipText(getTranslation("users.unlock"));
                actions.add(unlock);
            }
            return actions;
        }).setHeader(getTranslation("action.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(click -> openEditor(click.getItem()));
        grid.setSizeFull();
    }

    private Span statusBadge(UserSummary user) {
        String key;
        String theme;
        if (!user.enabled()) {
            key = "disabled";
            theme = "badge contrast";
        } else if (user.lockedAt(clock.instant())) {
            key = "locked";
            theme = "badge error";
        } else {
            key = "active";
            theme = "badge success";
        }
        Span badge = new Span(getTranslation("users.status." + key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), role.getValue(), team.getValue() == null ? null : team.getValue().id(),
                status.getValue());
    }

    private void refresh() {
        UserFilter filter = filter();
        grid.setItems(query -> directory.findUsers(filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) directory.countUsers(filter));
        total.setText(getTranslation("list.total", directory.countUsers(filter)));
    }

    private void openEditor(UserSummary user) {
        List<TeamSummary> teams = directory.teams();
        Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        UserDialog dialog = new UserDialog(directory, user, teamNames, saved -> refresh());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · Salesflow";
    }
}
