package com.salesflow.lead.ui;

import com.salesflow.customer.Customers;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.lead.LeadDetails;
import com.salesflow.lead.LeadStatus;
import com.salesflow.lead.LeadStep;
import com.salesflow.lead.LeadSummary;
import com.salesflow.lead.Leads;
import com.salesflow.lead.ScoreReason;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * One lead: who and what, its score and why, why it went to its owner, what it matched, the outcome (customer and
 * opportunity, reason, nurture date) and the steps of its process; the owner's open task is one click away.
 */
@Route("leads/:id([0-9]+)")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
public class LeadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Leads leads;
    private final Customers customers;
    private final Opportunities opportunities;
    private final LeadLabels labels;
    private String title = "";

    LeadView(Leads leads, Customers customers, Opportunities opportunities, UserDirectory directory) {
        this.leads = leads;
        this.customers = customers;
        this.opportunities = opportunities;
        this.labels = new LeadLabels(this, directory);
        setId("lead-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        LeadDetails details;
        List<LeadStep> steps;
        Optional<String> openTask;
        try {
            details = leads.get(id);
            steps = leads.history(id);
            openTask = leads.openTaskId(id);
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("lead.notFound"));
            event.forwardTo(LeadsView.class);
            return;
        }
        show(details, steps, openTask);
    }

    private void show(LeadDetails details, List<LeadStep> steps, Optional<String> openTask) {
        removeAll();
        LeadSummary lead = details.lead();
        title = lead.company() != null ? lead.company() : lead.name() == null ? "#" + lead.id() : lead.name();
        HorizontalLayout columns = new HorizontalLayout(
                column(about(details), score(details)),
                column(routing(details), outcome(details), history(steps)));
        columns.setWidthFull();
        columns.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(header(lead, openTask), facts(lead), columns);
    }

    // ---- header ----

    private Component header(LeadSummary lead, Optional<String> openTask) {
        H2 heading = new H2(title);
        heading.setId("lead-heading");
        heading.getStyle().set("margin", "0");
        Span rating = labels.ratingBadge(lead.rating());
        rating.setId("lead-rating");
        Span status = labels.statusBadge(lead.status());
        status.setId("lead-status");
        // While the lead is being qualified: when the first contact is due (the badge's tooltip has the time).
        Span sla = labels.slaBadge(lead);
        sla.setId("lead-sla");
        HorizontalLayout header = new HorizontalLayout(heading, rating, status, sla);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        openTask.ifPresent(taskId -> {
            Button task = new Button(getTranslation("lead.openTask"), VaadinIcon.TASKS.create(),
                    click -> UI.getCurrent().navigate("tasks/" + taskId));
            task.setId("lead-open-task");
            task.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(task);
        });
        Button back = new Button(getTranslation("lead.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(LeadsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.getStyle().set("margin-left", "auto");
        header.add(back);
        return header;
    }

    private Component facts(LeadSummary lead) {
        HorizontalLayout facts = new HorizontalLayout(
                fact("lead.score", "lead-score", lead.score() == null ? "" : lead.score().toString()),
                fact("lead.owner", "lead-owner", labels.personWithLogin(lead.owner())),
                fact("lead.team", "lead-team", lead.team()),
                fact("lead.source", "lead-source", labels.of("source", lead.source())),
                fact("lead.contactDue", "lead-contact-due", LeadLabels.dateTime(getLocale(), lead.contactDue())),
                fact("lead.createdAt", "lead-created", LeadLabels.dateTime(getLocale(), lead.createdAt())));
        facts.setId("lead-facts");
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        return facts;
    }

    // ---- left: the lead and its score ----

    private Component about(LeadDetails details) {
        LeadSummary lead = details.lead();
        Div about = new Div(new H3(getTranslation("leads.section.who")),
                fact("lead.name", "lead-name", lead.name()),
                fact("lead.company", "lead-company", lead.company()),
                fact("lead.phone", "lead-phone", lead.phone()),
                fact("lead.email", "lead-email", lead.email()),
                fact("lead.industry", "lead-industry", lead.industry()),
                fact("lead.region", "lead-region", lead.region()),
                fact("lead.companySize", "lead-company-size", labels.of("companySize", lead.companySize())),
                fact("lead.engagement", "lead-engagement", labels.of("engagement", lead.engagement())),
                fact("lead.need", "lead-need", details.need()),
                fact("lead.notes", "lead-notes", details.notes()));
        about.setId("lead-about");
        return about;
    }

    /** Every {@code lead-score} row that fired, in the user's language, so that the score explains itself. */
    private Component score(LeadDetails details) {
        boolean chinese = "zh".equals(getLocale().getLanguage());
        Grid<ScoreReason> reasons = new Grid<>();
        reasons.setId("lead-score-reasons");
        reasons.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        reasons.addColumn(reason -> (reason.points() > 0 ? "+" : "") + reason.points())
                .setHeader(getTranslation("lead.points")).setWidth("5rem").setFlexGrow(0);
        reasons.addColumn(reason -> chinese && reason.reasonZh() != null ? reason.reasonZh() : reason.reason())
                .setHeader(getTranslation("lead.reason")).setFlexGrow(1);
        reasons.setItems(details.scoreReasons());
        reasons.setAllRowsVisible(true);
        return section("lead.scoreWhy", "lead-score-why", reasons);
    }

    // ---- right: routing, outcome and history ----

    private Component routing(LeadDetails details) {
        LeadSummary lead = details.lead();
        Div routing = new Div(
                fact("lead.routingReason", "lead-routing-reason", details.routingReason()),
                fact("lead.team", null, lead.team()),
                fact("lead.owner", null, labels.personWithLogin(lead.owner())));
        if (details.matchedOn() != null && lead.customerId() != null) {
            Anchor customer = customerLink(lead.customerId(), "lead-matched-customer");
            routing.add(factOf("lead.matched", new Span(customer, new Span(" · " + getTranslation("lead.matchedOn")
                    + ": " + details.matchedOn()))));
        }
        return section("lead.routing", "lead-routing", routing);
    }

    private Component outcome(LeadDetails details) {
        LeadSummary lead = details.lead();
        Div outcome = new Div(factOf("lead.status", labels.statusBadge(lead.status())));
        switch (lead.status()) {
            case QUALIFIED -> {
                if (lead.customerId() != null) {
                    outcome.add(factOf("lead.customer", customerLink(lead.customerId(), "lead-customer-link")));
                }
                if (lead.opportunityId() != null) {
                    String name = opportunities.find(lead.opportunityId()).map(OpportunitySummary::name)
                            .orElse("#" + lead.opportunityId());
                    outcome.add(fact("lead.opportunity", "lead-opportunity", name));
                }
            }
            case REJECTED -> {
                outcome.add(fact("lead.rejectReason", "lead-reject-reason",
                        labels.of("rejectReason", details.rejectReason())));
                if (details.outcomeNote() != null) {
                    outcome.add(fact("lead.outcomeNote", "lead-outcome-note", details.outcomeNote()));
                }
            }
            case NURTURE -> outcome.add(fact("lead.nurtureUntil", "lead-nurture-until",
                    LeadLabels.date(getLocale(), details.nurtureUntil())));
            case MERGED -> {
                if (lead.duplicateOf() != null) {
                    Anchor kept = new Anchor("leads/" + lead.duplicateOf(), "#" + lead.duplicateOf());
                    kept.setId("lead-duplicate-of");
                    outcome.add(factOf("lead.duplicateOf", kept));
                }
            }
            case QUALIFYING -> {
                // Nothing decided yet: the status says so.
            }
        }
        return section("lead.outcome", "lead-outcome", outcome);
    }

    private Component history(List<LeadStep> steps) {
        Grid<LeadStep> grid = new Grid<>();
        grid.setId("lead-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(LeadStep::name).setHeader(getTranslation("lead.step")).setFlexGrow(2);
        grid.addColumn(step -> labels.person(step.assignee())).setHeader(getTranslation("lead.who")).setFlexGrow(1);
        grid.addColumn(step -> LeadLabels.dateTime(getLocale(), step.started()))
                .setHeader(getTranslation("lead.started")).setFlexGrow(1);
        grid.addColumn(step -> step.ended() == null ? getTranslation("lead.running")
                : LeadLabels.dateTime(getLocale(), step.ended())).setHeader(getTranslation("lead.ended"))
                .setFlexGrow(1);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        return section("lead.history", "lead-history-section", grid);
    }

    // ---- building blocks ----

    /** The customer's name when the user may see the customer, else its number; either way a link to its page. */
    private Anchor customerLink(long customerId, String id) {
        String name;
        try {
            name = customers.get(customerId).name();
        } catch (NotFoundException outsideScope) {
            name = "#" + customerId;
        }
        Anchor link = new Anchor("customers/" + customerId, name);
        link.setId(id);
        return link;
    }

    private static VerticalLayout column(Component... parts) {
        VerticalLayout column = new VerticalLayout(parts);
        column.setPadding(false);
        column.getStyle().set("flex", "1 1 26em").set("min-width", "0");
        return column;
    }

    private Component section(String titleKey, String id, Component content) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), content);
        section.setId(id);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** A small label above its value; the value gets the id (for tests and for anchors). */
    private Div fact(String labelKey, String id, String value) {
        Span text = new Span(value == null || value.isBlank() ? getTranslation("lead.none") : value);
        if (id != null) {
            text.setId(id);
        }
        text.getStyle().set("white-space", "pre-line");
        return factOf(labelKey, text);
    }

    private Div factOf(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div fact = new Div(label, value);
        fact.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return title + " · Salesflow";
    }
}
