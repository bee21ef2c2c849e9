package com.salesflow.opportunity.ui;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.TeamSummary;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.shared.ui.BrowserZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** How opportunity values look on screen: stages, reasons, money, dates, people and the overdue mark. */
final class OpportunityLabels {

    private final Component context;
    private final UserDirectory directory;
    private final Map<String, String> names = new HashMap<>();

    OpportunityLabels(Component context, UserDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    /** {@code prefix.NAME}, e.g. {@code opportunityStage.WON}; empty for null. */
    String of(String prefix, Enum<?> value) {
        return value == null ? "" : context.getTranslation(prefix + "." + value.name());
    }

    String stage(OpportunityStage stage) {
        return of("opportunityStage", stage);
    }

    Span stageBadge(OpportunityStage stage) {
        Span badge = new Span(stage(stage));
        badge.addClassName("opportunity-stage");
        badge.getElement().getThemeList().add(switch (stage) {
            case WON -> "badge success";
            case LOST -> "badge error";
            case NEGOTIATION, PROPOSAL -> "badge";
            case QUALIFICATION, NEEDS_ANALYSIS -> "badge contrast";
        });
        return badge;
    }

    /** The amount with its currency, in the user's number format; empty when unknown. */
    static String money(Locale locale, BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    /** A short amount for column totals and cards: 1.2M, 350K (万 in Chinese). */
    static String shortMoney(Locale locale, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        double value = amount.doubleValue();
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return value >= 100_000_000 ? format.format(value / 100_000_000) + "亿"
                    : value >= 10_000 ? format.format(value / 10_000) + "万" : format.format(value);
        }
        return value >= 1_000_000 ? format.format(value / 1_000_000) + "M"
                : value >= 1_000 ? format.format(value / 1_000) + "K" : format.format(value);
    }

    static String date(Locale locale, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(Locale locale, Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(BrowserZone.current()).format(instant);
    }

    /**
     * The expected close; for an open opportunity whose date has passed, an icon and the word "overdue" as well
     * (not colour alone).
     */
    Component expectedClose(OpportunitySummary opportunity, LocalDate today) {
        Span text = new Span(date(com.vaadin.flow.component.UI.getCurrent().getLocale(), opportunity.expectedClose()));
        if (!opportunity.isOverdue(today)) {
            return text;
        }
        Icon warning = VaadinIcon.EXCLAMATION_CIRCLE.create();
        warning.setSize("var(--lumo-icon-size-s)");
        warning.getElement().setAttribute("aria-hidden", "true");
        Span word = new Span(context.getTranslation("opportunity.overdue"));
        Span overdue = new Span(warning, text, word);
        overdue.addClassName("opportunity-overdue");
        overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "inline-flex")
                .set("align-items", "center").set("gap", "var(--lumo-space-xs)").set("font-weight", "600");
        return overdue;
    }

    /** The display name alone; the login for someone the directory does not know; empty for null. */
    String person(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username,
                login -> directory.findByUsername(login).map(UserSummary::displayName).orElse(login));
    }

    /** "Name (login)", where display names need not be unique (owner choices). */
    String personWithLogin(String username) {
        String name = person(username);
        return name.equals(username) ? username : name + " (" + username + ")";
    }

    /** Whether the user looks at more people's opportunities than their own (an owner filter makes sense). */
    static boolean seesOthers(CurrentUser currentUser) {
        return currentUser.hasRole(Roles.SUPERVISORS) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS);
    }

    /** The teams a director or admin (all) or a supervisor (their own) may filter by. */
    static List<TeamSummary> teams(CurrentUser currentUser, UserDirectory directory) {
        boolean all = currentUser.hasRole(Roles.DIRECTORS) || currentUser.hasRole(Roles.ADMINS);
        String me = currentUser.requireUsername();
        return directory.teams().stream().filter(team -> all || me.equals(team.supervisorUsername())).toList();
    }

    /** A team filter for those who see more than one team; hidden for the others. */
    static ComboBox<TeamSummary> teamFilter(Component context, List<TeamSummary> teams, String id) {
        ComboBox<TeamSummary> team = new ComboBox<>(context.getTranslation("opportunity.team"));
        team.setId(id);
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        team.setPlaceholder(context.getTranslation("filter.any"));
        team.setWidth("10em");
        team.setVisible(teams.size() > 1);
        return team;
    }

    /** Whose opportunities a supervisor (self and team) or a director or admin (the sales organisation) may pick. */
    static List<String> owners(CurrentUser currentUser, UserDirectory directory) {
        Set<String> logins = new TreeSet<>();
        String me = currentUser.requireUsername();
        if (currentUser.hasRole(Roles.DIRECTORS) || currentUser.hasRole(Roles.ADMINS)) {
            directory.enabledUsersWithAnyRole(Set.of(Roles.SALES, Roles.SUPERVISORS)).stream()
                    .map(UserSummary::username).forEach(logins::add);
        } else {
            logins.add(me);
            logins.addAll(directory.teamMembersSupervisedBy(me));
        }
        return List.copyOf(logins);
    }
}
