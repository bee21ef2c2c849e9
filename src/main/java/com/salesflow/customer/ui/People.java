package com.salesflow.customer.ui;

import com.salesflow.customer.Customers;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of users for one screen, and the logins the signed-in user may choose as owner: the customer service says
 * whom they may give customers to; the server checks again on save.
 */
final class People {

    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final Map<String, String> names = new HashMap<>();

    People(UserDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** "Name (login)", or the login alone for someone the directory does not know; empty for null. */
    String name(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username,
                login -> directory.findByUsername(login).map(People::name).orElse(login));
    }

    /** "Name (login)": display names need not be unique. */
    static String name(UserSummary user) {
        return user.displayName() + " (" + user.username() + ")";
    }

    /** The display name alone, for grids; the login for someone the directory does not know. */
    String displayName(String username) {
        String name = name(username);
        int login = name.lastIndexOf(" (");
        return login > 0 ? name.substring(0, login) : name;
    }

    /**
     * Logins for owner fields and filters: the user if they own customers, whom they may give customers to, and
     * for a supervisor also disabled team members, whose customers they may look for.
     */
    List<String> ownerCandidates(Customers customers) {
        Set<String> logins = new TreeSet<>();
        String me = currentUser.username().orElse(null);
        if (me != null && mayClaim()) {
            logins.add(me);
        }
        if (me != null && currentUser.hasRole(Roles.SUPERVISORS)) {
            logins.addAll(directory.teamMembersSupervisedBy(me));
        }
        for (UserSummary user : customers.assignableOwners()) {
            logins.add(user.username());
            names.putIfAbsent(user.username(), name(user));
        }
        return List.copyOf(logins);
    }

    boolean mayReassign() {
        return currentUser.hasRole(Roles.SUPERVISORS) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS);
    }

    /** Finance and admins set the credit; the server checks again. */
    boolean mayEditCredit() {
        return currentUser.hasRole(Roles.FINANCE) || currentUser.hasRole(Roles.ADMINS);
    }

    boolean mayClaim() {
        return currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS);
    }
}
