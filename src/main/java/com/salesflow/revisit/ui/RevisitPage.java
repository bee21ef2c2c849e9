package com.salesflow.revisit.ui;

import com.salesflow.identity.Roles;
import com.salesflow.revisit.RevisitView;
import com.salesflow.revisit.Revisits;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One revisit: what the customer said, and the complaint it raised. Recorded in its task, read here. */
@Route("revisits/:id([0-9]+)")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.SERVICE, Roles.FINANCE, Roles.LEGAL,
        Roles.ADMINS})
public class RevisitPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Revisits revisits;
    private final H2 heading = new H2();
    private final FormLayout facts = new FormLayout();

    RevisitPage(Revisits revisits) {
        this.revisits = revisits;
        setId("revisit-page");
        heading.setId("revisit-heading");
        add(new Anchor("revisits", getTranslation("revisit.page.back")), heading, facts);
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        RevisitView revisit;
        try {
            revisit = revisits.get(id);
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("revisit.page.notFound"));
            event.forwardTo(RevisitsView.class);
            return;
        }
        show(revisit);
    }

    private void show(RevisitView r) {
        heading.setText(getTranslation("revisit.page.title", r.seq(),
                r.customerName() == null ? "#" + r.customerId() : r.customerName()));
        facts.removeAll();
        fact("customer", getTranslation("revisit.field.customer"), new Anchor("customers/" + r.customerId(),
                r.customerName() == null ? "#" + r.customerId() : r.customerName()));
        fact("order", getTranslation("revisit.field.order"), r.contractId() == null
                ? new Span(getTranslation("revisit.noOrder"))
                : new Anchor("contracts/" + r.contractId(), r.orderNumber()));
        fact("status", getTranslation("revisit.field.status"),
                new Span(getTranslation("revisit.status." + r.status().name())));
        fact("due", getTranslation("revisit.field.due"), new Span(date(r.dueAt())));
        fact("assignee", getTranslation("revisit.field.assignee"), new Span(r.assignee()));
        fact("satisfaction", getTranslation("revisit.field.satisfaction"),
                new Span(r.satisfaction() == null ? "–" : "★".repeat(r.satisfaction()) + " " + r.satisfaction()));
        fact("feedback", getTranslation("revisit.field.feedback"), new Span(text(r.feedback())));
        fact("needs", getTranslation("revisit.field.newNeeds"), new Span(text(r.newNeeds())));
        fact("objection", getTranslation("revisit.field.objection"), new Span(r.objectionType() == null ? "–"
                : getTranslation("revisit.objection." + r.objectionType().name()) + " " + text(r.objectionNote())));
        fact("complaint", getTranslation("revisit.field.complaint"), r.complaintId() == null ? new Span("–")
                : new Anchor("complaints/" + r.complaintId(), getTranslation("revisit.complaintRaised")));
        fact("completed", getTranslation("revisit.field.completed"), new Span(r.completedAt() == null ? "–"
                : date(r.completedAt()) + " · " + r.completedBy()));
    }

    private void fact(String id, String label, Component value) {
        value.setId("revisit-" + id);
        facts.addFormItem(value, label);
    }

    private String date(Instant at) {
        return at.atZone(ZoneId.systemDefault()).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    private static String text(String value) {
        return value == null ? "–" : value;
    }
}
