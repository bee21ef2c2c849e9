package com.salesflow.complaint.ui;

import com.salesflow.complaint.ComplaintDetails;
import com.salesflow.complaint.ComplaintSummary;
import com.salesflow.complaint.ComplaintTrailEntry;
import com.salesflow.complaint.Complaints;
import com.salesflow.complaint.ConfirmationForm;
import com.salesflow.complaint.ResolutionForm;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * One complaint: its facts, the SLA as time left or overdue, the description and resolution, the trail, and the
 * service group's steps (take, resolve, the customer's answer) as the caller may do them now.
 */
@Route("complaints/:id([0-9]+)")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.SERVICE, Roles.ADMINS})
public class ComplaintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Complaints complaints;
    private final ComplaintLabels labels;
    private ComplaintDetails complaint;

    ComplaintView(Complaints complaints, UserDirectory directory) {
        this.complaints = complaints;
        this.labels = new ComplaintLabels(this, getLocale(), directory);
        setId("complaint-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        try {
            show(complaints.get(id));
        } catch (NotFoundException e) {
            UiMessages.error(e.getMessage());
            event.forwardTo(ComplaintsView.class);
        }
    }

    private void show(ComplaintDetails details) {
        complaint = details;
        removeAll();
        ComplaintSummary c = details.summary();
        H2 number = new H2(getTranslation("complaint.page.title", c.number()));
        number.setId("complaint-heading");
        number.getStyle().set("margin", "0");
        Span status = labels.statusBadge(c.status());
        status.setId("complaint-status");
        Span sla = labels.sla(c);
        sla.setId("complaint-sla");
        Button back = new Button(getTranslation("complaint.page.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(ComplaintsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.getStyle().set("margin-left", "auto");
        HorizontalLayout top = new HorizontalLayout(number, status, sla);
        if (c.escalated()) {
            Span escalated = new Span(getTranslation("complaint.escalated"));
            escalated.setId("complaint-escalated");
            escalated.getElement().setAttribute("theme", "badge error");
            top.add(escalated);
        }
        top.add(back);
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Anchor customer = new Anchor("customers/" + c.customerId(), c.customerName() == null ? "#" + c.customerId()
                : c.customerName());
        customer.setId("complaint-customer");
        HorizontalLayout facts = new HorizontalLayout(
                fact("complaint.customer", customer),
                fact("complaint.category", new Span(labels.of("complaintCategory", c.category()))),
                fact("complaint.severity", new Span(labels.of("complaintSeverity", c.severity()))),
                fact("complaint.channel", new Span(labels.of("complaintChannel", c.channel()))),
                fact("complaint.owner", new Span(c.owner() == null ? "–" : labels.person(c.owner()))),
                fact("complaint.assignee", new Span(c.assignee() == null ? getTranslation("complaint.inQueue")
                        : labels.person(c.assignee()))),
                fact("complaint.registeredAt", new Span(labels.dateTime(c.registeredAt()) + " · "
                        + labels.person(details.registeredBy()))),
                fact("complaint.slaDue", new Span(labels.dateTime(c.slaDueAt()) + (details.slaHours() == null ? ""
                        : " (" + getTranslation("complaint.hours", details.slaHours()) + ")"))),
                fact("complaint.resolveTime", new Span(c.resolveMinutes() == null ? "–"
                        : labels.resolveTime(c.resolveMinutes()))),
                fact("complaint.reopenCount", new Span(String.valueOf(c.reopenCount()))));
        facts.setId("complaint-facts");
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        if (details.contractId() != null) {
            facts.add(fact("complaint.contract", new Anchor("contracts/" + details.contractId(),
                    "#" + details.contractId())));
        }

        add(top, facts, actions(details));
        add(section("complaint.description", details.description(), "complaint-description"));
        if (details.resolution() != null) {
            add(section("complaint.resolution", details.resolution() + (details.resolvedBy() == null ? ""
                    : " — " + labels.person(details.resolvedBy())), "complaint-resolution"));
            add(section("complaint.rootCause", details.rootCause(), "complaint-root-cause"));
        }
        add(trail(details));
    }

    private Component actions(ComplaintDetails details) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("complaint-actions");
        if (details.actions().take()) {
            Button take = new Button(getTranslation("complaint.take"), VaadinIcon.HAND.create(),
                    click -> run(() -> complaints.take(complaint.summary().id())));
            take.setId("complaint-take");
            actions.add(take);
        }
        if (details.actions().resolve()) {
            Button resolve = new Button(getTranslation("complaint.resolve"), VaadinIcon.CHECK.create(),
                    click -> resolveDialog());
            resolve.setId("complaint-resolve");
            resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(resolve);
        }
        if (details.actions().confirm()) {
            Button confirm = new Button(getTranslation("complaint.confirm"), VaadinIcon.PHONE.create(),
                    click -> confirmDialog());
            confirm.setId("complaint-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        actions.setVisible(actions.getComponentCount() > 0);
        return actions;
    }

    private void resolveDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("complaint-resolve-dialog");
        dialog.setHeaderTitle(getTranslation("complaint.resolve"));
        dialog.setWidth("36rem");
        TextArea resolution = new TextArea(getTranslation("complaint.resolution"));
        resolution.setId("complaint-resolve-resolution");
        resolution.setMaxLength(4000);
        resolution.setWidthFull();
        resolution.setMinHeight("7rem");
        TextField rootCause = new TextField(getTranslation("complaint.rootCause"));
        rootCause.setId("complaint-resolve-root-cause");
        rootCause.setMaxLength(1000);
        rootCause.setWidthFull();
        dialog.add(new VerticalLayout(resolution, rootCause));
        Map<String, HasValidation> fields = Map.of("resolution", resolution, "rootCause", rootCause);
        Button save = new Button(getTranslation("complaint.resolve.save"), click -> {
            if (submit(() -> complaints.resolve(complaint.summary().id(), new ResolutionForm(resolution.getValue(),
                    rootCause.getValue(), complaint.summary().version())), fields)) {
                dialog.close();
            }
        });
        save.setId("complaint-resolve-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("complaint-confirm-dialog");
        dialog.setHeaderTitle(getTranslation("complaint.confirm"));
        dialog.setWidth("36rem");
        RadioButtonGroup<Boolean> satisfied = new RadioButtonGroup<>(getTranslation("complaint.confirm.answer"));
        satisfied.setId("complaint-confirm-answer");
        satisfied.setItems(Boolean.TRUE, Boolean.FALSE);
        satisfied.setItemLabelGenerator(v -> getTranslation(v ? "complaint.confirm.satisfied"
                : "complaint.confirm.notSatisfied"));
        TextArea feedback = new TextArea(getTranslation("complaint.feedback"));
        feedback.setId("complaint-confirm-feedback");
        feedback.setMaxLength(1000);
        feedback.setWidthFull();
        dialog.add(new VerticalLayout(new Paragraph(complaint.resolution()), satisfied, feedback));
        Map<String, HasValidation> fields = Map.of("satisfied", satisfied, "feedback", feedback);
        Button save = new Button(getTranslation("complaint.confirm.save"), click -> {
            if (submit(() -> complaints.confirm(complaint.summary().id(), new ConfirmationForm(satisfied.getValue(),
                    feedback.getValue(), complaint.summary().version())), fields)) {
                dialog.close();
            }
        });
        save.setId("complaint-confirm-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void run(java.util.function.Supplier<ComplaintDetails> action) {
        submit(action, Map.of());
    }

    /** @return true when done; field errors show on the fields, conflicts and refusals as messages */
    private boolean submit(java.util.function.Supplier<ComplaintDetails> action,
            Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            show(action.get());
            UiMessages.success(getTranslation("complaint.saved"));
            return true;
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, fields, this);
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
            show(complaints.get(complaint.summary().id()));
        } catch (AccessDeniedException | NotFoundException e) {
            UiMessages.error(e.getMessage());
        }
        return false;
    }

    private Component section(String key, String text, String id) {
        H3 title = new H3(getTranslation(key));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-size", "var(--lumo-font-size-m)");
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.setId(id);
        body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        return new Div(title, body);
    }

    private Component trail(ComplaintDetails details) {
        H3 title = new H3(getTranslation("complaint.trail"));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-size", "var(--lumo-font-size-m)");
        Grid<ComplaintTrailEntry> grid = new Grid<>();
        grid.setId("complaint-trail");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(t -> labels.dateTime(t.at())).setHeader(getTranslation("complaint.trail.at"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(t -> labels.of("complaintAction", t.action())).setHeader(getTranslation(
                "complaint.trail.action")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(t -> labels.person(t.actor())).setHeader(getTranslation("complaint.trail.actor"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ComplaintTrailEntry::comment).setHeader(getTranslation("complaint.trail.comment"))
                .setFlexGrow(1);
        grid.setItems(details.trail());
        grid.setAllRowsVisible(true);
        Div wrapper = new Div(title, grid);
        wrapper.setWidthFull();
        return wrapper;
    }

    private Div fact(String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(label, value);
    }

    @Override
    public String getPageTitle() {
        return complaint == null ? "Salesflow" : complaint.summary().number() + " · Salesflow";
    }
}
