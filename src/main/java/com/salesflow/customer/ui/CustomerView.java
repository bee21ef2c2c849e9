package com.salesflow.customer.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.ContactRecordForm;
import com.salesflow.customer.ContactRecordView;
import com.salesflow.customer.ContactView;
import com.salesflow.customer.CustomerCredit;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.customer.ObjectionType;
import com.salesflow.customer.OwnershipChangeView;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.PickLists;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** One customer: header, profile, contacts, the contact-record timeline, credit and ownership with its history. */
@Route("customers/:id([0-9]+)")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.FINANCE, Roles.LEGAL, Roles.SERVICE,
        Roles.ADMINS})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Customers customers;
    private final Clock clock;
    private final People people;
    private CustomerDetails customer;
    private List<ContactView> contacts = List.of();

    private final Div header = new Div();
    private final ProfileForm profile;
    private final CreditPanel credit;
    private final Grid<ContactView> contactGrid = new Grid<>();
    private final VerticalLayout timeline = new VerticalLayout();
    private final Grid<OwnershipChangeView> history = new Grid<>();
    private final Grid<CustomerSummary> duplicates = new Grid<>();
    private final HorizontalLayout ownershipActions = new HorizontalLayout();
    private final ComboBox<ContactView> recordContact = new ComboBox<>();

    CustomerView(Customers customers, CustomerCredit credit, CurrentUser currentUser, UserDirectory directory,
            PickLists pickLists, Clock clock) {
        this.customers = customers;
        this.clock = clock;
        this.people = new People(directory, currentUser);
        this.profile = new ProfileForm(true, null, people, pickLists);
        this.credit = new CreditPanel(credit, currentUser, people, () -> changed(customers.get(customer.id())));
        setId("customer-view");
        setSizeFull();
        header.setId("customer-header");
        header.setWidthFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("customer-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("customer.tab.profile"), profileTab()).setId("tab-profile");
        tabs.add(getTranslation("customer.tab.contacts"), contactsTab()).setId("tab-contacts");
        tabs.add(getTranslation("customer.tab.timeline"), timelineTab()).setId("tab-timeline");
        tabs.add(getTranslation("customer.tab.credit"), this.credit).setId("tab-credit");
        tabs.add(getTranslation("customer.tab.ownership"), ownershipTab()).setId("tab-ownership");
        tabs.add(getTranslation("customer.tab.duplicates"), duplicatesTab()).setId("tab-duplicates");
        add(header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            customer = customers.get(id);
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("customer.notFound"));
            event.forwardTo(CustomersView.class);
            return;
        }
        profile.read(CustomerForm.of(customer));
        showHeader();
        refreshContacts();
        refreshTimeline();
        credit.show(customer.id());
        refreshOwnership();
        refreshDuplicates();
    }

    // ---- header ----

    private void showHeader() {
        header.removeAll();
        H2 name = new H2(customer.name());
        name.setId("customer-heading");
        name.getStyle().set("margin", "0");
        HorizontalLayout top = new HorizontalLayout(name, Labels.gradeBadge(this, customer.grade()));
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (customer.owner() == null && people.mayClaim()) {
            Button claim = new Button(getTranslation("pool.claim"), VaadinIcon.HAND.create(), click -> claim());
            claim.setId("customer-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(claim);
        }
        // By address, so that customers do not depend on complaints: the complaint list registers for this customer.
        Anchor complaintsLink = new Anchor("complaints?customer=" + customer.id(),
                getTranslation("customer.complaints"));
        complaintsLink.setId("customer-complaints");
        complaintsLink.getStyle().set("margin-left", "auto");
        // Likewise the revisit list shows this customer's revisit history.
        Anchor revisitsLink = new Anchor("revisits?customer=" + customer.id(), getTranslation("customer.revisits"));
        revisitsLink.setId("customer-revisits");
        // And Insight its history of classes (RFM tier, lifecycle, grade).
        Anchor classesLink = new Anchor("insight?customer=" + customer.id(), getTranslation("customer.classHistory"));
        classesLink.setId("customer-class-history");
        Button back = new Button(getTranslation("customer.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(CustomersView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        top.add(complaintsLink, revisitsLink, classesLink, back);
        top.setWidthFull();

        HorizontalLayout facts = new HorizontalLayout(
                fact("customer.type", new Span(Labels.of(this, "customerType", customer.type()))),
                fact("customer.owner", new Span(customer.owner() == null ? getTranslation("customer.inPool")
                        : people.name(customer.owner()))),
                fact("customer.lifecycle", new Span(Labels.of(this, "lifecycle", customer.lifecycle()))),
                fact("customer.lastFollowUpAt", new Span(customer.lastFollowUpAt() == null
                        ? getTranslation("customer.never") : Labels.dateTime(getLocale(), customer.lastFollowUpAt()))),
                fact("customer.nextFollowUpAt", customer.nextFollowUpAt() == null
                        ? new Span(getTranslation("customer.notPlanned"))
                        : Labels.nextFollowUp(this, customer.nextFollowUpAt(), LocalDate.now(clock))));
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        facts.setId("customer-facts");
        header.add(top, facts);
    }

    private Div fact(String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(label, value);
    }

    private void claim() {
        try {
            changed(customers.claim(customer.id()));
            UiMessages.success(getTranslation("pool.claimed", customer.name()));
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        } catch (AccessDeniedException e) {
            UiMessages.error(e.getMessage());
        }
    }

    /** After an ownership change or a contact record the customer has a new version; show it. */
    private void changed(CustomerDetails details) {
        customer = details;
        if (!profile.hasChanges()) {
            profile.read(CustomerForm.of(details));
        }
        showHeader();
        refreshOwnership();
    }

    // ---- profile ----

    private Component profileTab() {
        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> saveProfile());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("customer.discard"), click -> reload());
        reset.setId("profile-discard");
        Button saveBelow = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> saveProfile());
        saveBelow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(save, reset), profile, saveBelow);
        tab.setPadding(false);
        return tab;
    }

    private void saveProfile() {
        CustomerForm form = profile.write();
        if (form == null) {
            return;
        }
        try {
            customer = customers.update(customer.id(), form);
            profile.read(CustomerForm.of(customer));
            showHeader();
            UiMessages.success(getTranslation("customer.saved", customer.name()));
        } catch (InvalidInputException e) {
            profile.showErrors(e);
        } catch (ConflictException e) {
            conflict();
        } catch (AccessDeniedException e) {
            UiMessages.error(e.getMessage());
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("customer.notFound"));
        }
    }

    /** Keeps what the user typed and offers to load the other person's version instead. */
    private void conflict() {
        Notification notification = new Notification();
        notification.setId("profile-conflict");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reload = new Button(getTranslation("customer.reload"), click -> {
            notification.close();
            reload();
        });
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("action.close"));
        HorizontalLayout content = new HorizontalLayout(new Span(getTranslation("customer.conflict")), reload, close);
        content.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    private void reload() {
        try {
            customer = customers.get(customer.id());
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("customer.notFound"));
            UI.getCurrent().navigate(CustomersView.class);
            return;
        }
        profile.read(CustomerForm.of(customer));
        showHeader();
        refreshOwnership();
    }

    // ---- contacts ----

    private Component contactsTab() {
        contactGrid.setId("contacts-grid");
        contactGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        contactGrid.addColumn(ContactView::name).setHeader(getTranslation("contact.name")).setAutoWidth(true);
        contactGrid.addColumn(ContactView::title).setHeader(getTranslation("contact.title")).setAutoWidth(true);
        contactGrid.addColumn(ContactView::phone).setHeader(getTranslation("contact.phone")).setAutoWidth(true);
        contactGrid.addColumn(ContactView::email).setHeader(getTranslation("contact.email")).setAutoWidth(true);
        contactGrid.addColumn(c -> Labels.date(getLocale(), c.birthday())).setHeader(getTranslation("contact.birthday"))
                .setAutoWidth(true);
        contactGrid.addColumn(ContactView::decisionRole).setHeader(getTranslation("contact.decisionRole"))
                .setAutoWidth(true);
        contactGrid.setAllRowsVisible(true);
        contactGrid.setEmptyStateText(getTranslation("contacts.empty"));
        Button add = new Button(getTranslation("contacts.new"), VaadinIcon.PLUS.create(),
                click -> new ContactDialog(customers, customer.id(), saved -> refreshContacts()).open());
        add.setId("new-contact");
        VerticalLayout tab = new VerticalLayout(add, contactGrid);
        tab.setPadding(false);
        return tab;
    }

    private void refreshContacts() {
        contacts = customers.contacts(customer.id());
        contactGrid.setItems(contacts);
        recordContact.setItems(contacts);
    }

    // ---- timeline ----

    private Component timelineTab() {
        timeline.setId("timeline");
        timeline.setPadding(false);
        VerticalLayout tab = new VerticalLayout(recordForm(), new H4(getTranslation("timeline.title")), timeline);
        tab.setPadding(false);
        return tab;
    }

    private Component recordForm() {
        Select<ContactChannel> channel = new Select<>();
        channel.setLabel(getTranslation("record.channel"));
        channel.setId("record-channel");
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(value -> Labels.of(this, "channel", value));
        channel.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(value -> {
            HorizontalLayout item = new HorizontalLayout(Labels.channelIcon(value).create(),
                    new Span(Labels.of(this, "channel", value)));
            item.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            return item;
        }));
        channel.setValue(ContactChannel.CALL);
        recordContact.setLabel(getTranslation("record.contact"));
        recordContact.setId("record-contact");
        recordContact.setItemLabelGenerator(ContactView::name);
        recordContact.setClearButtonVisible(true);
        recordContact.setPlaceholder(getTranslation("customer.none"));
        TextArea summary = new TextArea(getTranslation("record.summary"));
        summary.setId("record-summary");
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(2000);
        TextField outcome = new TextField(getTranslation("record.outcome"));
        outcome.setId("record-outcome");
        Select<ObjectionType> objectionType = new Select<>();
        objectionType.setLabel(getTranslation("record.objectionType"));
        objectionType.setId("record-objection-type");
        objectionType.setItems(ObjectionType.values());
        objectionType.setEmptySelectionAllowed(true);
        objectionType.setEmptySelectionCaption(getTranslation("customer.none"));
        objectionType.setItemLabelGenerator(value -> value == null ? getTranslation("customer.none")
                : Labels.of(this, "objection", value));
        objectionType.setHelperText(getTranslation("record.objectionType.help"));
        TextArea objectionHandling = new TextArea(getTranslation("record.objectionHandling"));
        objectionHandling.setId("record-objection-handling");
        DatePicker next = new DatePicker(getTranslation("record.nextFollowUpAt"));
        next.setId("record-next");
        next.setMin(LocalDate.now(clock));

        Button add = new Button(getTranslation("record.add"), VaadinIcon.PLUS.create());
        add.setId("record-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            ContactRecordForm form = new ContactRecordForm(channel.getValue(), null,
                    recordContact.getValue() == null ? null : recordContact.getValue().id(), summary.getValue(),
                    outcome.getValue(), objectionType.getValue(), objectionHandling.getValue(), next.getValue());
            try {
                customers.addContactRecord(customer.id(), form);
                UiMessages.success(getTranslation("record.added"));
                summary.clear();
                outcome.clear();
                objectionType.clear();
                objectionHandling.clear();
                next.clear();
                recordContact.clear();
                channel.setInvalid(false);
                summary.setInvalid(false);
                objectionType.setInvalid(false);
                objectionHandling.setInvalid(false);
                next.setInvalid(false);
                recordContact.setInvalid(false);
                refreshTimeline();
                changed(customers.get(customer.id()));
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("channel", channel, "summary", summary, "contactId", recordContact,
                        "objectionType", objectionType, "objectionHandling", objectionHandling,
                        "nextFollowUpAt", next), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            } catch (AccessDeniedException e) {
                UiMessages.error(e.getMessage());
            }
        });

        FormLayout form = new FormLayout(channel, recordContact, next, summary, outcome, objectionType,
                objectionHandling);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(summary, 3);
        form.setColspan(outcome, 3);
        form.setColspan(objectionHandling, 2);
        Div box = new Div(new H4(getTranslation("record.new")), form, add);
        box.setId("record-form");
        box.setWidthFull();
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        return box;
    }

    private void refreshTimeline() {
        timeline.removeAll();
        List<ContactRecordView> records = customers.timeline(customer.id());
        if (records.isEmpty()) {
            timeline.add(new Paragraph(getTranslation("timeline.empty")));
            return;
        }
        Map<Long, String> contactNames = contacts.stream().collect(Collectors.toMap(ContactView::id, ContactView::name));
        LocalDate today = LocalDate.now(clock);
        for (ContactRecordView record : records) {
            timeline.add(entry(record, contactNames, today));
        }
    }

    private Component entry(ContactRecordView record, Map<Long, String> contactNames, LocalDate today) {
        Icon icon = Labels.channelIcon(record.channel()).create();
        icon.getStyle().set("color", "var(--lumo-primary-color)").set("flex", "none");
        icon.getElement().setAttribute("aria-label", Labels.of(this, "channel", record.channel()));
        Span channel = new Span(Labels.of(this, "channel", record.channel()));
        channel.getStyle().set("font-weight", "600");
        Span meta = new Span(Labels.dateTime(getLocale(), record.happenedAt()) + " · " + people.name(record.author())
                + (record.contactId() == null ? "" : " · " + getTranslation("record.with",
                        contactNames.getOrDefault(record.contactId(), "#" + record.contactId()))));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout head = new HorizontalLayout(icon, channel, meta);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Div body = new Div(head, new Paragraph(record.summary()));
        body.getChildren().filter(Paragraph.class::isInstance)
                .forEach(p -> ((Paragraph) p).getStyle().set("margin", "var(--lumo-space-xs) 0").set("white-space", "pre-line"));
        if (record.outcome() != null) {
            body.add(line("record.outcome", new Span(record.outcome())));
        }
        if (record.objectionType() != null) {
            Span objection = new Span(Labels.of(this, "objection", record.objectionType()));
            objection.getElement().getThemeList().add("badge contrast");
            Span handling = new Span(record.objectionHandling() == null ? "" : " " + record.objectionHandling());
            body.add(line("record.objection", new Span(objection, handling)));
        }
        if (record.nextFollowUpAt() != null) {
            body.add(line("record.nextFollowUpAt", Labels.nextFollowUp(this, record.nextFollowUpAt(), today)));
        }
        body.addClassName("timeline-entry");
        body.setWidthFull();
        body.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return body;
    }

    private Div line(String key, Component value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div line = new Div(label, value);
        line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    // ---- ownership ----

    private Component ownershipTab() {
        history.setId("ownership-grid");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(change -> Labels.dateTime(getLocale(), change.changedAt()))
                .setHeader(getTranslation("ownership.when")).setAutoWidth(true);
        Function<String, String> owner = login -> login == null ? getTranslation("customer.inPool") : people.name(login);
        history.addColumn(change -> owner.apply(change.fromOwner()) + " → " + owner.apply(change.toOwner()))
                .setHeader(getTranslation("ownership.change")).setAutoWidth(true);
        history.addColumn(change -> people.name(change.changedBy())).setHeader(getTranslation("ownership.by"))
                .setAutoWidth(true);
        history.addColumn(change -> Labels.of(this, "ownershipReason", change.reason()))
                .setHeader(getTranslation("ownership.reason")).setAutoWidth(true);
        history.addColumn(OwnershipChangeView::comment).setHeader(getTranslation("ownership.comment"))
                .setFlexGrow(1);
        history.setAllRowsVisible(true);
        ownershipActions.setId("ownership-actions");
        VerticalLayout tab = new VerticalLayout(ownershipActions, history);
        tab.setPadding(false);
        return tab;
    }

    private void refreshOwnership() {
        List<OwnershipChangeView> changes = new ArrayList<>(customers.ownershipHistory(customer.id()));
        Collections.reverse(changes);
        history.setItems(changes);
        history.recalculateColumnWidths();
        ownershipActions.removeAll();
        if (customer.owner() != null) {
            Button release = new Button(getTranslation("ownership.release"), VaadinIcon.INBOX.create(),
                    click -> confirmRelease());
            release.setId("ownership-release");
            ownershipActions.add(release);
        }
        if (people.mayReassign()) {
            Button reassign = new Button(getTranslation("ownership.reassign"), VaadinIcon.EXCHANGE.create(),
                    click -> new ReassignDialog(customers, customer, people, this::changed).open());
            reassign.setId("ownership-reassign");
            ownershipActions.add(reassign);
        }
    }

    private void confirmRelease() {
        TextArea comment = new TextArea(getTranslation("ownership.comment"));
        comment.setId("release-comment");
        comment.setWidthFull();
        comment.setMaxLength(500);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("release-dialog");
        confirm.setHeader(getTranslation("ownership.release.title", customer.name()));
        confirm.add(new Paragraph(getTranslation("ownership.release.text")), comment);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("ownership.release"));
        confirm.addConfirmListener(event -> {
            try {
                changed(customers.release(customer.id(), comment.getValue()));
                UiMessages.success(getTranslation("ownership.released", customer.name()));
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            } catch (AccessDeniedException e) {
                UiMessages.error(e.getMessage());
            } catch (NotFoundException e) {
                // A salesperson who released the customer still sees it: it is in the pool now.
                UiMessages.error(getTranslation("customer.notFound"));
            }
        });
        confirm.open();
    }

    // ---- duplicates ----

    private Component duplicatesTab() {
        duplicates.setId("duplicates-grid");
        duplicates.addColumn(CustomerSummary::name).setHeader(getTranslation("customer.name")).setAutoWidth(true);
        duplicates.addColumn(CustomerSummary::phone).setHeader(getTranslation("customer.phone")).setAutoWidth(true);
        duplicates.addColumn(CustomerSummary::email).setHeader(getTranslation("customer.email")).setAutoWidth(true);
        duplicates.addColumn(c -> c.owner() == null ? getTranslation("customer.inPool") : people.name(c.owner()))
                .setHeader(getTranslation("customer.owner")).setAutoWidth(true);
        duplicates.addComponentColumn(candidate -> {
            Button merge = new Button(getTranslation("duplicates.merge"), VaadinIcon.COMPRESS.create(),
                    click -> confirmMerge(candidate));
            merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return merge;
        }).setAutoWidth(true).setFlexGrow(0);
        duplicates.setAllRowsVisible(true);
        duplicates.setEmptyStateText(getTranslation("duplicates.none"));
        Paragraph hint = new Paragraph(getTranslation("duplicates.hint"));
        VerticalLayout tab = new VerticalLayout(hint, duplicates);
        tab.setPadding(false);
        return tab;
    }

    private void refreshDuplicates() {
        duplicates.setItems(customers.possibleDuplicates(customer.id()));
    }

    private void confirmMerge(CustomerSummary duplicate) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("duplicates.merge.title", duplicate.name()),
                getTranslation("duplicates.merge.text", duplicate.name(), customer.name()),
                getTranslation("duplicates.merge"), event -> {
                    try {
                        changed(customers.merge(customer.id(), customer.version(), duplicate.id(),
                                duplicate.version()));
                        refreshContacts();
                        refreshTimeline();
                        credit.show(customer.id());
                        refreshDuplicates();
                        UiMessages.success(getTranslation("duplicates.merged", duplicate.name()));
                    } catch (ConflictException e) {
                        UiMessages.conflict(e, this);
                        refreshDuplicates();
                    } catch (AccessDeniedException | NotFoundException e) {
                        UiMessages.error(e instanceof NotFoundException ? getTranslation("customer.notFound")
                                : e.getMessage());
                        refreshDuplicates();
                    }
                }, getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? getTranslation("nav.customers") : customer.name()) + " · Salesflow";
    }
}
