package com.salesflow.contract.ui;

import com.salesflow.contract.ContractActions;
import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.ContractLine;
import com.salesflow.contract.ContractStatus;
import com.salesflow.contract.ContractSummary;
import com.salesflow.contract.ContractTrailEntry;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.Delivery;
import com.salesflow.contract.Instalment;
import com.salesflow.contract.OrderView;
import com.salesflow.contract.Payment;
import com.salesflow.contract.SignedCopy;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One contract (合同): its facts and totals, the lines with what has been delivered, terms and departures from the
 * standard terms, the credit check, the approval trail, the payment plan with what has been paid, the payments and the
 * order with its deliveries. The buttons are those {@link ContractActions} allows; each opens a dialog that makes one
 * service call. The approvals themselves are tasks in the task list.
 */
@Route("contracts/:id([0-9]+)")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.FINANCE, Roles.LEGAL, Roles.ADMINS})
public class ContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Contracts contracts;
    private final ContractLabels labels;
    private final Clock clock;
    private ContractDetails contract;
    private String title = "";

    ContractView(Contracts contracts, UserDirectory directory, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
        this.labels = new ContractLabels(this, getLocale(), directory);
        setId("contract-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        try {
            show(contracts.get(id.orElseThrow()));
        } catch (NotFoundException | java.util.NoSuchElementException e) {
            UiMessages.error(getTranslation("contract.notFound"));
            event.forwardTo(ContractsView.class);
        }
    }

    private void show(ContractDetails shown) {
        contract = shown;
        title = shown.summary().label();
        removeAll();
        add(header(), facts(), actions(), totals(), lines(), terms());
        if (shown.creditDecision() != null) {
            add(credit());
        }
        add(plan(), payments());
        if (shown.order() != null) {
            add(order());
        }
        add(trail());
    }

    private void reload() {
        try {
            show(contracts.get(contract.id()));
        } catch (NotFoundException e) {
            UI.getCurrent().navigate(ContractsView.class);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- header and facts ----

    private Component header() {
        H2 heading = new H2(contract.summary().label());
        heading.setId("contract-heading");
        heading.getStyle().set("margin", "0");
        Span status = labels.statusBadge(contract.status());
        status.setId("contract-status");
        Button list = new Button(getTranslation("contract.list.title"), VaadinIcon.LIST.create(),
                click -> UI.getCurrent().navigate(ContractsView.class));
        list.setId("contract-list");
        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(heading, status, list);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        return header;
    }

    private Component facts() {
        ContractSummary summary = contract.summary();
        Anchor customer = new Anchor("customers/" + summary.customerId(),
                summary.customerName() == null ? "#" + summary.customerId() : summary.customerName());
        customer.setId("contract-customer");
        Anchor quote = new Anchor("quotes/" + summary.quoteId(),
                summary.quoteNumber() == null ? "#" + summary.quoteId() : summary.quoteNumber());
        quote.setId("contract-quote");
        HorizontalLayout facts = new HorizontalLayout(fact("contract.customer", customer),
                fact("contract.quote", quote),
                fact("contract.owner", text("contract-owner", labels.personWithLogin(summary.owner()))));
        if (contract.approverLevel() != null) {
            facts.add(fact("contract.approverLevel", text("contract-approver-level",
                    labels.of("contractApprovalStep", contract.approverLevel()))));
        }
        if (contract.submittedAt() != null) {
            facts.add(fact("contract.submittedAt", text("contract-submitted-at",
                    labels.dateTime(contract.submittedAt()))));
        }
        if (contract.approvedAt() != null) {
            facts.add(fact("contract.approvedAt", text("contract-approved-at", labels.dateTime(contract.approvedAt()))));
        }
        if (contract.signedOn() != null) {
            facts.add(fact("contract.signedOn", text("contract-signed-on", labels.date(contract.signedOn())
                    + (contract.signedBy() == null ? "" : " · " + labels.person(contract.signedBy())))));
        }
        if (contract.waitingAt() != null) {
            facts.add(fact("contract.waitingAt", text("contract-waiting-at", waitingAt(contract.waitingAt()))));
        }
        if (contract.cancelReason() != null) {
            facts.add(fact("contract.cancelReason", text("contract-cancel-reason",
                    labels.of("cancelReason", contract.cancelReason())
                            + (contract.cancelNote() == null ? "" : " · " + contract.cancelNote()))));
        }
        facts.setId("contract-facts");
        facts.setWidthFull();
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        return facts;
    }

    /** The process step by its task key, translated where the bundles know it. */
    private String waitingAt(String key) {
        String translated = getTranslation("contract.step." + key);
        return translated.startsWith("!") ? key : translated;
    }

    private Component fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div fact = new Div(label, value);
        fact.getStyle().set("display", "flex").set("flex-direction", "column");
        return fact;
    }

    private static Span text(String id, String value) {
        Span span = new Span(value == null ? "" : value);
        span.setId(id);
        return span;
    }

    // ---- what may happen next ----

    private Component actions() {
        ContractActions may = contract.actions();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("contract-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        if (may.edit()) {
            boolean amend = contract.status() != ContractStatus.DRAFT;
            bar.add(button("contract-edit", amend ? "contract.amend" : "action.edit", VaadinIcon.EDIT,
                    () -> new EditContractDialog(contracts, contract, labels, getLocale(), this::run).open()));
        }
        if (may.editPlan()) {
            bar.add(button("contract-plan", "contract.paymentPlan", VaadinIcon.CALENDAR_CLOCK,
                    () -> new PaymentPlanDialog(contracts, contract, labels, today(), this::run).open()));
        }
        if (may.submit()) {
            Button submit = button("contract-submit", "contract.submit", VaadinIcon.PAPERPLANE_O,
                    () -> run(() -> contracts.submit(contract.id(), contract.version()), Map.of()));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(submit);
        }
        if (may.sign()) {
            Button sign = button("contract-sign", "contract.sign", VaadinIcon.SIGN_IN,
                    () -> new SignDialog(contracts, contract, today(), this::run).open());
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(sign);
        }
        if (may.deliver()) {
            bar.add(button("contract-deliver", "contract.recordDelivery", VaadinIcon.TRUCK,
                    () -> new DeliveryDialog(contracts, contract, today(), getLocale(), this::run).open()));
        }
        if (may.recordPayment()) {
            bar.add(button("contract-pay", "contract.recordPayment", VaadinIcon.MONEY,
                    () -> new PaymentDialog(contracts, contract, labels, today(), this::run).open()));
        }
        if (contract.signedCopyName() != null) {
            bar.add(signedCopyLink());
        }
        if (may.cancel()) {
            Button cancel = button("contract-cancel", "contract.cancel", VaadinIcon.BAN,
                    () -> new CancelContractDialog(contracts, contract, labels, this::run).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(cancel);
        }
        bar.setVisible(bar.getComponentCount() > 0);
        return bar;
    }

    private Button button(String id, String textKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(textKey), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    /**
     * Runs one service call of the page or a dialog: the contract it answers is shown; field errors go to the fields
     * given (else a notification); a stale version or a step already taken asks to reload.
     */
    private boolean run(Supplier<ContractDetails> call, Map<String, ? extends HasValidation> fields) {
        try {
            ContractDetails done = call.get();
            UiMessages.success(getTranslation("contract.saved", done.summary().label(), labels.status(done.status())));
            show(done);
            return true;
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, fields, this);
        } catch (ConflictException e) {
            if (ConflictException.STALE.equals(e.code())) {
                UiMessages.error(getTranslation("contract.stale"));
            } else {
                UiMessages.conflict(e, this);
            }
        } catch (OptimisticLockingFailureException e) {
            UiMessages.error(getTranslation("contract.stale"));
        } catch (AccessDeniedException e) {
            UiMessages.error(getTranslation("contract.notAllowed"));
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("contract.notFound"));
        }
        return false;
    }

    /** The signed copy as uploaded, read when the link is followed. */
    private Anchor signedCopyLink() {
        long id = contract.id();
        Anchor link = new Anchor((DownloadHandler) event -> {
            SignedCopy copy;
            try {
                copy = contracts.signedCopy(id);
            } catch (ConflictException | NotFoundException | AccessDeniedException refused) {
                event.getResponse().setStatus(refused instanceof ConflictException ? 409 : 404);
                event.getUI().access(() -> UiMessages.error(getTranslation("contract.notFound")));
                return;
            }
            event.setFileName(copy.fileName());
            event.setContentType(copy.contentType());
            event.setContentLength(copy.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(copy.content());
            }
        }, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("contract.downloadSignedCopy")));
        link.setId("contract-signed-copy");
        link.getElement().setAttribute("download", true);
        link.getStyle().set("align-self", "center");
        return link;
    }

    // ---- sections ----

    private Component totals() {
        Div panel = new Div();
        panel.setId("contract-totals");
        panel.getStyle().set("display", "grid").set("grid-template-columns", "auto auto")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("width", "fit-content");
        String currency = contract.summary().currency();
        total(panel, "net", "contract.net", labels.money(contract.net(), currency), false);
        total(panel, "tax", "contract.tax", labels.money(contract.tax(), currency), false);
        total(panel, "total", "contract.total", labels.money(contract.summary().total(), currency), true);
        total(panel, "outstanding", "contract.outstanding", labels.money(contract.summary().outstanding(), currency),
                false);
        return section("contract.totals", panel);
    }

    private void total(Div panel, String id, String labelKey, String value, boolean strong) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span amount = text("contract-total-" + id, value);
        amount.getStyle().set("text-align", "end");
        if (strong) {
            label.getStyle().set("font-weight", "600");
            amount.getStyle().set("font-weight", "600");
        }
        panel.add(label, amount);
    }

    private Component lines() {
        Grid<ContractLine> grid = grid("contract-lines");
        grid.addColumn(ContractLine::position).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(line -> line.productCode() + " · " + line.productName(getLocale()))
                .setHeader(getTranslation("contract.product")).setWidth("14rem").setFlexGrow(3);
        grid.addColumn(line -> ContractLabels.plain(line.quantity()) + " " + (line.unit() == null ? "" : line.unit()))
                .setHeader(getTranslation("contract.quantity")).setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> labels.amount(line.unitPrice())).setHeader(getTranslation("contract.unitPrice"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> percent(line.discountPercent())).setHeader(getTranslation("contract.discountPercent"))
                .setWidth("6rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> labels.amount(line.net())).setHeader(getTranslation("contract.lineNet"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> ContractLabels.plain(line.delivered())).setHeader(getTranslation("contract.delivered"))
                .setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> ContractLabels.plain(line.remaining())).setHeader(getTranslation("contract.remaining"))
                .setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setItems(contract.lines());
        return section("contract.lines", grid);
    }

    private static String percent(BigDecimal value) {
        return value == null ? "" : ContractLabels.plain(value) + " %";
    }

    private Component terms() {
        HorizontalLayout facts = new HorizontalLayout(
                fact("contract.paymentTermsDays", text("contract-payment-terms",
                        getTranslation("contract.paymentTermsValue", contract.paymentTermsDays()))));
        Span terms = text("contract-terms", contract.terms());
        terms.getStyle().set("white-space", "pre-line");
        facts.add(fact("contract.terms", terms));
        String deviations = contract.deviations() == null || contract.deviations().isEmpty()
                ? getTranslation("contract.deviations.none")
                : contract.deviations().stream().sorted().map(type -> labels.of("deviationType", type))
                        .collect(Collectors.joining(", "));
        facts.add(fact("contract.deviations", text("contract-deviations", deviations)));
        if (contract.deviationNote() != null && !contract.deviationNote().isBlank()) {
            facts.add(fact("contract.deviationNote", text("contract-deviation-note", contract.deviationNote())));
        }
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        facts.setWidthFull();
        return section("contract.termsSection", facts);
    }

    private Component credit() {
        HorizontalLayout facts = new HorizontalLayout(
                fact("contract.credit.decision", text("contract-credit-decision",
                        labels.of("creditDecision", contract.creditDecision()))));
        if (contract.prepaymentPercent() != null && contract.prepaymentPercent().signum() > 0) {
            facts.add(fact("contract.credit.prepayment", text("contract-credit-prepayment",
                    percent(contract.prepaymentPercent()))));
        }
        if (contract.creditReason() != null) {
            facts.add(fact("contract.credit.reason", text("contract-credit-reason", contract.creditReason())));
        }
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        return section("contract.credit", facts);
    }

    private Component plan() {
        String currency = contract.summary().currency();
        Grid<Instalment> grid = grid("contract-plan-grid");
        grid.addColumn(Instalment::seq).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(item -> labels.date(item.dueDate())).setHeader(getTranslation("contract.instalment.due"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(item -> labels.money(item.amount(), currency))
                .setHeader(getTranslation("contract.instalment.amount")).setFlexGrow(1)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(item -> labels.money(item.paid(), currency)).setHeader(getTranslation("contract.instalment.paid"))
                .setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(item -> labels.of("instalmentStatus", item.status()))
                .setHeader(getTranslation("contract.instalment.status")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(item -> item.prepayment() ? getTranslation("contract.instalment.prepayment") : "")
                .setHeader(getTranslation("contract.instalment.kind")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(item -> item.overdueDays() > 0 ? getTranslation("contract.instalment.overdueDays",
                item.overdueDays()) : "").setHeader(getTranslation("contract.instalment.overdue")).setWidth("8rem")
                .setFlexGrow(0);
        grid.setItems(contract.instalments());
        return section("contract.paymentPlan", grid);
    }

    private Component payments() {
        String currency = contract.summary().currency();
        Grid<Payment> grid = grid("contract-payments");
        grid.addColumn(payment -> labels.date(payment.receivedOn())).setHeader(getTranslation("contract.payment.receivedOn"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Payment::instalmentSeq).setHeader(getTranslation("contract.instalment")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(payment -> labels.money(payment.amount(), currency))
                .setHeader(getTranslation("contract.payment.amount")).setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Payment::reference).setHeader(getTranslation("contract.payment.reference")).setFlexGrow(1);
        grid.addColumn(Payment::note).setHeader(getTranslation("contract.note")).setFlexGrow(2);
        grid.addColumn(payment -> labels.person(payment.recordedBy()) + " · " + labels.dateTime(payment.recordedAt()))
                .setHeader(getTranslation("contract.recordedBy")).setFlexGrow(1);
        grid.setItems(contract.payments());
        return section("contract.payments", grid);
    }

    private Component order() {
        OrderView order = contract.order();
        HorizontalLayout facts = new HorizontalLayout(
                fact("contract.order.number", text("contract-order-number", order.number())),
                fact("contract.order.status", text("contract-order-status", labels.of("orderStatus", order.status()))),
                fact("contract.order.createdAt", text("contract-order-created", labels.dateTime(order.createdAt()))));
        if (order.deliveredAt() != null) {
            facts.add(fact("contract.order.deliveredAt", text("contract-order-delivered",
                    labels.dateTime(order.deliveredAt()))));
        }
        facts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        Grid<Delivery> grid = grid("contract-deliveries");
        grid.addColumn(delivery -> labels.date(delivery.deliveredOn()))
                .setHeader(getTranslation("contract.delivery.date")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(delivery -> delivery.lines().stream()
                .map(line -> "#" + line.position() + " × " + ContractLabels.plain(line.quantity()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("contract.delivery.lines")).setFlexGrow(2);
        grid.addColumn(Delivery::note).setHeader(getTranslation("contract.note")).setFlexGrow(2);
        grid.addColumn(delivery -> labels.person(delivery.recordedBy()) + " · "
                + labels.dateTime(delivery.recordedAt())).setHeader(getTranslation("contract.recordedBy"))
                .setFlexGrow(1);
        grid.setItems(order.deliveries());
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("contract.order")), facts, grid);
        box.setId("contract-order");
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    private Component trail() {
        Grid<ContractTrailEntry> grid = grid("contract-trail");
        grid.addColumn(entry -> labels.dateTime(entry.at())).setHeader(getTranslation("contract.trail.at"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(entry -> "v" + entry.versionNo()).setHeader(getTranslation("contract.trail.version"))
                .setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.actor() == null || "system".equals(entry.actor())
                ? getTranslation("contract.trail.system") : labels.person(entry.actor()))
                .setHeader(getTranslation("contract.trail.actor")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(entry -> labels.of("contractAction", entry.action()))
                .setHeader(getTranslation("contract.trail.action")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(entry -> labels.of("contractApprovalStep", entry.level()))
                .setHeader(getTranslation("contract.trail.level")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(ContractTrailEntry::comment).setHeader(getTranslation("contract.trail.comment")).setFlexGrow(2);
        grid.setItems(contract.trail());
        return section("contract.trail", grid);
    }

    private <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component section(String titleKey, Component content) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(titleKey)), content);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · Salesflow";
    }
}
