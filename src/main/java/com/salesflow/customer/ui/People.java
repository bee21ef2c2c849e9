package com.salesflow.customer.ui;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserFilter;
import com.salesflow.identity.UserSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;

/**
 * Names of users for one screen, and the logins the signed-in user may choose as owner. The directory lists all
 * users only to admins; supervisors get their team; anyone else types a login and the server checks it.
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
        return names.computeIfAbsent(username, login -> directory.findByUsername(login)
                .map(user -> user.displayName() + " (" + login + ")").orElse(login));
    }

    /** The display name alone, for grids; the login for someone the directory does not know. */
    String displayName(String username) {
        String name = name(username);
        int login = name.lastIndexOf(" (");
        return login > 0 ? name.substring(0, login) : name;
    }

    List<String> ownerCandidates() {
        Set<String> logins = new TreeSet<>();
        String me = currentUser.username().orElse(null);
        if (me != null && (currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS))) {
            logins.add(me);
        }
        if (me != null && currentUser.hasRole(Roles.SUPERVISORS)) {
            logins.addAll(directory.teamMembersSupervisedBy(me));
        }
        if (currentUser.hasRole(Roles.ADMINS)) {
            for (String role : List.of(Roles.SALES, Roles.SUPERVISORS)) {
                directory.findUsers(new UserFilter(null, role, null, UserFilter.Status.ACTIVE), PageRequest.of(0, 500))
                        .map(UserSummary::username).forEach(logins::add);
            }
        }
        return List.copyOf(logins);
    }

    boolean mayReassign() {
        return currentUser.hasRole(Roles.SUPERVISORS) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS);
    }

    boolean mayClaim() {
        return currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS);
    }
}
