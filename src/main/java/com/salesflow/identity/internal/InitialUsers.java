package com.salesflow.identity.internal;

import com.salesflow.identity.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in. In the demo run: the demo users of CONTRACTS.md (password {@code demo}).
 * Otherwise there is no default password: the first administrator comes from {@code SALESFLOW_ADMIN_PASSWORD},
 * and start-up fails with a clear message when there is neither an administrator nor that setting.
 */
@Component
@Order(0)
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    static final String DEMO_PASSWORD = "demo";

    private record DemoUser(String username, String displayName, String role, String team) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Zhao Min 赵敏", Roles.ADMINS, null),
            new DemoUser("designer", "Sun Li 孙丽", Roles.DESIGNERS, null),
            new DemoUser("director", "Chen Jianguo 陈建国", Roles.DIRECTORS, null),
            new DemoUser("supervisor", "Liu Yang 刘洋", Roles.SUPERVISORS, "east"),
            new DemoUser("supervisor2", "Yang Xue 杨雪", Roles.SUPERVISORS, "west"),
            new DemoUser("sales1", "Wang Fang 王芳", Roles.SALES, "east"),
            new DemoUser("sales2", "Li Qiang 李强", Roles.SALES, "east"),
            new DemoUser("sales3", "Zhang Wei 张伟", Roles.SALES, "west"),
            new DemoUser("finance", "Huang Jing 黄静", Roles.FINANCE, null),
            new DemoUser("legal", "Zhou Tao 周涛", Roles.LEGAL, null),
            new DemoUser("service", "Wu Xia 吴霞", Roles.SERVICE, null));

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    InitialUsers(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${salesflow.demo.enabled:false}") boolean demo,
            @Value("${salesflow.admin.username:admin}") String adminUsername,
            @Value("${salesflow.admin.password:}") String adminPassword) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo) {
            createDemoUsers();
        } else if (users.countEnabledWithRole(Roles.ADMINS) == 0) {
            createFirstAdministrator();
        }
    }

    private void createDemoUsers() {
        Team east = teams.findByCode("east").orElseGet(() -> teams.save(new Team("east", "East China 华东")));
        Team west = teams.findByCode("west").orElseGet(() -> teams.save(new Team("west", "West China 华西")));
        int created = 0;
        for (DemoUser demoUser : DEMO_USERS) {
            if (users.existsByUsername(demoUser.username())) {
                continue;
            }
            UserAccount user = new UserAccount(demoUser.username(), demoUser.displayName(),
                    passwordEncoder.encode(DEMO_PASSWORD), clock.instant());
            user.setEmail(demoUser.username() + "@salesflow.example");
            user.setRoles(Set.of(demoUser.role()));
            if ("east".equals(demoUser.team())) {
                user.setTeam(east);
            } else if ("west".equals(demoUser.team())) {
                user.setTeam(west);
            }
            users.save(user);
            created++;
        }
        if (east.getSupervisor() == null) {
            east.setSupervisor(users.findByUsername("supervisor").orElseThrow());
        }
        if (west.getSupervisor() == null) {
            west.setSupervisor(users.findByUsername("supervisor2").orElseThrow());
        }
        if (created > 0) {
            log.info("Demo run: created {} demo users (password '{}'); set SALESFLOW_DEMO=false to start without them",
                    created, DEMO_PASSWORD);
        }
    }

    private void createFirstAdministrator() {
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("""
                    No administrator exists and no initial password is configured. \
                    Set the environment variable SALESFLOW_ADMIN_PASSWORD (at least %d characters) for the first start; \
                    the user '%s' is then created with the admins role.""".formatted(
                    UserDirectoryService.MIN_PASSWORD_LENGTH, adminUsername));
        }
        if (adminPassword.length() < UserDirectoryService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("SALESFLOW_ADMIN_PASSWORD needs at least "
                    + UserDirectoryService.MIN_PASSWORD_LENGTH + " characters.");
        }
        UserAccount admin = users.findByUsername(adminUsername).orElseGet(() -> new UserAccount(adminUsername,
                "Administrator", passwordEncoder.encode(adminPassword), clock.instant()));
        admin.setRoles(Set.of(Roles.ADMINS));
        admin.setEnabled(true);
        users.save(admin);
        log.info("Created the first administrator '{}' from SALESFLOW_ADMIN_PASSWORD", adminUsername);
    }
}
