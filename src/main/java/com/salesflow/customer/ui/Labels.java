package com.salesflow.customer.ui;

import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.Grade;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How customer values look on screen: translated enum names, badges, dates and the overdue mark. */
final class Labels {

    private Labels() {
    }

    /** {@code prefix.NAME}, e.g. {@code grade.KEY}; empty for null. */
    static String of(Component context, String prefix, Enum<?> value) {
        return value == null ? "" : context.getTranslation(prefix + "." + value.name());
    }

    static Span gradeBadge(Component context, Grade grade) {
        Span badge = new Span(of(context, "grade", grade));
        if (grade != null) {
            badge.getElement().getThemeList().add(switch (grade) {
                case KEY -> "badge success primary";
                case POTENTIAL -> "badge";
                case ORDINARY -> "badge contrast";
                case RISK -> "badge error";
            });
        }
        return badge;
    }

    static String date(Locale locale, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(Locale locale, Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** The next follow-up date; when it has passed, a warning icon and the error colour (not colour alone). */
    static Component nextFollowUp(Component context, LocalDate next, LocalDate today) {
        Span text = new Span(date(UI.getCurrent().getLocale(), next));
        if (next == null || !next.isBefore(today)) {
            return text;
        }
        Icon warning = VaadinIcon.EXCLAMATION_CIRCLE.create();
        warning.setSize("var(--lumo-icon-size-s)");
        Span overdue = new Span(warning, text);
        overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "inline-flex")
                .set("align-items", "center").set("gap", "var(--lumo-space-xs)").set("font-weight", "600");
        overdue.getElement().setAttribute("title", context.getTranslation("customers.overdue"));
        overdue.getElement().setAttribute("aria-label",
                context.getTranslation("customers.overdue") + " " + text.getText());
        overdue.addClassName("overdue");
        return overdue;
    }

    static VaadinIcon channelIcon(ContactChannel channel) {
        if (channel == null) {
            return VaadinIcon.QUESTION_CIRCLE_O;
        }
        return switch (channel) {
            case CALL -> VaadinIcon.PHONE;
            case VISIT -> VaadinIcon.CAR;
            case EMAIL -> VaadinIcon.ENVELOPE;
            case MEETING -> VaadinIcon.GROUP;
            case WECHAT -> VaadinIcon.COMMENTS;
            case SMS -> VaadinIcon.COMMENT_ELLIPSIS;
            case OTHER -> VaadinIcon.ELLIPSIS_DOTS_H;
        };
    }
}
