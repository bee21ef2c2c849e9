package com.salesflow.lead.ui;

import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.lead.LeadRating;
import com.salesflow.lead.LeadSla;
import com.salesflow.lead.LeadSummary;
import com.salesflow.lead.LeadStatus;
import com.salesflow.shared.ui.BrowserZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How lead values look on screen: translated enum names, the rating and status badges, dates (in the browser's zone) and people's names. */
final class LeadLabels {

    private final Component context;
    private final UserDirectory directory;
    private final Map<String, String> names = new HashMap<>();

    LeadLabels(Component context, UserDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    /** {@code prefix.NAME}, e.g. {@code leadStatus.QUALIFIED}; empty for null. */
    String of(String prefix, Enum<?> value) {
        return value == null ? "" : context.getTranslation(prefix + "." + value.name());
    }

    /** The rating with an icon and its word, so that it does not rest on colour alone. */
    Span ratingBadge(LeadRating rating) {
        if (rating == null) {
            return new Span();
        }
        Icon icon = switch (rating) {
            case HOT -> VaadinIcon.FIRE.create();
            case WARM -> VaadinIcon.SUN_O.create();
            case COLD -> VaadinIcon.CLOUD_O.create();
        };
        icon.getStyle().set("padding", "var(--lumo-space-xs)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(of("leadRating", rating));
        Span badge = new Span(icon, text);
        badge.addClassName("lead-rating");
        badge.getElement().getThemeList().add(switch (rating) {
            case HOT -> "badge error";
            case WARM -> "badge";
            case COLD -> "badge contrast";
        });
        return badge;
    }

    /**
     * When the first contact is due, with an icon and a word for due soon and overdue (not colour alone), and a
     * mark when the supervisor was called in. Empty for leads that are not being qualified.
     */
    Span slaBadge(LeadSummary lead) {
        Span badge = new Span();
        if (lead.sla() == null) {
            return badge;
        }
        badge.addClassName("lead-sla");
        badge.getElement().setAttribute("data-sla", lead.sla().name());
        if (lead.sla() != LeadSla.ON_TIME) {
            Icon icon = (lead.sla() == LeadSla.OVERDUE ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.CLOCK).create();
            icon.getStyle().set("padding", "var(--lumo-space-xs)");
            icon.getElement().setAttribute("aria-hidden", "true");
            badge.add(icon);
        }
        badge.add(new Span(of("leadSla", lead.sla())));
        badge.getElement().setAttribute("title", context.getTranslation("lead.contactDue") + ": "
                + dateTime(com.vaadin.flow.component.UI.getCurrent().getLocale(), lead.contactDue())
                + (lead.escalatedAt() == null ? "" : " · " + context.getTranslation("lead.escalated")));
        if (lead.escalatedAt() != null) {
            Icon escalated = VaadinIcon.ARROW_UP.create();
            escalated.getStyle().set("padding", "var(--lumo-space-xs)");
            escalated.getElement().setAttribute("aria-label", context.getTranslation("lead.escalated"));
            badge.add(escalated);
        }
        badge.getElement().getThemeList().add(switch (lead.sla()) {
            case OVERDUE -> "badge error";
            case DUE_SOON -> "badge warning";
            case ON_TIME -> "badge success";
        });
        return badge;
    }

    Span statusBadge(LeadStatus status) {
        Span badge = new Span(of("leadStatus", status));
        badge.addClassName("lead-status");
        if (status != null) {
            badge.getElement().getThemeList().add(switch (status) {
                case QUALIFYING, NURTURE -> "badge";
                case QUALIFIED -> "badge success";
                case REJECTED -> "badge error";
                case MERGED -> "badge contrast";
            });
        }
        return badge;
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

    static String date(Locale locale, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(Locale locale, Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(BrowserZone.current()).format(instant);
    }
}
