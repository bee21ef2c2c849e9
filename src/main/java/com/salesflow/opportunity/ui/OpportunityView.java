package com.salesflow.opportunity.ui;

import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.ContactRecordForm;
import com.salesflow.customer.ContactRecordView;
import com.salesflow.customer.Customers;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityForm;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.opportunity.StageChange;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One opportunity: its stage path (click a stage to move there; LOST asks for the reason), the facts, the fields to
 * edit (amount, probability by hand or by stage, expected close, owner, competitors, loss reason, follow-up) and a
 * follow-up (跟进记录) to log, which moves its follow-up times.
 */
@Route("opportunities/:id([0-9]+)")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
public class OpportunityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Opportunities opportunities;
    private final Customers customers;
    private final CurrentUser currentUser;
    private final OpportunityLabels labels;
    private final Clock clock;
    private OpportunitySummary opportunity;
    private String title = "";

    OpportunityView(Opportunities opportunities, Customers customers, CurrentUser currentUser,
            UserDirectory directory, Clock clock) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.labels = new OpportunityLabels(this, directory);
        setId("opportunity-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(opportunities.get(id));
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("opportunity.notFound"));
            event.forwardTo(OpportunitiesView.class);
        }
    }

    private void reload() {
        try {
            show(opportunities.get(opportunity.id()));
        } catch (NotFoundException e) {
            UI.getCurrent().navigate(OpportunitiesView.class);
        }
    }

    private void show(OpportunitySummary shown) {
        this.opportunity = shown;
        title = shown.name();
        removeAll();
        HorizontalLayout columns = new HorizontalLayout(editor(), followUp());
        columns.setWidthFull();
        columns.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)").set("align-items", "flex-start");
        add(header(), stagePath(), facts(), columns);
    }

    // ---- header, stages and facts ----

    private Component header() {
        H2 heading = new H2(opportunity.name());
        heading.setId("opportunity-heading");
        heading.getStyle().set("margin", "0");
        Span stage = labels.stageBadge(opportunity.stage());
        stage.setId("opportunity-stage");
        Button board = new Button(getTranslation("nav.pipeline"), VaadinIcon.GRID_BIG.create(),
                click -> UI.getCurrent().navigate(PipelineView.class));
        board.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button list = new Button(getTranslation("nav.opportunities"), VaadinIcon.LIST.create(),
                click -> UI.getCurrent().navigate(OpportunitiesView.class));
        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // By route and query parameter: the quote module builds on this one, not the other way round.
        Button quotes = new Button(getTranslation("opportunity.quotes"), VaadinIcon.FILE_TEXT_O.create(),
                click -> UI.getCurrent().navigate("quotes",
                        QueryParameters.simple(Map.of("opportunity", String.valueOf(opportunity.id())))));
        quotes.setId("opportunity-quotes");
        quotes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        quotes.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(heading, stage, quotes, board, list);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        return header;
    }

    /** The stages as a row of buttons, the current one pressed; a click moves there. */
    private Component stagePath() {
        HorizontalLayout path = new HorizontalLayout();
        path.setId("opportunity-stages");
        path.setSpacing(false);
        path.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        path.getElement().setAttribute("role", "group");
        path.getElement().setAttribute("aria-label", getTranslation("opportunity.stage"));
        for (OpportunityStage stage : OpportunityStage.values()) {
            Button button = new Button(labels.stage(stage) + " · " + stage.defaultProbability() + " %");
            button.setId("stage-" + stage.name());
            boolean current = stage == opportunity.stage();
            button.getElement().setAttribute("aria-pressed", String.valueOf(current));
            if (current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.setIcon(VaadinIcon.CHECK.create());
            }
            if (stage == OpportunityStage.WON) {
                button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            } else if (stage == OpportunityStage.LOST) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            button.addClickListener(click -> {
                if (stage == OpportunityStage.LOST && opportunity.stage() != OpportunityStage.LOST) {
                    new LossReasonDialog(opportunity.name(), (reason, note) -> move(stage, reason, note), () -> {
                    }).open();
                } else if (stage != opportunity.stage()) {
                    move(stage, null, null);
                }
            });
            path.add(button);
        }
        return path;
    }

    private void move(OpportunityStage stage, LossReason reason, String note) {
        try {
            OpportunitySummary moved = opportunities.moveTo(opportunity.id(),
                    new StageChange(stage, opportunity.version(), reason, note));
            UiMessages.success(getTranslation("pipeline.moved", moved.name(), labels.stage(moved.stage())));
            show(moved);
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        } catch (OptimisticLockingFailureException e) {
            UiMessages.error(getTranslation("error.conflict.stale"));
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, Map.of(), this);
        } catch (AccessDeniedException e) {
            UiMessages.error(getTranslation("opportunity.notAllowed"));
        }
    }

    private Component facts() {
        LocalDate today = LocalDate.now(clock);
        Anchor customer = new Anchor("customers/" + opportunity.customerId(),
                opportunity.customerName() == null ? "#" + opportunity.customerId() : opportunity.customerName());
        customer.setId("opportunity-customer");
        HorizontalLayout facts = new HorizontalLayout(
                fact("opportunity.customer", customer),
                fact("opportunity.owner", text("opportunity-owner", labels.personWithLogin(opportunity.owner()))),
                fact("opportunity.amount", text("opportunity-amount",
                        OpportunityLabels.money(getLocale(), opportunity.amount(), opportunity.currency()))),
                fact("opportunity.probability", text("opportunity-probability", opportunity.probability() + " %"
                        + (opportunity.probabilityManual() ? " (" + getTranslation("opportunity.byHand") + ")" : ""))),
                fact("opportunity.weightedAmount", text("opportunity-weighted",
                        OpportunityLabels.money(getLocale(), opportunity.weightedAmount(), opportunity.currency()))),
                fact("opportunity.expectedClose", labels.expectedClose(opportunity, today)),
                fact("opportunity.lastFollowUpAt", text("opportunity-last-follow-up",
                        OpportunityLabels.dateTime(getLocale(), opportunity.lastFollowUpAt()))),
                fact("opportunity.nextFollowUpAt", text("opportunity-next-follow-up",
                        OpportunityLabels.date(getLocale(), opportunity.nextFollowUpAt()))));
        if (opportunity.closedAt() != null) {
            facts.add(fact("opportunity.closedAt", text("opportunity-closed-at",
                    OpportunityLabels.dateTime(getLocale(), opportunity.closedAt()))));
        }
        if (opportunity.lossReason() != null) {
            facts.add(fact("opportunity.lossReason", text("opportunity-loss-reason",
                    labels.of("lossReason", opportunity.lossReason())
                            + (opportunity.lossNote() == null ? "" : " · " + opportunity.lossNote()))));
        }
        facts.setId("opportunity-facts");
        facts.setWidthFull();
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        return facts;
    }

    private Component fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div fact = new Div(label, value);
        fact.getStyle().set("display", "flex").set("flex-direction", "column");
        return fact;
    }

    private static Span text(String id, String value) {
        Span span = new Span(value);
        span.setId(id);
        return span;
    }

    // ---- editing ----

    private Component editor() {
        TextField name = new TextField(getTranslation("opportunity.name"));
        name.setId("opportunity-name");
        name.setValue(opportunity.name());
        name.setMaxLength(200);
        BigDecimalField amount = new BigDecimalField(getTranslation("opportunity.amount"));
        amount.setId("opportunity-amount-field");
        amount.setValue(opportunity.amount());
        TextField currency = new TextField(getTranslation("opportunity.currency"));
        currency.setId("opportunity-currency");
        currency.setValue(opportunity.currency());
        currency.setMaxLength(3);
        IntegerField probability = new IntegerField(getTranslation("opportunity.probability"));
        probability.setId("opportunity-probability-field");
        probability.setMin(0);
        probability.setMax(100);
        probability.setSuffixComponent(new Span("%"));
        probability.setValue(opportunity.probability());
        Checkbox byStage = new Checkbox(getTranslation("opportunity.probabilityByStage"));
        byStage.setId("opportunity-probability-by-stage");
        byStage.setValue(!opportunity.probabilityManual());
        byStage.addValueChangeListener(change -> {
            probability.setEnabled(!change.getValue());
            if (change.getValue()) {
                probability.setValue(opportunity.stage().defaultProbability());
            }
        });
        boolean closed = opportunity.stage().isClosed();
        probability.setEnabled(!closed && opportunity.probabilityManual());
        byStage.setEnabled(!closed);
        DatePicker expectedClose = new DatePicker(getTranslation("opportunity.expectedClose"));
        expectedClose.setId("opportunity-expected-close");
        expectedClose.setValue(opportunity.expectedClose());
        ComboBox<String> owner = new ComboBox<>(getTranslation("opportunity.owner"));
        owner.setId("opportunity-owner-field");
        owner.setItems(ownerChoices());
        owner.setItemLabelGenerator(labels::personWithLogin);
        owner.setValue(opportunity.owner());
        TextArea competitors = new TextArea(getTranslation("opportunity.competitors"));
        competitors.setId("opportunity-competitors");
        competitors.setHelperText(getTranslation("opportunity.competitors.help"));
        competitors.setValue(String.join("\n", opportunity.competitors()));
        TextArea description = new TextArea(getTranslation("opportunity.description"));
        description.setId("opportunity-description");
        description.setMaxLength(2000);
        description.setValue(opportunity.description() == null ? "" : opportunity.description());
        DatePicker nextFollowUp = new DatePicker(getTranslation("opportunity.nextFollowUpAt"));
        nextFollowUp.setId("opportunity-next-follow-up-field");
        nextFollowUp.setValue(opportunity.nextFollowUpAt());
        Select<LossReason> lossReason = new Select<>();
        lossReason.setId("opportunity-loss-reason-field");
        lossReason.setLabel(getTranslation("opportunity.lossReason"));
        lossReason.setItems(LossReason.values());
        lossReason.setItemLabelGenerator(value -> labels.of("lossReason", value));
        lossReason.setValue(opportunity.lossReason());
        TextArea lossNote = new TextArea(getTranslation("opportunity.lossNote"));
        lossNote.setId("opportunity-loss-note");
        lossNote.setMaxLength(1000);
        lossNote.setValue(opportunity.lossNote() == null ? "" : opportunity.lossNote());
        boolean lost = opportunity.stage() == OpportunityStage.LOST;
        lossReason.setVisible(lost);
        lossNote.setVisible(lost);

        FormLayout form = new FormLayout(name, amount, currency, probability, byStage, expectedClose, owner,
                nextFollowUp, competitors, description, lossReason, lossNote);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(lossNote, 2);
        Map<String, HasValidation> fields = Map.of("name", name, "amount", amount, "currency", currency,
                "probability", probability, "expectedClose", expectedClose, "owner", owner, "competitors",
                competitors, "description", description, "lossReason", lossReason, "lossNote", lossNote);

        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create());
        save.setId("opportunity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            List<String> names = Arrays.stream(competitors.getValue().split("[\\n,;，；]")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
            try {
                OpportunitySummary saved = opportunities.update(opportunity.id(), new OpportunityForm(null,
                        name.getValue(), amount.getValue(), currency.getValue(),
                        byStage.getValue() ? null : probability.getValue(), expectedClose.getValue(), owner.getValue(),
                        names, description.getValue(), nextFollowUp.getValue(),
                        lost ? lossReason.getValue() : null, lost ? lossNote.getValue() : null,
                        opportunity.version()));
                UiMessages.success(getTranslation("opportunity.saved", saved.name()));
                show(saved);
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, fields, this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            } catch (OptimisticLockingFailureException e) {
                UiMessages.error(getTranslation("error.conflict.stale"));
            } catch (AccessDeniedException e) {
                UiMessages.error(getTranslation("opportunity.notAllowed"));
            }
        });
        Button reload = new Button(getTranslation("opportunity.reload"), VaadinIcon.REFRESH.create(),
                click -> reload());
        reload.setId("opportunity-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        VerticalLayout editor = new VerticalLayout(new H3(getTranslation("opportunity.details")), form,
                new HorizontalLayout(save, reload));
        editor.setPadding(false);
        editor.setWidth("40rem");
        editor.setMaxWidth("100%");
        return editor;
    }

    /** Who the opportunity may go to: its owner, the user themselves, and whom they may give customers to. */
    private List<String> ownerChoices() {
        TreeSet<String> choices = new TreeSet<>();
        if (opportunity.owner() != null) {
            choices.add(opportunity.owner());
        }
        if (currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS)) {
            currentUser.username().ifPresent(choices::add);
        }
        customers.assignableOwners().stream().map(UserSummary::username).forEach(choices::add);
        return List.copyOf(choices);
    }

    // ---- follow-up ----

    private Component followUp() {
        Select<ContactChannel> channel = new Select<>();
        channel.setId("follow-up-channel");
        channel.setLabel(getTranslation("record.channel"));
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(value -> labels.of("channel", value));
        channel.setValue(ContactChannel.CALL);
        TextArea summary = new TextArea(getTranslation("record.summary"));
        summary.setId("follow-up-summary");
        summary.setMaxLength(2000);
        summary.setWidthFull();
        DatePicker next = new DatePicker(getTranslation("record.nextFollowUpAt"));
        next.setId("follow-up-next");
        next.setMin(LocalDate.now(clock));
        Map<String, HasValidation> fields = Map.of("channel", channel, "summary", summary, "nextFollowUpAt", next);
        Button add = new Button(getTranslation("opportunity.logFollowUp"), VaadinIcon.PLUS.create());
        add.setId("follow-up-add");
        add.addClickListener(click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                customers.addContactRecord(opportunity.customerId(), new ContactRecordForm(channel.getValue(), null,
                        null, summary.getValue(), null, null, null, next.getValue(), opportunity.id()));
                UiMessages.success(getTranslation("record.added"));
                reload();
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, fields, this);
            } catch (NotFoundException | AccessDeniedException e) {
                UiMessages.error(getTranslation("opportunity.notAllowed"));
            }
        });
        Span help = new Span(getTranslation("opportunity.followUp.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("opportunity.followUp")), help, channel, summary,
                next, add, history());
        box.setPadding(false);
        box.setWidth("22rem");
        box.setMaxWidth("100%");
        return box;
    }

    /** The latest contact records about this opportunity, newest first. */
    private Component history() {
        VerticalLayout history = new VerticalLayout();
        history.setId("opportunity-follow-ups");
        history.setPadding(false);
        history.setSpacing(false);
        List<ContactRecordView> records;
        try {
            records = customers.timeline(opportunity.customerId()).stream()
                    .filter(record -> Long.valueOf(opportunity.id()).equals(record.opportunityId())).limit(10)
                    .toList();
        } catch (NotFoundException e) {
            records = List.of();
        }
        history.add(new Span(getTranslation("opportunity.followUps", records.size())));
        for (ContactRecordView record : records) {
            Span when = new Span(OpportunityLabels.dateTime(getLocale(), record.happenedAt()) + " · "
                    + labels.of("channel", record.channel()) + " · " + labels.person(record.author()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div entry = new Div(new Div(when), new Div(new Span(record.summary())));
            entry.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            history.add(entry);
        }
        return history;
    }

    @Override
    public String getPageTitle() {
        return title + " · Salesflow";
    }
}
