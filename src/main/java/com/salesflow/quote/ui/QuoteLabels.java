package com.salesflow.quote.ui;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.quote.QuoteStatus;
import com.salesflow.shared.ui.ValueLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** How quote values look on screen: statuses, money, percentages, dates and people. */
final class QuoteLabels extends ValueLabels {

    /** The languages a quote is written in, as the service names them. */
    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    QuoteLabels(Component context, Locale locale, UserDirectory directory) {
        super(context, locale, login -> directory.findByUsername(login).map(UserSummary::displayName));
    }

    String status(QuoteStatus status) {
        return of("quoteStatus", status);
    }

    /** The status as a badge with an icon and a word (not colour alone); {@code data-status} names it for tests. */
    Span statusBadge(QuoteStatus status) {
        Icon icon = (switch (status) {
            case DRAFT -> VaadinIcon.PENCIL;
            case PENDING_APPROVAL -> VaadinIcon.HOURGLASS;
            case CHANGES_REQUESTED -> VaadinIcon.ARROW_BACKWARD;
            case DECLINED, REJECTED -> VaadinIcon.CLOSE_CIRCLE;
            case APPROVED, ACCEPTED -> VaadinIcon.CHECK_CIRCLE;
            case SENT -> VaadinIcon.PAPERPLANE;
            case EXPIRED -> VaadinIcon.HOURGLASS_END;
            case WITHDRAWN -> VaadinIcon.BAN;
            case SUPERSEDED -> VaadinIcon.COPY;
        }).create();
        icon.getStyle().set("padding", "var(--lumo-space-xs)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(status(status)));
        badge.addClassName("quote-status");
        badge.getElement().setAttribute("data-status", status.name());
        badge.getElement().getThemeList().add(switch (status) {
            case APPROVED, ACCEPTED -> "badge success";
            case DECLINED, REJECTED -> "badge error";
            case PENDING_APPROVAL, CHANGES_REQUESTED, SENT -> "badge";
            case DRAFT, EXPIRED, WITHDRAWN, SUPERSEDED -> "badge contrast";
        });
        return badge;
    }

    /** A percentage as people write it: 25 %, 12.5 %; empty for null. */
    static String percent(BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** A quantity without trailing zeros: 3, 2.5. */
    static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    String language(String language) {
        return language == null ? "" : context().getTranslation("quote.language." + language);
    }

    /** Whether the user looks at more people's quotes than their own (an owner filter makes sense). */
    static boolean seesOthers(CurrentUser currentUser) {
        return currentUser.hasRole(Roles.SUPERVISORS) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS);
    }

    /** Whose quotes a supervisor (self and team) or a director or admin (the sales organisation) may pick. */
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
