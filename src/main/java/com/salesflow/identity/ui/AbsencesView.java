package com.salesflow.identity.ui;

import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who is away: supervisors record their team members' absences, admins everyone's. Lead routing and the late-lead
 * reassignment skip people who are away (up to and including the day shown).
 */
@Route("absences")
@RolesAllowed({Roles.SUPERVISORS, Roles.ADMINS})
@Menu(order = 12, icon = "vaadin:calendar-user", title = "nav.absences")
public class AbsencesView extends VerticalLayout implements HasDynamicTitle {

    private final UserDirectory directory;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox awayOnly = new Checkbox();
    private final Span total = new Span();

    AbsencesView(UserDirectory directory) {
        this.directory = directory;
        setId("absences-view");
        setSizeFull();
        H2 heading = new H2(getTranslation("nav.absences"));
        total.setId("absences-total");
        HorizontalLayout header = new HorizontalLayout(heading, total);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        search.setId("absences-search");
        search.setPlaceholder(getTranslation("absences.search"));
        search.setAriaLabel(getTranslation("absences.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("19em");
        search.addValueChangeListener(change -> refresh());
        awayOnly.setId("absences-away-only");
        awayOnly.setLabel(getTranslation("absences.awayOnly"));
        awayOnly.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, awayOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("absences-grid");
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.displayName")).setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setSortable(true);
        grid.addColumn(user -> user.teamName() == null ? "" : user.teamName()).setHeader(getTranslation("users.team"))
                .setSortable(true);
        grid.addComponentColumn(this::presence).setHeader(getTranslation("absences.presence"))
                .setComparator(user -> user.absentUntil() == null ? LocalDate.MIN : user.absentUntil())
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();
        add(header, new Paragraph(getTranslation("absences.explain")), filters, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        List<UserSummary> shown = directory.absenceRoster().stream()
                .filter(user -> text.isEmpty() || matches(user, text))
                .filter(user -> !awayOnly.getValue() || isAway(user, today))
                .toList();
        grid.setItems(shown);
        total.setText(getTranslation("list.total", shown.size()));
    }

    private static boolean matches(UserSummary user, String text) {
        return user.username().toLowerCase(Locale.ROOT).contains(text)
                || (user.displayName() != null && user.displayName().toLowerCase(Locale.ROOT).contains(text))
                || (user.teamName() != null && user.teamName().toLowerCase(Locale.ROOT).contains(text));
    }

    private static boolean isAway(UserSummary user, LocalDate today) {
        return user.absentUntil() != null && !user.absentUntil().isBefore(today);
    }

    /** A word and an icon, not colour alone. */
    private Component presence(UserSummary user) {
        boolean away = isAway(user, LocalDate.now());
        Icon icon = (away ? VaadinIcon.AIRPLANE : VaadinIcon.CHECK).create();
        icon.getStyle().set("padding", "var(--lumo-space-xs)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(away
                ? getTranslation("absences.awayUntil", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale()).format(user.absentUntil()))
                : getTranslation("absences.present")));
        badge.getElement().getThemeList().add(away ? "badge contrast" : "badge success");
        badge.addClassName("presence");
        return badge;
    }

    private Component actions(UserSummary user) {
        Button away = new Button(getTranslation("absences.markAway"), VaadinIcon.CALENDAR.create(),
                click -> openAwayDialog(user));
        away.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        away.setId("away-" + user.username());
        HorizontalLayout actions = new HorizontalLayout(away);
        if (isAway(user, LocalDate.now())) {
            Button back = new Button(getTranslation("absences.back"), VaadinIcon.SIGN_IN.create(),
                    click -> save(user, null, null));
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            back.setId("back-" + user.username());
            actions.add(back);
        }
        return actions;
    }

    private void openAwayDialog(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("absences.dialogTitle", user.displayName()));
        DatePicker until = new DatePicker(getTranslation("absences.until"));
        until.setId("absent-until");
        until.setLocale(getLocale());
        until.setRequired(true);
        until.setMin(LocalDate.now());
        until.setValue(user.absentUntil() != null && !user.absentUntil().isBefore(LocalDate.now())
                ? user.absentUntil() : LocalDate.now());
        until.setHelperText(getTranslation("absences.untilHelp"));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (until.getValue() == null) {
                until.setInvalid(true);
                until.setErrorMessage(getTranslation("absences.untilRequired"));
                return;
            }
            if (save(user, until.getValue(), until)) {
                dialog.close();
            }
        });
        save.setId("save-absence");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(until);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** @return whether the absence was recorded; a refused day is shown on the field */
    private boolean save(UserSummary user, LocalDate until, DatePicker field) {
        try {
            directory.setAbsentUntil(user.username(), until);
        } catch (InvalidInputException refused) {
            UiMessages.showFieldErrors(refused, field == null ? Map.of() : Map.of("absentUntil", field), this);
            return false;
        }
        UiMessages.success(until == null ? getTranslation("absences.backSaved", user.displayName())
                : getTranslation("absences.awaySaved", user.displayName()));
        refresh();
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.absences") + " · Salesflow";
    }
}
