package com.salesflow.opportunity.ui;

import com.salesflow.customer.Customers;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.TeamSummary;
import com.salesflow.identity.UserDirectory;
import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityFilter;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.opportunity.PipelineStage;
import com.salesflow.opportunity.StageChange;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pipeline board (销售漏斗): a column per stage with its count, amount and weighted amount, and a card per
 * opportunity that can be dragged to another column (a move to LOST asks for the reason first). Won and lost ones
 * show for {@value #CLOSED_DAYS} days after closing. Above the board, the amounts per open stage as bars.
 */
@Route("pipeline")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
@Menu(order = 8.5, icon = "vaadin:grid-big", title = "nav.pipeline")
public class PipelineView extends VerticalLayout implements HasDynamicTitle {

    static final int CARDS_PER_COLUMN = 50;
    static final int CLOSED_DAYS = 30;
    private static final Sort BY_EXPECTED_CLOSE = Sort.by(Sort.Order.asc("expectedClose"), Sort.Order.asc("id"));
    private static final Sort RECENTLY_CLOSED = Sort.by(Sort.Order.desc("closedAt"), Sort.Order.desc("id"));

    private final Opportunities opportunities;
    private final Customers customers;
    private final OpportunityLabels labels;
    private final Clock clock;
    private final TextField text = new TextField();
    private final ComboBox<String> owner = new ComboBox<>();
    private ComboBox<TeamSummary> team;
    private final boolean withOwner;
    private final Span summary = new Span();
    private final VerticalLayout chart = new VerticalLayout();
    private final HorizontalLayout board = new HorizontalLayout();
    private final Map<OpportunityStage, VerticalLayout> cards = new EnumMap<>(OpportunityStage.class);
    private final Map<OpportunityStage, Span> totals = new EnumMap<>(OpportunityStage.class);

    PipelineView(Opportunities opportunities, Customers customers, CurrentUser currentUser, UserDirectory directory,
            Clock clock) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.clock = clock;
        this.labels = new OpportunityLabels(this, directory);
        this.withOwner = OpportunityLabels.seesOthers(currentUser);
        setId("pipeline-view");
        setSizeFull();
        add(header(), filters(withOwner ? OpportunityLabels.owners(currentUser, directory) : List.of(),
                withOwner ? OpportunityLabels.teams(currentUser, directory) : List.of()), chart, board());
        refresh();
    }

    private Component header() {
        H2 heading = new H2(getTranslation("nav.pipeline"));
        heading.setId("pipeline-heading");
        summary.setId("pipeline-summary");
        Button list = new Button(getTranslation("nav.opportunities"), VaadinIcon.LIST.create(),
                click -> UI.getCurrent().navigate(OpportunitiesView.class));
        list.setId("pipeline-list");
        list.getStyle().set("margin-left", "auto");
        Button create = new Button(getTranslation("opportunity.new"), VaadinIcon.PLUS.create(),
                click -> new NewOpportunityDialog(opportunities, customers, created -> refresh()).open());
        create.setId("pipeline-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(heading, summary, list, create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters(List<String> owners, List<TeamSummary> teams) {
        HorizontalLayout filters = new HorizontalLayout();
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        text.setId("pipeline-search");
        text.setLabel(getTranslation("opportunities.searchLabel"));
        text.setPlaceholder(getTranslation("opportunities.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("17em");
        text.addValueChangeListener(change -> refresh());
        filters.add(text);
        if (withOwner) {
            owner.setId("pipeline-owner");
            owner.setLabel(getTranslation("opportunity.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(labels::personWithLogin);
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("pipeline.everyone"));
            owner.setWidth("14em");
            owner.addValueChangeListener(change -> refresh());
            filters.add(owner);
        }
        team = OpportunityLabels.teamFilter(this, teams, "pipeline-team");
        team.addValueChangeListener(change -> refresh());
        filters.add(team);
        Span hint = new Span(getTranslation("pipeline.hint", CLOSED_DAYS));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        filters.add(hint);
        return filters;
    }

    private Component board() {
        board.setId("pipeline-board");
        board.setWidthFull();
        board.getStyle().set("overflow-x", "auto").set("align-items", "stretch").set("flex", "1 1 auto")
                .set("min-height", "20rem");
        for (OpportunityStage stage : OpportunityStage.values()) {
            board.add(column(stage));
        }
        return board;
    }

    private Component column(OpportunityStage stage) {
        H3 name = new H3(labels.stage(stage));
        name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
        Span total = new Span();
        total.setId("pipeline-total-" + stage.name());
        total.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        totals.put(stage, total);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.getStyle().set("gap", "var(--lumo-space-s)");
        cards.put(stage, list);

        VerticalLayout column = new VerticalLayout(name, total, list);
        column.setId("pipeline-column-" + stage.name());
        column.getElement().setAttribute("data-stage", stage.name());
        column.addClassName("pipeline-column");
        column.setWidth("15rem");
        column.setMinWidth("15rem");
        column.setPadding(true);
        column.setSpacing(false);
        column.getStyle().set("flex-shrink", "0").set("gap", "var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", stage == OpportunityStage.WON ? "var(--lumo-success-color-10pct)"
                        : stage == OpportunityStage.LOST ? "var(--lumo-error-color-10pct)"
                                : "var(--lumo-contrast-5pct)");
        DropTarget<VerticalLayout> target = DropTarget.create(column);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(drop -> drop.getDragData()
                .filter(OpportunitySummary.class::isInstance).map(OpportunitySummary.class::cast)
                .ifPresent(card -> dropped(card, stage)));
        return column;
    }

    private void refresh() {
        LocalDate today = LocalDate.now(clock);
        OpportunityFilter filter = new OpportunityFilter(blankToNull(text.getValue()), Set.of(),
                withOwner ? owner.getValue() : null, team.getValue() == null ? null : team.getValue().code(), null, null,
                null, false, today.minusDays(CLOSED_DAYS));
        List<PipelineStage> sums = opportunities.pipeline(filter);
        for (PipelineStage sum : sums) {
            OpportunityStage stage = sum.stage();
            totals.get(stage).setText(getTranslation("pipeline.columnTotal", sum.count(),
                    OpportunityLabels.shortMoney(getLocale(), sum.amount()),
                    OpportunityLabels.shortMoney(getLocale(), sum.weightedAmount())));
            VerticalLayout list = cards.get(stage);
            list.removeAll();
            List<OpportunitySummary> shown = opportunities.list(filter.withStages(Set.of(stage)),
                    PageRequest.of(0, CARDS_PER_COLUMN, stage.isClosed() ? RECENTLY_CLOSED : BY_EXPECTED_CLOSE))
                    .getContent();
            shown.forEach(opportunity -> list.add(card(opportunity, today)));
            if (sum.count() > shown.size()) {
                Button more = new Button(getTranslation("pipeline.more", sum.count() - shown.size()),
                        click -> UI.getCurrent().navigate(OpportunitiesView.class));
                more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                list.add(more);
            }
        }
        showChart(sums);
    }

    private Component card(OpportunitySummary opportunity, LocalDate today) {
        Span name = new Span(opportunity.name());
        name.getStyle().set("font-weight", "600");
        Span customer = new Span(opportunity.customerName() == null ? "" : opportunity.customerName());
        customer.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span money = new Span(OpportunityLabels.money(getLocale(), opportunity.amount(), opportunity.currency())
                + " · " + opportunity.probability() + " %");
        Component close = labels.expectedClose(opportunity, today);
        Span owner = new Span(VaadinIcon.USER.create(), new Span(labels.person(opportunity.owner())));
        owner.getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "inline-flex")
                .set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        owner.getChildren().findFirst().ifPresent(icon -> icon.getElement().getStyle().set("width", "0.9em"));

        Div card = new Div(name, customer, money, close, owner);
        card.setId("opportunity-card-" + opportunity.id());
        card.addClassName("opportunity-card");
        card.getElement().setAttribute("data-stage", opportunity.stage().name());
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("title", getTranslation("pipeline.cardHint"));
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "2px")
                .set("padding", "var(--lumo-space-s)").set("background", "var(--lumo-base-color)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("cursor", "grab").set("font-size", "var(--lumo-font-size-s)").set("width", "100%")
                .set("box-sizing", "border-box");
        card.addClickListener(click -> UI.getCurrent().navigate(OpportunityView.class,
                new RouteParameters("id", String.valueOf(opportunity.id()))));
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(opportunity);
        drag.setEffectAllowed(EffectAllowed.MOVE);
        return card;
    }

    private void dropped(OpportunitySummary card, OpportunityStage target) {
        if (card.stage() == target) {
            return;
        }
        if (target == OpportunityStage.LOST) {
            new LossReasonDialog(card.name(), (reason, note) -> move(card, target, reason, note), this::refresh)
                    .open();
        } else {
            move(card, target, null, null);
        }
    }

    private void move(OpportunitySummary card, OpportunityStage target, LossReason reason, String note) {
        try {
            OpportunitySummary moved = opportunities.moveTo(card.id(),
                    new StageChange(target, card.version(), reason, note));
            UiMessages.success(getTranslation("pipeline.moved", moved.name(), labels.stage(moved.stage())));
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        } catch (OptimisticLockingFailureException e) {
            UiMessages.error(getTranslation("error.conflict.stale"));
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, Map.of(), this);
        } catch (NotFoundException | AccessDeniedException e) {
            UiMessages.error(getTranslation("opportunity.notAllowed"));
        }
        refresh();
    }

    /**
     * The open amount per stage as horizontal bars (the full bar is the largest stage), with the weighted part
     * darker; the numbers are written next to each bar, so the chart does not rest on colour or length alone.
     */
    private void showChart(List<PipelineStage> sums) {
        chart.removeAll();
        chart.setId("pipeline-chart");
        chart.setPadding(false);
        chart.setSpacing(false);
        chart.setWidthFull();
        chart.getStyle().set("max-width", "48rem").set("gap", "2px");
        List<PipelineStage> open = sums.stream().filter(sum -> !sum.stage().isClosed()).toList();
        BigDecimal max = open.stream().map(PipelineStage::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal amount = open.stream().map(PipelineStage::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = open.stream().map(PipelineStage::weightedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        summary.setText(getTranslation("pipeline.summary", open.stream().mapToLong(PipelineStage::count).sum(),
                OpportunityLabels.shortMoney(getLocale(), amount), OpportunityLabels.shortMoney(getLocale(), weighted)));
        for (PipelineStage sum : open) {
            Span label = new Span(labels.stage(sum.stage()));
            label.setWidth("9rem");
            label.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)");
            Div bar = new Div();
            bar.getElement().setAttribute("aria-hidden", "true");
            bar.getStyle().set("flex", "1 1 auto").set("height", "0.9rem").set("position", "relative")
                    .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
            Div whole = new Div();
            whole.getStyle().set("position", "absolute").set("inset", "0 auto 0 0")
                    .set("width", percent(sum.amount(), max)).set("background", "var(--lumo-primary-color-50pct)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            Div part = new Div();
            part.getStyle().set("position", "absolute").set("inset", "0 auto 0 0")
                    .set("width", percent(sum.weightedAmount(), max)).set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            bar.add(whole, part);
            Span value = new Span(getTranslation("pipeline.chartValue",
                    OpportunityLabels.shortMoney(getLocale(), sum.amount()),
                    OpportunityLabels.shortMoney(getLocale(), sum.weightedAmount())));
            value.setWidth("12rem");
            value.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)")
                    .set("text-align", "end");
            HorizontalLayout row = new HorizontalLayout(label, bar, value);
            row.setId("pipeline-chart-" + sum.stage().name());
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            chart.add(row);
        }
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0%";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, java.math.RoundingMode.HALF_UP) + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pipeline") + " · Salesflow";
    }
}
