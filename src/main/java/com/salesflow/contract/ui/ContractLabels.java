package com.salesflow.contract.ui;

import com.salesflow.contract.ContractStatus;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
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

/** How contract values look on screen: statuses, money, quantities, dates and people. */
final class ContractLabels extends ValueLabels {

    ContractLabels(Component context, Locale locale, UserDirectory directory) {
        super(context, locale, login -> directory.findByUsername(login).map(UserSummary::displayName));
    }

    String status(ContractStatus status) {
        return of("contractStatus", status);
    }

    /** The status as a badge with an icon and a word (not colour alone); {@code data-status} names it for tests. */
    Span statusBadge(ContractStatus status) {
        Icon icon = (switch (status) {
            case DRAFT -> VaadinIcon.PENCIL;
            case IN_APPROVAL -> VaadinIcon.HOURGLASS;
            case SENT_BACK -> VaadinIcon.ARROW_BACKWARD;
            case APPROVED -> VaadinIcon.CHECK;
            case SIGNED -> VaadinIcon.CHECK_CIRCLE;
            case FULFILLED -> VaadinIcon.FLAG_CHECKERED;
            case REJECTED -> VaadinIcon.CLOSE_CIRCLE;
            case CANCELLED -> VaadinIcon.BAN;
        }).create();
        icon.getStyle().set("padding", "var(--lumo-space-xs)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(status(status)));
        badge.addClassName("contract-status");
        badge.getElement().setAttribute("data-status", status.name());
        badge.getElement().getThemeList().add(switch (status) {
            case APPROVED, SIGNED, FULFILLED -> "badge success";
            case REJECTED -> "badge error";
            case IN_APPROVAL, SENT_BACK -> "badge";
            case DRAFT, CANCELLED -> "badge contrast";
        });
        return badge;
    }

    /** A quantity or percentage without trailing zeros: 3, 2.5; empty for null. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Whether the user looks at more people's contracts than their own (an owner filter makes sense). */
    static boolean seesOthers(CurrentUser currentUser) {
        return currentUser.hasRole(Roles.SUPERVISORS) || seesAll(currentUser);
    }

    private static boolean seesAll(CurrentUser currentUser) {
        return currentUser.hasRole(Roles.DIRECTORS) || currentUser.hasRole(Roles.ADMINS)
                || currentUser.hasRole(Roles.FINANCE) || currentUser.hasRole(Roles.LEGAL);
    }

    /** Whose contracts a supervisor (self and team) or someone who sees all (the sales organisation) may pick. */
    static List<String> owners(CurrentUser currentUser, UserDirectory directory) {
        Set<String> logins = new TreeSet<>();
        if (seesAll(currentUser)) {
            directory.enabledUsersWithAnyRole(Set.of(Roles.SALES, Roles.SUPERVISORS)).stream()
                    .map(UserSummary::username).forEach(logins::add);
        } else {
            String me = currentUser.requireUsername();
            logins.add(me);
            logins.addAll(directory.teamMembersSupervisedBy(me));
        }
        return List.copyOf(logins);
    }
}
