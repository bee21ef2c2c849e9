package com.salesflow.shell;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.UserSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Where everyone lands after logging in: who they are and what their role lets them do here. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser) {
        setId("home-view");
        UserSummary user = currentUser.profile().orElseThrow();
        H2 greeting = new H2(getTranslation("home.welcome", user.displayName()));
        greeting.setId("home-greeting");
        String roles = user.roles().stream().sorted().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-l)")
                .set("max-width", "40em");
        card.add(new Paragraph(getTranslation("home.intro")));
        card.add(line("home.roles", roles));
        if (user.teamName() != null) {
            card.add(line("home.team", user.teamName()));
        }
        for (String role : user.roles().stream().sorted().toList()) {
            card.add(new Paragraph(getTranslation("home.does." + role)));
        }
        add(greeting, card);
    }

    private Paragraph line(String key, String value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · Salesflow";
    }
}
