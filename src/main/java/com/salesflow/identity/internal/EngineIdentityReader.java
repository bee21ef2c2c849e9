package com.salesflow.identity.internal;

import com.salesflow.identity.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process engine may know of our users and groups. A sales organisation has tens to a few hundred
 * users, so engine queries load them all and filter in memory; that keeps one source of truth without a
 * second copy of the identity tables.
 */
@Component
class EngineIdentityReader {

    record EngineUser(String id, String displayName, String email, List<String> groups) {
    }

    record EngineGroup(String id, String name, String type) {
    }

    static final String ROLE_GROUP_TYPE = "WORKFLOW";
    static final String TEAM_GROUP_TYPE = "TEAM";

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    EngineIdentityReader(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EngineUser> users() {
        return users.findAllWithTeams().stream()
                .map(user -> new EngineUser(user.getUsername(), user.getDisplayName(), user.getEmail(),
                        UserDirectoryService.EngineGroups.of(user)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<EngineGroup> groups() {
        List<EngineGroup> groups = new ArrayList<>();
        for (String role : Roles.ALL) {
            groups.add(new EngineGroup(role, role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1),
                    ROLE_GROUP_TYPE));
        }
        for (Team team : teams.findAllWithSupervisor()) {
            groups.add(new EngineGroup(Roles.teamGroup(team.getCode()), team.getName(), TEAM_GROUP_TYPE));
        }
        return groups;
    }

    @Transactional(readOnly = true)
    public boolean checkPassword(String username, String password) {
        return username != null && password != null && users.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .filter(user -> !user.isLockedAt(clock.instant()))
                .map(user -> passwordEncoder.matches(password, user.getPasswordHash()))
                .orElse(false);
    }
}
