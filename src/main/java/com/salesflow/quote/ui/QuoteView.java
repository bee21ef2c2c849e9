package com.salesflow.quote.ui;

import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.product.Catalogue;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.ProductSummary;
import com.salesflow.quote.ApprovalLevel;
import com.salesflow.quote.QuoteActions;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteForm;
import com.salesflow.quote.QuoteLine;
import com.salesflow.quote.QuoteLineForm;
import com.salesflow.quote.QuoteStatus;
import com.salesflow.quote.QuoteSummary;
import com.salesflow.quote.QuoteTotals;
import com.salesflow.quote.Quotes;
import com.salesflow.quote.TrailEntry;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One quote version (报价): its facts, the lines and header terms to edit while it is a draft (save, submit for
 * approval), the totals computed by the server (cost and margin only for those who may see them), what may happen
 * next (new version, send, the customer's answer, the PDF), the approval trail and the other versions.
 * {@code quotes/new?opportunity=<id>} writes the first draft of an opportunity's quote, created on its first save.
 */
@Route("quotes/:id([0-9]+)")
@RouteAlias("quotes/new")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
public class QuoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");
    private static final int PRODUCT_CHOICES = 200;

    private final Quotes quotes;
    private final Opportunities opportunities;
    private final Catalogue catalogue;
    private final QuoteLabels labels;
    private final Clock clock;

    /** The version shown; null while a new quote is written. */
    private QuoteDetails quote;
    /** The opportunity a new quote is for. */
    private OpportunitySummary opportunity;
    private String title = "";

    // the editor, while the version is a draft
    private final List<EditLine> lines = new ArrayList<>();
    private final Grid<EditLine> linesGrid = new Grid<>();
    private final Span linesError = new Span();
    private final Select<PriceListSummary> priceList = new Select<>();
    private final BigDecimalField headerDiscount = new BigDecimalField();
    private final DatePicker validUntil = new DatePicker();
    private final IntegerField paymentTerms = new IntegerField();
    private final TextArea terms = new TextArea();
    private final Select<String> language = new Select<>();
    private boolean dirty;
    /** The field errors of the last refused write, to show again after the page is redrawn. */
    private InvalidInputException lastInvalid;

    QuoteView(Quotes quotes, Opportunities opportunities, Catalogue catalogue, UserDirectory directory, Clock clock) {
        this.quotes = quotes;
        this.opportunities = opportunities;
        this.catalogue = catalogue;
        this.clock = clock;
        this.labels = new QuoteLabels(this, getLocale(), directory);
        setId("quote-view");
        configureEditor();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isPresent()) {
            try {
                opportunity = null;
                show(quotes.get(id.get()));
            } catch (NotFoundException e) {
                UiMessages.error(getTranslation("quote.notFound"));
                event.forwardTo(QuotesView.class);
            }
            return;
        }
        Optional<OpportunitySummary> wanted = event.getLocation().getQueryParameters()
                .getSingleParameter(QuotesView.OPPORTUNITY_PARAMETER).flatMap(QuoteView::number)
                .flatMap(this::opportunity);
        if (wanted.isEmpty()) {
            UiMessages.error(getTranslation("quote.opportunityNotFound"));
            event.forwardTo(QuotesView.class);
            return;
        }
        // An opportunity has one draft at a time: open it rather than fail on the first save.
        Optional<QuoteSummary> draft = quotes.ofOpportunity(wanted.get().id()).stream()
                .filter(version -> version.status() == QuoteStatus.DRAFT).findFirst();
        if (draft.isPresent()) {
            UiMessages.success(getTranslation("quote.draftOpened", draft.get().label()));
            event.forwardTo(QuoteView.class, new RouteParameters("id", String.valueOf(draft.get().id())));
            return;
        }
        opportunity = wanted.get();
        showNew();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<OpportunitySummary> opportunity(long id) {
        try {
            return Optional.of(opportunities.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    // ---- the page ----

    private void showNew() {
        quote = null;
        title = getTranslation("quote.new");
        removeAll();
        fillEditor();
        add(header(), facts(), editor());
    }

    private void show(QuoteDetails shown) {
        quote = shown;
        title = shown.summary().label();
        removeAll();
        add(header(), facts(), actions());
        if (shown.actions().edit()) {
            fillEditor();
            add(editor());
        } else {
            add(readOnlyLines(), terms());
        }
        add(totals());
        if (shown.status() == QuoteStatus.PENDING_APPROVAL && !shown.approvalsPending().isEmpty()) {
            add(pending());
        }
        add(trail(), versions());
    }

    private void reload() {
        if (quote == null) {
            return;
        }
        try {
            show(quotes.get(quote.id()));
        } catch (NotFoundException e) {
            UI.getCurrent().navigate(QuotesView.class);
        }
    }

    private Component header() {
        H2 heading = new H2(quote == null ? getTranslation("quote.new") : quote.summary().label());
        heading.setId("quote-heading");
        heading.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(heading);
        if (quote != null) {
            Span status = labels.statusBadge(quote.status());
            status.setId("quote-status");
            header.add(status);
        }
        Button list = new Button(getTranslation("quote.list.title"), VaadinIcon.LIST.create(),
                click -> UI.getCurrent().navigate(QuotesView.class));
        list.setId("quote-list");
        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.getStyle().set("margin-left", "auto");
        header.add(list);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        return header;
    }

    private Component facts() {
        long customerId = quote == null ? opportunity.customerId() : quote.summary().customerId();
        String customerName = quote == null ? opportunity.customerName() : quote.summary().customerName();
        long opportunityId = quote == null ? opportunity.id() : quote.summary().opportunityId();
        String opportunityName = quote == null ? opportunity.name() : quote.summary().opportunityName();
        Anchor customer = new Anchor("customers/" + customerId, customerName == null ? "#" + customerId : customerName);
        customer.setId("quote-customer");
        Anchor opportunityLink = new Anchor("opportunities/" + opportunityId,
                opportunityName == null ? "#" + opportunityId : opportunityName);
        opportunityLink.setId("quote-opportunity");
        HorizontalLayout facts = new HorizontalLayout(fact("quote.customer", customer),
                fact("quote.opportunity", opportunityLink));
        if (quote == null) {
            facts.add(fact("quote.owner", text("quote-owner", labels.personWithLogin(opportunity.owner()))));
        } else {
            QuoteSummary summary = quote.summary();
            facts.add(fact("quote.owner", text("quote-owner", labels.personWithLogin(summary.owner()))));
            facts.add(fact("quote.priceList", text("quote-price-list", quote.priceListName())));
            facts.add(fact("quote.validUntil", text("quote-valid-until", labels.date(summary.validUntil()))));
            if (summary.submittedAt() != null) {
                facts.add(fact("quote.submitted", text("quote-submitted", labels.dateTime(summary.submittedAt())
                        + " · " + labels.person(quote.submittedBy()))));
            }
            if (quote.sentAt() != null) {
                facts.add(fact("quote.sentAt", text("quote-sent-at", labels.dateTime(quote.sentAt()))));
            }
            if (quote.answeredAt() != null) {
                facts.add(fact("quote.answeredAt", text("quote-answered-at", labels.dateTime(quote.answeredAt()))));
            }
            if (quote.rejectReason() != null) {
                facts.add(fact("quote.rejectReason", text("quote-reject-reason",
                        labels.of("lossReason", quote.rejectReason())
                                + (quote.rejectNote() == null ? "" : " · " + quote.rejectNote()))));
            }
        }
        facts.setId("quote-facts");
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

    // ---- what may happen next ----

    private Component actions() {
        QuoteActions may = quote.actions();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("quote-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        if (may.newVersion()) {
            Button newVersion = new Button(getTranslation("quote.newVersion"), VaadinIcon.COPY.create(),
                    click -> run(() -> quotes.newVersion(quote.id()), made -> {
                        UiMessages.success(getTranslation("quote.versionMade", made.summary().label()));
                        open(made.id());
                    }, Map.of()));
            newVersion.setId("quote-new-version");
            bar.add(newVersion);
        }
        if (may.send()) {
            Button send = new Button(getTranslation("quote.send"), VaadinIcon.PAPERPLANE.create(),
                    click -> new SendQuoteDialog(quote, (form, fields) -> run(() -> quotes.send(quote.id(), form),
                            sent -> {
                                UiMessages.success(getTranslation("quote.sent", sent.summary().label()));
                                show(sent);
                            }, fields)).open());
            send.setId("quote-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(send);
        }
        if (may.answer()) {
            Button accepted = new Button(getTranslation("quote.accepted"), VaadinIcon.CHECK.create(),
                    click -> confirmAccepted());
            accepted.setId("quote-accepted");
            accepted.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button rejected = new Button(getTranslation("quote.rejected"), VaadinIcon.CLOSE.create(),
                    click -> new CustomerRejectedDialog(quote, (answer, fields) -> run(
                            () -> quotes.reject(quote.id(), answer), answered -> {
                                UiMessages.success(getTranslation("quote.rejectedSaved", answered.summary().label()));
                                show(answered);
                            }, fields)).open());
            rejected.setId("quote-rejected");
            rejected.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(accepted, rejected);
        }
        if (may.pdf()) {
            bar.add(pdfLink());
        }
        bar.setVisible(bar.getComponentCount() > 0);
        return bar;
    }

    private String conflictText(ConflictException e) {
        return UiMessages.errorText(this, e.code(), e.getMessage(), e.args().toArray());
    }

    private void confirmAccepted() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("accept-dialog");
        confirm.setHeader(getTranslation("quote.acceptDialog.title", quote.summary().label()));
        confirm.setText(getTranslation("quote.acceptDialog.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("quote.accepted"));
        confirm.addConfirmListener(yes -> run(() -> quotes.accept(quote.id()), answered -> {
            UiMessages.success(getTranslation("quote.acceptedSaved", answered.summary().label()));
            show(answered);
        }, Map.of()));
        confirm.open();
    }

    /** The PDF in the quote's language, made when the link is followed. */
    private Anchor pdfLink() {
        long id = quote.id();
        Anchor link = new Anchor((DownloadHandler) event -> {
            Quotes.QuotePdf pdf;
            try {
                pdf = quotes.pdf(id);
            } catch (ConflictException | NotFoundException | AccessDeniedException refused) {
                // The download has no page to speak on: the page that offered it says why.
                event.getResponse().setStatus(refused instanceof ConflictException ? 409 : 404);
                event.getUI().access(() -> UiMessages.error(refused instanceof ConflictException conflict
                        ? conflictText(conflict) : getTranslation("quote.notFound")));
                return;
            }
            event.setFileName(pdf.fileName());
            event.setContentType("application/pdf");
            event.setContentLength(pdf.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf.content());
            }
        }, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("quote.pdf")));
        link.setId("quote-pdf");
        link.getElement().setAttribute("download", true);
        link.getStyle().set("align-self", "center");
        return link;
    }

    // ---- the editor ----

    private void configureEditor() {
        priceList.setId("quote-price-list-field");
        priceList.setLabel(getTranslation("quote.priceList"));
        priceList.setItemLabelGenerator(list -> list == null ? ""
                : list.currency() == null ? list.name() : list.name() + " (" + list.currency() + ")");
        priceList.setRequiredIndicatorVisible(true);
        headerDiscount.setId("quote-header-discount");
        headerDiscount.setLabel(getTranslation("quote.headerDiscountPercent"));
        headerDiscount.setSuffixComponent(new Span("%"));
        validUntil.setId("quote-valid-until-field");
        validUntil.setLabel(getTranslation("quote.validUntil"));
        validUntil.setHelperText(getTranslation("quote.validUntil.help"));
        validUntil.setClearButtonVisible(true);
        paymentTerms.setId("quote-payment-terms");
        paymentTerms.setLabel(getTranslation("quote.paymentTermsDays"));
        paymentTerms.setHelperText(getTranslation("quote.paymentTermsDays.help"));
        paymentTerms.setMin(0);
        paymentTerms.setMax(365);
        paymentTerms.setSuffixComponent(new Span(getTranslation("quote.days")));
        terms.setId("quote-terms");
        terms.setLabel(getTranslation("quote.terms"));
        terms.setMaxLength(2000);
        language.setId("quote-language");
        language.setLabel(getTranslation("quote.language"));
        language.setItems(QuoteLabels.LANGUAGES);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("quote.language.customer"));
        language.setItemLabelGenerator(labels::language);
        List.<HasValue<?, ?>>of(priceList, headerDiscount, validUntil, paymentTerms, terms, language)
                .forEach(field -> field.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        dirty = true;
                    }
                }));

        linesGrid.setId("quote-lines-editor");
        linesGrid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        linesGrid.setAllRowsVisible(true);
        linesGrid.addColumn(line -> lines.indexOf(line) + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        linesGrid.addComponentColumn(line -> line.product).setHeader(getTranslation("quote.product"))
                .setWidth("18rem").setFlexGrow(3);
        linesGrid.addComponentColumn(line -> line.quantity).setHeader(getTranslation("quote.quantity"))
                .setWidth("8rem").setFlexGrow(0);
        linesGrid.addComponentColumn(line -> line.discount).setHeader(getTranslation("quote.discountPercent"))
                .setWidth("8rem").setFlexGrow(0);
        linesGrid.addComponentColumn(line -> line.unitPrice).setHeader(getTranslation("quote.unitPrice"))
                .setWidth("9rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        linesGrid.addComponentColumn(line -> line.net).setHeader(getTranslation("quote.lineNet"))
                .setWidth("9rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        linesGrid.addComponentColumn(line -> line.remove).setHeader("").setWidth("4rem").setFlexGrow(0);
        linesError.setId("quote-lines-error");
        linesError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
    }

    /** Puts the shown draft (or a new quote's defaults) into the editor's fields. */
    private void fillEditor() {
        List<PriceListSummary> valid = catalogue.validPriceLists(LocalDate.now(clock));
        List<PriceListSummary> choices = new ArrayList<>(valid);
        PriceListSummary chosen = valid.isEmpty() ? null : valid.get(0);
        if (quote != null) {
            chosen = valid.stream().filter(list -> list.id() == quote.priceListId()).findFirst().orElse(null);
            if (chosen == null) {
                // No longer valid: kept visible so that the user sees why saving fails and picks another.
                chosen = new PriceListSummary(quote.priceListId(), quote.priceListName(), null, null, null, false,
                        null, 0, null, null, 0);
                choices.add(chosen);
            }
        }
        priceList.setItems(choices);
        priceList.setValue(chosen);
        headerDiscount.setValue(quote == null || quote.totals() == null ? null : headerDiscountPercent());
        validUntil.setMin(LocalDate.now(clock));
        validUntil.setValue(quote == null ? null : quote.validUntil());
        paymentTerms.setValue(quote == null ? null : quote.paymentTermsDays());
        terms.setValue(quote == null || quote.terms() == null ? "" : quote.terms());
        language.setValue(quote == null ? null : quote.language());
        lines.clear();
        if (quote != null) {
            quote.lines().forEach(line -> lines.add(new EditLine(line)));
        }
        if (lines.isEmpty()) {
            lines.add(new EditLine(null));
        }
        linesGrid.setItems(lines);
        linesError.setText("");
        List.<HasValidation>of(priceList, headerDiscount, validUntil, paymentTerms, terms, language)
                .forEach(field -> field.setInvalid(false));
        dirty = false;
    }

    /**
     * The header discount as the user entered it. The details carry the amount, not the percentage: it is
     * recomputed from the lines' net (the service takes the percentage of the lines' net after their discounts).
     */
    private BigDecimal headerDiscountPercent() {
        return headerDiscountPercent(quote.totals());
    }

    static BigDecimal headerDiscountPercent(QuoteTotals totals) {
        if (totals.headerDiscount() == null || totals.headerDiscount().signum() == 0 || totals.linesNet() == null
                || totals.linesNet().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(totals.headerDiscount().movePointRight(2)
                .divide(totals.linesNet(), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }

    private Component editor() {
        FormLayout form = new FormLayout(priceList, language, headerDiscount, validUntil, paymentTerms, terms);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.setColspan(terms, 3);

        Button addLine = new Button(getTranslation("quote.addLine"), VaadinIcon.PLUS.create(), click -> {
            lines.add(new EditLine(null));
            linesGrid.setItems(lines);
            dirty = true;
        });
        addLine.setId("quote-add-line");
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("quote-save");
        Button submit = new Button(getTranslation("quote.submit"), VaadinIcon.PAPERPLANE_O.create(),
                click -> submit());
        submit.setId("quote-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setVisible(quote == null || quote.actions().submit());
        Span hint = new Span(getTranslation("quote.totalsOnSave"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout buttons = new HorizontalLayout(save, submit, hint);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        // The price list first: it prices the lines.
        VerticalLayout editor = new VerticalLayout(new H3(getTranslation("quote.terms.title")), form,
                new H3(getTranslation("quote.lines")), linesGrid, linesError, addLine, buttons);
        editor.setId("quote-editor");
        editor.setPadding(false);
        editor.setWidthFull();
        return editor;
    }

    private QuoteForm form() {
        List<QuoteLineForm> lineForms = lines.stream().map(line -> new QuoteLineForm(
                line.product.getValue() == null ? null : line.product.getValue().id(), line.quantity.getValue(),
                line.discount.getValue())).toList();
        return new QuoteForm(quote == null ? opportunity.id() : quote.summary().opportunityId(),
                priceList.getValue() == null ? null : priceList.getValue().id(), lineForms, headerDiscount.getValue(),
                validUntil.getValue(), paymentTerms.getValue(), terms.getValue(), language.getValue(),
                quote == null ? null : quote.summary().version());
    }

    /** Saves the editor: creates a new quote, or updates the draft with the version read. */
    private void save() {
        if (quote == null) {
            QuoteDetails created = write(() -> quotes.create(form()));
            if (created != null) {
                UiMessages.success(getTranslation("quote.created", created.summary().label()));
                open(created.id());
            }
        } else {
            QuoteDetails saved = write(() -> quotes.update(quote.id(), form()));
            if (saved != null) {
                UiMessages.success(getTranslation("quote.saved", saved.summary().label()));
                show(saved);
            }
        }
    }

    /** Saves what changed first, then submits the version saved. */
    private void submit() {
        QuoteDetails saved;
        if (quote == null) {
            saved = write(() -> quotes.create(form()));
        } else if (dirty) {
            saved = write(() -> quotes.update(quote.id(), form()));
        } else {
            saved = quote;
        }
        if (saved == null) {
            return;
        }
        QuoteDetails submitted = write(() -> quotes.submit(saved.id(), saved.summary().version()));
        if (submitted != null) {
            UiMessages.success(getTranslation("quote.submitted.done", submitted.summary().label(),
                    labels.status(submitted.status())));
            if (quote == null || quote.id() != submitted.id()) {
                open(submitted.id());
            } else {
                show(submitted);
            }
        } else if (quote == null || quote.id() != saved.id()) {
            // Created, but not submitted: the draft now has its own page.
            open(saved.id());
        } else {
            // Saved but refused: the page shows what was saved, with the reasons on the fields again.
            InvalidInputException refused = lastInvalid;
            show(saved);
            if (refused != null) {
                showEditorErrors(refused);
            }
        }
    }

    /** Runs a write of the editor; field errors go to the editor's fields and lines. Null when refused. */
    private QuoteDetails write(Supplier<QuoteDetails> call) {
        List.<HasValidation>of(priceList, headerDiscount, validUntil, paymentTerms, terms, language)
                .forEach(field -> field.setInvalid(false));
        lines.forEach(EditLine::clearErrors);
        linesError.setText("");
        lastInvalid = null;
        try {
            return call.get();
        } catch (InvalidInputException e) {
            lastInvalid = e;
            showEditorErrors(e);
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        } catch (OptimisticLockingFailureException e) {
            UiMessages.error(getTranslation("error.conflict.stale"));
        } catch (AccessDeniedException e) {
            UiMessages.error(getTranslation("quote.notAllowed"));
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("quote.notFound"));
        }
        return null;
    }

    /**
     * Header errors on their fields; a line's error on the line's field and, since a long grid may hide it, also in
     * a message naming the line.
     */
    private void showEditorErrors(InvalidInputException e) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("priceListId", priceList);
        fields.put("headerDiscountPercent", headerDiscount);
        fields.put("validUntil", validUntil);
        fields.put("paymentTermsDays", paymentTerms);
        fields.put("terms", terms);
        fields.put("language", language);
        List<InvalidInputException.FieldError> others = new ArrayList<>();
        List<String> lineMessages = new ArrayList<>();
        for (InvalidInputException.FieldError error : e.errors()) {
            Matcher line = LINE_FIELD.matcher(error.field());
            if (line.matches() && Integer.parseInt(line.group(1)) < lines.size()) {
                int index = Integer.parseInt(line.group(1));
                String message = message(error);
                lines.get(index).showError(line.group(2), message);
                lineMessages.add(getTranslation("quote.lineError", index + 1, message));
            } else if ("lines".equals(error.field())) {
                lineMessages.add(message(error));
            } else {
                others.add(error);
            }
        }
        linesError.setText(String.join(" ", lineMessages));
        if (!lineMessages.isEmpty()) {
            UiMessages.error(String.join("\n", lineMessages));
        }
        if (!others.isEmpty()) {
            UiMessages.showFieldErrors(new InvalidInputException(others), fields, this);
        }
    }

    private String message(InvalidInputException.FieldError error) {
        return UiMessages.errorText(this, error.code(), error.message());
    }

    /** Runs one of the page's actions; errors go to the fields given (a dialog's) or to a notification. */
    private boolean run(Supplier<QuoteDetails> call, java.util.function.Consumer<QuoteDetails> done,
            Map<String, ? extends HasValidation> fields) {
        try {
            done.accept(call.get());
            return true;
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, fields, this);
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
            reload();
        } catch (OptimisticLockingFailureException e) {
            UiMessages.error(getTranslation("error.conflict.stale"));
        } catch (AccessDeniedException e) {
            UiMessages.error(getTranslation("quote.notAllowed"));
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("quote.notFound"));
        }
        return false;
    }

    private void open(long id) {
        UI.getCurrent().navigate(QuoteView.class, new RouteParameters("id", String.valueOf(id)));
    }

    /** One line in the editor, with its own fields so that errors stay on them when the grid redraws. */
    private final class EditLine {

        final ComboBox<ProductSummary> product = new ComboBox<>();
        final BigDecimalField quantity = new BigDecimalField();
        final BigDecimalField discount = new BigDecimalField();
        final Span unitPrice = new Span();
        final Span net = new Span();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        EditLine(QuoteLine saved) {
            product.setItemLabelGenerator(p -> p.code() + " · " + p.name(getLocale()));
            // The catalogue answers the first matches only: enough to pick from while typing.
            product.setItems(query -> {
                int offset = query.getOffset();
                int limit = query.getLimit();
                return offset >= PRODUCT_CHOICES ? Stream.<ProductSummary>empty()
                        : catalogue.activeProducts(query.getFilter().orElse(""),
                                Math.min(offset + limit, PRODUCT_CHOICES)).stream().skip(offset);
            }).setIdentifierProvider(ProductSummary::id);
            product.setPlaceholder(getTranslation("quote.product.search"));
            product.setAriaLabel(getTranslation("quote.product"));
            product.setWidthFull();
            product.addClassName("quote-line-product");
            quantity.setAriaLabel(getTranslation("quote.quantity"));
            quantity.setWidthFull();
            quantity.addClassName("quote-line-quantity");
            discount.setAriaLabel(getTranslation("quote.discountPercent"));
            discount.setSuffixComponent(new Span("%"));
            discount.setWidthFull();
            discount.addClassName("quote-line-discount");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("quote.removeLine"));
            remove.setTooltipText(getTranslation("quote.removeLine"));
            remove.addClassName("quote-line-remove");
            remove.addClickListener(click -> {
                lines.remove(this);
                linesGrid.setItems(lines);
                dirty = true;
            });
            if (saved == null) {
                quantity.setValue(BigDecimal.ONE);
                discount.setValue(BigDecimal.ZERO);
            } else {
                product.setValue(new ProductSummary(saved.productId(), saved.productCode(), saved.productNameEn(),
                        saved.productNameZh(), saved.unit(), saved.listPrice(), null, saved.taxRate(), null, true,
                        null, null, null, null, 0));
                quantity.setValue(plain(saved.quantity()));
                discount.setValue(plain(saved.discountPercent()));
                unitPrice.setText(labels.amount(saved.unitPrice()));
                net.setText(labels.amount(saved.net()));
            }
            // A changed line is priced again on save: its old prices would mislead meanwhile.
            List.<HasValue<?, ?>>of(product, quantity, discount).forEach(field -> field.addValueChangeListener(
                    change -> {
                        if (change.isFromClient()) {
                            dirty = true;
                            unitPrice.setText("");
                            net.setText("");
                        }
                    }));
        }

        /** 4 rather than the stored 4.000. */
        private static BigDecimal plain(BigDecimal value) {
            return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
        }

        void clearErrors() {
            product.setInvalid(false);
            quantity.setInvalid(false);
            discount.setInvalid(false);
        }

        void showError(String field, String message) {
            HasValidation target = switch (field) {
                case "quantity" -> quantity;
                case "discount", "discountPercent" -> discount;
                default -> product;
            };
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }

    // ---- read-only parts ----

    private Component readOnlyLines() {
        Grid<QuoteLine> grid = new Grid<>();
        grid.setId("quote-lines");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(QuoteLine::position).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(line -> {
            Span code = new Span(line.productCode());
            code.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div product = new Div(new Div(code), new Div(new Span(line.productName(getLocale()))));
            product.getStyle().set("white-space", "normal");
            return product;
        }).setHeader(getTranslation("quote.product")).setWidth("12rem").setFlexGrow(3);
        grid.addColumn(line -> QuoteLabels.quantity(line.quantity()) + " " + (line.unit() == null ? "" : line.unit()))
                .setHeader(getTranslation("quote.quantity")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> labels.amount(line.unitPrice())).setHeader(getTranslation("quote.unitPrice"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> QuoteLabels.percent(line.discountPercent()))
                .setHeader(getTranslation("quote.discountPercent")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> labels.amount(line.net())).setHeader(getTranslation("quote.lineNet"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> QuoteLabels.percent(line.taxRate() == null ? null : line.taxRate().movePointRight(2)))
                .setHeader(getTranslation("quote.taxRate")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        if (quotes.showsCost()) {
            grid.addColumn(line -> labels.amount(line.cost())).setHeader(getTranslation("quote.cost"))
                    .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(quote.lines());
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("quote.lines")), grid);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    private Component terms() {
        HorizontalLayout facts = new HorizontalLayout(
                fact("quote.headerDiscountPercent", text("quote-header-discount-value",
                        QuoteLabels.percent(headerDiscountPercent()))),
                fact("quote.paymentTermsDays", text("quote-payment-terms-value", quote.paymentTermsDays() == null
                        ? "" : getTranslation("quote.paymentTermsValue", quote.paymentTermsDays()))),
                fact("quote.language", text("quote-language-value", labels.language(quote.language()))));
        if (quote.terms() != null && !quote.terms().isBlank()) {
            Span text = text("quote-terms-value", quote.terms());
            text.getStyle().set("white-space", "pre-line");
            facts.add(fact("quote.terms", text));
        }
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        facts.setWidthFull();
        return facts;
    }

    /** The server's sums; cost and margin only for those who may see them. */
    private Component totals() {
        QuoteTotals totals = quote == null ? null : quote.totals();
        Div panel = new Div();
        panel.setId("quote-totals");
        panel.getStyle().set("display", "grid").set("grid-template-columns", "auto auto")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("width", "fit-content");
        if (totals == null) {
            return panel;
        }
        String currency = quote.summary().currency();
        total(panel, "gross", "quote.totals.gross", labels.money(totals.gross(), currency), false);
        total(panel, "lines-net", "quote.totals.linesNet", labels.money(totals.linesNet(), currency), false);
        total(panel, "header-discount", "quote.totals.headerDiscount",
                labels.money(totals.headerDiscount() == null ? null : totals.headerDiscount().negate(), currency),
                false);
        total(panel, "net", "quote.totals.net", labels.money(totals.net(), currency), false);
        total(panel, "tax", "quote.totals.tax", labels.money(totals.tax(), currency), false);
        total(panel, "total", "quote.totals.total", labels.money(totals.total(), currency), true);
        total(panel, "discount", "quote.totals.totalDiscount", QuoteLabels.percent(totals.totalDiscountPercent())
                + " · " + getTranslation("quote.maxLineDiscount") + " " + QuoteLabels.percent(totals.maxLineDiscount()),
                false);
        if (quotes.showsCost() && totals.cost() != null) {
            total(panel, "cost", "quote.totals.cost", labels.money(totals.cost(), currency), false);
            total(panel, "margin", "quote.totals.margin", labels.money(totals.margin(), currency), false);
            total(panel, "margin-percent", "quote.totals.marginPercent",
                    QuoteLabels.percent(totals.marginPercent()), false);
        }
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("quote.totals")), panel);
        box.setPadding(false);
        return box;
    }

    private void total(Div panel, String id, String labelKey, String value, boolean strong) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span amount = text("quote-total-" + id, value);
        amount.getStyle().set("text-align", "end");
        if (strong) {
            label.getStyle().set("font-weight", "600");
            amount.getStyle().set("font-weight", "600");
        }
        panel.add(label, amount);
    }

    private Component pending() {
        Div list = new Div();
        list.setId("quote-pending");
        for (ApprovalLevel level : quote.approvalsPending()) {
            Span badge = new Span(labels.of("approvalLevel", level));
            badge.getElement().getThemeList().add("badge");
            badge.getElement().setAttribute("data-level", level.name());
            badge.getStyle().set("margin-right", "var(--lumo-space-s)");
            list.add(badge);
        }
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("quote.pendingApprovals")), list);
        box.setPadding(false);
        return box;
    }

    private Component trail() {
        Grid<TrailEntry> grid = new Grid<>();
        grid.setId("quote-trail");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(entry -> labels.dateTime(entry.at())).setHeader(getTranslation("quote.trail.at"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(entry -> "v" + entry.versionNo()).setHeader(getTranslation("quote.trail.version"))
                .setWidth("4.5rem").setFlexGrow(0);
        // Steps of the process itself (required approvals, reminders, expiry) have no person behind them.
        grid.addColumn(entry -> "system".equals(entry.actor()) ? getTranslation("quote.trail.system")
                : labels.person(entry.actor())).setHeader(getTranslation("quote.trail.actor"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(entry -> labels.of("trailAction", entry.action())).setHeader(getTranslation("quote.trail.action"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(entry -> labels.of("approvalLevel", entry.level())).setHeader(getTranslation("quote.trail.level"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.rule(getLocale())).setHeader(getTranslation("quote.trail.rule")).setFlexGrow(2);
        grid.addColumn(TrailEntry::comment).setHeader(getTranslation("quote.trail.comment")).setFlexGrow(2);
        grid.setItems(quote.trail());
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("quote.trail")), grid);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    private Component versions() {
        VerticalLayout list = new VerticalLayout();
        list.setId("quote-versions");
        list.setPadding(false);
        list.setSpacing(false);
        for (QuoteSummary version : quote.versions()) {
            Component name;
            if (version.id() == quote.id()) {
                Span current = new Span(version.label() + " (" + getTranslation("quote.thisVersion") + ")");
                current.getStyle().set("font-weight", "600");
                name = current;
            } else {
                name = new Anchor("quotes/" + version.id(), version.label());
            }
            HorizontalLayout row = new HorizontalLayout(name, labels.statusBadge(version.status()),
                    new Span(labels.money(version.total(), version.currency())),
                    new Span(labels.dateTime(version.updatedAt())));
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("quote-version");
            list.add(row);
        }
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("quote.versions")), list);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · Salesflow";
    }
}
