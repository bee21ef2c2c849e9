package com.salesflow.identity.internal;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.TeamForm;
import com.salesflow.identity.TeamSummary;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserFilter;
import com.salesflow.identity.UserForm;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.Validation;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class UserDirectoryService implements UserDirectory {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,59}");
    private static final Pattern TEAM_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserDirectoryService(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder,
            @Lazy CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('admins')")
    public Page<UserSummary> findUsers(UserFilter filter, Pageable pageable) {
        return users.findAll(matching(filter), pageable).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('admins')")
    public long countUsers(UserFilter filter) {
        return users.count(matching(filter));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('admins')")
    public UserSummary getUser(long id) {
        return summary(user(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserSummary> enabledUsersWithAnyRole(Set<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return users.findEnabledWithAnyRole(roles).stream().map(this::summary).toList();
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    public UserSummary createUser(UserForm form) {
        List<FieldError> errors = validate(form, true);
        String username = normalize(form.getUsername()).toLowerCase(Locale.ROOT);
        if (errors.isEmpty() && users.existsByUsername(username)) {
            errors.add(new FieldError("username", "username.taken", "This login is already taken."));
        }
        InvalidInputException.throwIfAny(errors);
        UserAccount user = new UserAccount(username, normalize(form.getDisplayName()),
                passwordEncoder.encode(form.getPassword()), clock.instant());
        apply(form, user);
        return summary(users.save(user));
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    public UserSummary updateUser(long id, UserForm form) {
        UserAccount user = user(id);
        requireVersion(form.getVersion(), user.getVersion());
        List<FieldError> errors = validate(form, false);
        boolean staysAdmin = form.isEnabled() && form.getRoles().contains(Roles.ADMINS);
        if (user.isEnabled() && user.getRoles().contains(Roles.ADMINS) && !staysAdmin
                && users.countEnabledWithRole(Roles.ADMINS) <= 1) {
            errors.add(new FieldError("roles", "roles.lastAdmin", "The last active administrator cannot lose the admins role."));
        }
        InvalidInputException.throwIfAny(errors);
        apply(form, user);
        if (!form.getPassword().isBlank()) {
            user.setPasswordHash(passwordEncoder.encode(form.getPassword()));
            user.unlock();
        }
        return summary(users.saveAndFlush(user));
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    public void unlockUser(long id) {
        user(id).unlock();
    }

    @Override
    public void changeMyLocale(Locale locale) {
        UserAccount user = users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new NotFoundException("No such user"));
        user.setLocale(locale.toLanguageTag());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return teams.findAllWithSupervisor().stream().map(this::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TeamSummary getTeam(long id) {
        return summary(team(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> teamMemberIds(long teamId) {
        return users.findByTeamId(teamId).stream().map(UserAccount::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    public TeamSummary createTeam(TeamForm form) {
        List<FieldError> errors = validate(form);
        String code = normalize(form.getCode()).toLowerCase(Locale.ROOT);
        if (!TEAM_CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "team.code.format", "Use 2 to 40 lower-case letters, digits or dashes."));
        } else if (teams.existsByCode(code)) {
            errors.add(new FieldError("code", "team.code.taken", "This team code is already taken."));
        }
        InvalidInputException.throwIfAny(errors);
        Team team = teams.save(new Team(code, normalize(form.getName())));
        apply(form, team);
        return summary(team);
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    public TeamSummary updateTeam(long id, TeamForm form) {
        Team team = team(id);
        requireVersion(form.getVersion(), team.getVersion());
        InvalidInputException.throwIfAny(validate(form));
        team.setName(normalize(form.getName()));
        apply(form, team);
        teams.flush();
        return summary(team);
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    public void deleteTeam(long id) {
        Team team = team(id);
        users.findByTeamId(id).forEach(member -> member.setTeam(null));
        teams.delete(team);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> teamMembersSupervisedBy(String username) {
        Set<String> members = new LinkedHashSet<>();
        if (users.supervisesATeam(username)) {
            members.add(username);
            members.addAll(users.findMemberUsernamesSupervisedBy(username));
        }
        return members;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> supervisorsOf(String username) {
        return new LinkedHashSet<>(users.findSupervisorUsernamesOf(username));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> availableMembers(String teamCode, String role, java.time.LocalDate day) {
        return users.findAvailableMembers(teamCode, role, day);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> availableMembersSupervisedBy(String supervisor, String role, java.time.LocalDate day) {
        return users.findAvailableMembersSupervisedBy(supervisor, role, day);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<String> supervisorOfTeam(String teamCode) {
        return users.findSupervisorOfTeam(teamCode).stream().findFirst();
    }

    @Override
    public void setAbsentUntil(String username, java.time.LocalDate until) {
        String me = currentUser.requireUsername();
        if (!currentUser.hasRole(Roles.ADMINS) && !supervisorsOf(username).contains(me)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only admins and the user's supervisors record absences.");
        }
        if (until != null && until.isBefore(java.time.LocalDate.now(clock))) {
            throw InvalidInputException.of("absentUntil", "absence.past", "An absence ends today or later.");
        }
        if (users.setAbsentUntil(username, until) == 0) {
            throw new com.salesflow.shared.NotFoundException("No user " + username);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserSummary> absenceRoster() {
        String me = currentUser.requireUsername();
        Set<String> sales = Set.of(Roles.SALES, Roles.SUPERVISORS);
        if (currentUser.hasRole(Roles.ADMINS)) {
            return enabledUsersWithAnyRole(sales);
        }
        Set<String> members = teamMembersSupervisedBy(me);
        return enabledUsersWithAnyRole(sales).stream()
                .filter(user -> members.contains(user.username()) && !user.username().equals(me)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> teammatesOf(String username) {
        return users.findTeammateUsernamesOf(username);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> engineGroupsOf(String username) {
        return users.findByUsername(username).map(EngineGroups::of).orElse(List.of());
    }

    private void apply(UserForm form, UserAccount user) {
        user.setDisplayName(normalize(form.getDisplayName()));
        user.setEmail(form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().trim());
        user.setRoles(form.getRoles());
        user.setEnabled(form.isEnabled());
        user.setTeam(form.getTeamId() == null ? null : team(form.getTeamId()));
    }

    private void apply(TeamForm form, Team team) {
        team.setSupervisor(form.getSupervisorId() == null ? null : user(form.getSupervisorId()));
        for (UserAccount member : users.findByTeamId(team.getId())) {
            if (!form.getMemberIds().contains(member.getId())) {
                member.setTeam(null);
            }
        }
        for (Long memberId : form.getMemberIds()) {
            user(memberId).setTeam(team);
        }
    }

    private List<FieldError> validate(UserForm form, boolean isNew) {
        List<FieldError> errors = new ArrayList<>();
        if (isNew && !USERNAME.matcher(normalize(form.getUsername()).toLowerCase(Locale.ROOT)).matches()) {
            errors.add(new FieldError("username", "username.format",
                    "Use 2 to 60 characters: a letter first, then letters, digits, dot, dash or underscore."));
        }
        String displayName = normalize(form.getDisplayName());
        if (displayName.isEmpty() || displayName.length() > 120) {
            errors.add(new FieldError("displayName", "name.required", "A name of 1 to 120 characters is required."));
        }
        String email = normalize(form.getEmail());
        if (!email.isEmpty() && !Validation.isEmail(email)) {
            errors.add(new FieldError("email", "email.format", "This is not a valid e-mail address."));
        }
        if (form.getRoles().isEmpty()) {
            errors.add(new FieldError("roles", "roles.required", "Choose at least one role."));
        } else if (!Roles.ALL.containsAll(form.getRoles())) {
            errors.add(new FieldError("roles", "roles.unknown", "Unknown role."));
        }
        if (form.getTeamId() != null && !teams.existsById(form.getTeamId())) {
            errors.add(new FieldError("teamId", "team.unknown", "No such team."));
        }
        String password = form.getPassword() == null ? "" : form.getPassword();
        if ((isNew || !password.isEmpty()) && password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "password.short",
                    "The password needs at least " + MIN_PASSWORD_LENGTH + " characters."));
        }
        return errors;
    }

    private List<FieldError> validate(TeamForm form) {
        List<FieldError> errors = new ArrayList<>();
        String name = normalize(form.getName());
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new FieldError("name", "name.required", "A name of 1 to 120 characters is required."));
        }
        if (form.getSupervisorId() != null) {
            Optional<UserAccount> supervisor = users.findById(form.getSupervisorId());
            if (supervisor.isEmpty() || !supervisor.get().getRoles().contains(Roles.SUPERVISORS)) {
                errors.add(new FieldError("supervisorId", "team.supervisor.role", "The supervisor must have the supervisors role."));
            }
        }
        for (Long memberId : form.getMemberIds()) {
            if (!users.existsById(memberId)) {
                errors.add(new FieldError("memberIds", "user.unknown", "No such user: " + memberId));
            }
        }
        return errors;
    }


    private static void requireVersion(Long expected, long actual) {
        ConflictException.requireVersion(expected, actual,
                "Someone else changed this record meanwhile; reload and try again.");
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip();
    }

    private UserAccount user(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("No user with id " + id));
    }

    private Team team(long id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("No team with id " + id));
    }

    private Specification<UserAccount> matching(UserFilter filter) {
        Instant now = clock.instant();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), like),
                        cb.like(cb.lower(root.get("displayName")), like),
                        cb.like(cb.lower(root.get("email")), like)));
            }
            if (filter.role() != null && !filter.role().isBlank()) {
                predicates.add(cb.isMember(filter.role(), root.<Set<String>>get("roles")));
            }
            if (filter.teamId() != null) {
                predicates.add(cb.equal(root.get("team").get("id"), filter.teamId()));
            }
            if (filter.status() != null) {
                switch (filter.status()) {
                    case DISABLED -> predicates.add(cb.isFalse(root.get("enabled")));
                    case LOCKED -> predicates.add(cb.greaterThan(root.get("lockedUntil"), now));
                    case ACTIVE -> predicates.add(cb.and(cb.isTrue(root.get("enabled")),
                            cb.or(cb.isNull(root.get("lockedUntil")), cb.lessThanOrEqualTo(root.get("lockedUntil"), now))));
                }
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private UserSummary summary(UserAccount user) {
        Team team = user.getTeam();
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                Set.copyOf(user.getRoles()), team == null ? null : team.getId(), team == null ? null : team.getCode(),
                team == null ? null : team.getName(), user.isEnabled(), user.getLockedUntil(), user.getLastLoginAt(),
                user.getLocale(), user.getAbsentUntil(), user.getVersion());
    }

    private TeamSummary summary(Team team) {
        UserAccount supervisor = team.getSupervisor();
        List<String> members = users.findByTeamId(team.getId()).stream().map(UserAccount::getUsername).sorted()
                .toList();
        return new TeamSummary(team.getId(), team.getCode(), team.getName(),
                supervisor == null ? null : supervisor.getId(), supervisor == null ? null : supervisor.getUsername(),
                supervisor == null ? null : supervisor.getDisplayName(), members, team.getVersion());
    }

    /** Kept beside the directory so that Spring Security and the engine compute groups the same way. */
    static final class EngineGroups {

        private EngineGroups() {
        }

        static List<String> of(UserAccount user) {
            List<String> groups = new ArrayList<>(user.getRoles());
            if (user.getTeam() != null) {
                groups.add(Roles.teamGroup(user.getTeam().getCode()));
            }
            return groups.stream().filter(Objects::nonNull).sorted().toList();
        }
    }
}
