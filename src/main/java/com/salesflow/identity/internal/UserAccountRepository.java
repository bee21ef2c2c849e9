package com.salesflow.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    @EntityGraph(attributePaths = {"team", "roles"})
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = {"team", "roles"})
    List<UserAccount> findByTeamId(Long teamId);

    @Query("select u from UserAccount u left join fetch u.team order by u.username")
    List<UserAccount> findAllWithTeams();

    @EntityGraph(attributePaths = {"team", "roles"})
    @Query("""
            select distinct u from UserAccount u join u.roles r where r in :roles and u.enabled = true
            order by u.displayName, u.username""")
    List<UserAccount> findEnabledWithAnyRole(Collection<String> roles);

    // Usernames only: these run inside process transactions (task assignment), where loading entities would grow the
    // persistence context with every task started in the same transaction.

    @Query("""
            select s.username from UserAccount u join u.team t join t.supervisor s
            where u.username = :username and s.username <> :username""")
    List<String> findSupervisorUsernamesOf(String username);

    @Query("select u.username from UserAccount u join u.team t join t.supervisor s where s.username = :supervisor")
    List<String> findMemberUsernamesSupervisedBy(String supervisor);

    @Query("select count(t) > 0 from Team t where t.supervisor.username = :username")
    boolean supervisesATeam(String username);

    @Query("""
            select other.username from UserAccount me join me.team t, UserAccount other
            where me.username = :username and other.username <> :username and other.enabled = true
            and (other.team = t or other = t.supervisor)
            order by other.username""")
    List<String> findTeammateUsernamesOf(String username);

    @Query("""
            select u.username from UserAccount u join u.team t join u.roles r
            where t.code = :teamCode and r = :role and u.enabled = true
            and (u.absentUntil is null or u.absentUntil < :day) order by u.username""")
    List<String> findAvailableMembers(String teamCode, String role, java.time.LocalDate day);

    @Query("""
            select u.username from UserAccount u join u.team t join t.supervisor s join u.roles r
            where s.username = :supervisor and r = :role and u.enabled = true
            and (u.absentUntil is null or u.absentUntil < :day) order by u.username""")
    List<String> findAvailableMembersSupervisedBy(String supervisor, String role, java.time.LocalDate day);

    @Query("select t.supervisor.username from Team t where t.code = :teamCode and t.supervisor.enabled = true")
    List<String> findSupervisorOfTeam(String teamCode);

    @Modifying
    @Query("update UserAccount u set u.absentUntil = :until where u.username = :username")
    int setAbsentUntil(String username, java.time.LocalDate until);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(String role);

    // Login bookkeeping is written with update statements: it must not bump the version that guards an
    // administrator's edit, nor fail when two requests of the same user log in at once.

    @Modifying
    @Query("""
            update UserAccount u set u.failedLogins = u.failedLogins + 1
            where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)""")
    int countFailedLogin(String username, Instant now);

    @Modifying
    @Query("""
            update UserAccount u set u.lockedUntil = :until, u.failedLogins = 0
            where u.username = :username and u.failedLogins >= :maxFailures""")
    int lockIfTooManyFailures(String username, int maxFailures, Instant until);

    @Modifying
    @Query("""
            update UserAccount u set u.failedLogins = 0, u.lockedUntil = null, u.lastLoginAt = :now
            where u.username = :username and (u.failedLogins > 0 or u.lockedUntil is not null
                or u.lastLoginAt is null or u.lastLoginAt < :notBefore)""")
    int recordSuccessfulLogin(String username, Instant now, Instant notBefore);
}
