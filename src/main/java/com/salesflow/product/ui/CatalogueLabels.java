package com.salesflow.product.ui;

import com.salesflow.product.PriceListStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How catalogue values look on screen: money, tax rates, dates, badges with an icon and a word (not colour alone). */
final class CatalogueLabels {

    private final Component context;
    private final Locale locale;

    CatalogueLabels(Component context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    /** Two decimals with the locale's grouping, e.g. 168,000.00. */
    String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** 0.13 as "13%"; 0.065 as "6.5%". */
    static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** How far a price lies below (negative: above) the list price, e.g. "−12%"; empty when there is no list price. */
    static String difference(BigDecimal unitPrice, BigDecimal listPrice) {
        if (unitPrice == null || listPrice == null || listPrice.signum() == 0) {
            return "";
        }
        BigDecimal change = unitPrice.subtract(listPrice).movePointRight(2).divide(listPrice, 1, RoundingMode.HALF_UP);
        return change.signum() == 0 ? "0%" : (change.signum() > 0 ? "+" : "−")
                + change.abs().stripTrailingZeros().toPlainString() + "%";
    }

    String date(LocalDate date) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    Span activeBadge(boolean active) {
        return badge(active ? VaadinIcon.CHECK : VaadinIcon.BAN, context.getTranslation(active ? "products.active"
                : "products.inactive"), active ? "badge success" : "badge contrast");
    }

    Span statusBadge(PriceListStatus status) {
        Span badge = badge(switch (status) {
            case VALID -> VaadinIcon.CHECK;
            case NOT_YET_VALID -> VaadinIcon.CALENDAR_CLOCK;
            case EXPIRED -> VaadinIcon.HOURGLASS_END;
            case INACTIVE -> VaadinIcon.BAN;
        }, context.getTranslation("priceListStatus." + status.name()), switch (status) {
            case VALID -> "badge success";
            case NOT_YET_VALID -> "badge";
            case EXPIRED -> "badge error";
            case INACTIVE -> "badge contrast";
        });
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    private static Span badge(VaadinIcon icon, String text, String theme) {
        Icon mark = icon.create();
        mark.getStyle().set("padding", "var(--lumo-space-xs)");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(mark, new Span(text));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** An icon button with the action's name as tooltip and for screen readers. */
    Button action(VaadinIcon icon, String key, Runnable run) {
        Button button = new Button(icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(context.getTranslation(key));
        button.setTooltipText(context.getTranslation(key));
        return button;
    }
}
