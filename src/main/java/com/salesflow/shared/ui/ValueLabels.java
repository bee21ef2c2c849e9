package com.salesflow.shared.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How values look on screen in one view: enum labels from the bundles, money, dates and people's names. A feature's
 * labels extend it with their statuses.
 */
public class ValueLabels {

    private final Component context;
    private final Locale locale;
    private final Function<String, Optional<String>> displayNames;
    private final Map<String, String> names = new HashMap<>();

    /** @param displayNames a login's display name, empty for someone the directory does not know */
    protected ValueLabels(Component context, Locale locale, Function<String, Optional<String>> displayNames) {
        this.context = context;
        this.locale = locale;
        this.displayNames = displayNames;
    }

    protected Component context() {
        return context;
    }

    /** {@code prefix.NAME}, e.g. {@code quoteStatus.APPROVED}; empty for null. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? "" : context.getTranslation(prefix + "." + value.name());
    }

    /** Two decimals with the locale's grouping, e.g. 168,000.00; empty for null. */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** The amount with its currency: CNY 168,000.00. */
    public String money(BigDecimal amount, String currency) {
        return amount == null ? "" : (currency == null ? "" : currency + " ") + amount(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(BrowserZone.current()).format(instant);
    }

    /** The display name alone; the login for someone the directory does not know; empty for null. */
    public String person(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username, login -> displayNames.apply(login).orElse(login));
    }

    /** "Name (login)", where display names need not be unique (owner choices). */
    public String personWithLogin(String username) {
        String name = person(username);
        return name.equals(username) ? username : name + " (" + username + ")";
    }
}
