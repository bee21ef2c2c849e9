package com.salesflow.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Users, roles and teams. Administration calls need the {@code admins} role (checked on the server); every
 * change is validated and guarded by the record's version.
 */
public interface UserDirectory {

    Page<UserSummary> findUsers(UserFilter filter, Pageable pageable);

    long countUsers(UserFilter filter);

    UserSummary getUser(long id);

    Optional<UserSummary> findByUsername(String username);

    /**
     * Enabled users (locked-out ones included: a lock-out only stops logins) with at least one of the roles, by
     * display name. Open to every signed-in user, unlike {@link #findUsers}, for pickers such as a new owner's.
     */
    List<UserSummary> enabledUsersWithAnyRole(Set<String> roles);

    UserSummary createUser(UserForm form);

    UserSummary updateUser(long id, UserForm form);

    void unlockUser(long id);

    /** Remembers the language the signed-in user chose. */
    void changeMyLocale(Locale locale);

    List<TeamSummary> teams();

    TeamSummary getTeam(long id);

    Set<Long> teamMemberIds(long teamId);

    TeamSummary createTeam(TeamForm form);

    TeamSummary updateTeam(long id, TeamForm form);

    void deleteTeam(long id);

    /** Logins of the supervisors of every team the user belongs to (the user left out). */
    Set<String> supervisorsOf(String username);

    /** Logins of the members of every team the user supervises, the supervisor included; empty for others. */
    Set<String> teamMembersSupervisedBy(String username);

    /** Enabled members of a team with a role who are not away on {@code day}, by login. */
    List<String> availableMembers(String teamCode, String role, java.time.LocalDate day);

    /** Enabled members with a role of the teams a supervisor leads who are not away on {@code day}, by login. */
    List<String> availableMembersSupervisedBy(String supervisor, String role, java.time.LocalDate day);

    /** The enabled supervisor of a team, if it has one. */
    java.util.Optional<String> supervisorOfTeam(String teamCode);

    /**
     * Marks a user away up to and including {@code until} (null: present; a past day is refused with a field error).
     * Admins and the user's supervisors.
     */
    void setAbsentUntil(String username, java.time.LocalDate until);

    /**
     * The people whose absences the signed-in user records, by display name: for admins every enabled salesperson
     * and supervisor, for supervisors the members of their teams; empty for others.
     */
    List<UserSummary> absenceRoster();

    /** Enabled members of the user's team and its supervisor (the user left out): whom they may delegate to. */
    List<String> teammatesOf(String username);

    /** The engine groups of a user: its roles plus its team's group ({@link Roles#teamGroup(String)}). */
    List<String> engineGroupsOf(String username);
}
