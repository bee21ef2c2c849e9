package com.salesflow.customer.internal;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which customers the signed-in user may see (DOMAIN.md §1): everything for directors, finance, legal, service
 * and admins; their teams' customers and the pool for supervisors; their own and the pool for salespeople;
 * nothing for anyone else.
 */
@Component
class DataScope {

    /**
     * @param owners the owners whose customers the user sees, and for a supervisor the people they may give
     *               customers to (their teams); with {@code all} only the latter
     */
    record Scope(String username, boolean all, Set<String> owners, boolean pool, boolean supervisor) {

        boolean covers(String owner) {
            return all || (owner == null ? pool : owners.contains(owner));
        }
    }

    private static final Set<String> SEE_ALL = Set.of(Roles.ADMINS, Roles.DIRECTORS, Roles.FINANCE, Roles.LEGAL,
            Roles.SERVICE);

    private final CurrentUser currentUser;
    private final UserDirectory directory;

    DataScope(CurrentUser currentUser, UserDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    Scope current() {
        String username = currentUser.requireUsername();
        Set<String> roles = currentUser.roles();
        if (roles.stream().anyMatch(SEE_ALL::contains)) {
            // A supervisor who also sees everything (say, finance) still gives customers only to their teams.
            boolean supervisor = roles.contains(Roles.SUPERVISORS);
            return new Scope(username, true, supervisor ? directory.teamMembersSupervisedBy(username) : Set.of(), true,
                    supervisor);
        }
        if (roles.contains(Roles.SUPERVISORS)) {
            return new Scope(username, false, directory.teamMembersSupervisedBy(username), true, true);
        }
        if (roles.contains(Roles.SALES)) {
            return new Scope(username, false, Set.of(username), true, false);
        }
        return new Scope(username, false, Set.of(), false, false);
    }

    boolean mayOwnCustomers() {
        return currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS);
    }

    /** Credit rating, limit and payment terms are finance's (DOMAIN.md §1). */
    boolean mayEditCredit() {
        return currentUser.hasRole(Roles.FINANCE) || currentUser.hasRole(Roles.ADMINS);
    }

    boolean mayAssignToAnyone() {
        return currentUser.hasRole(Roles.ADMINS) || currentUser.hasRole(Roles.DIRECTORS);
    }
}
