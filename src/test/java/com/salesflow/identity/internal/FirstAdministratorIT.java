package com.salesflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.SalesflowApplication;
import com.salesflow.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Outside the demo run there is no default password (CONTRACTS.md). Each case starts its own application on an
 * empty database, so it does not share the cached test context.
 */
class FirstAdministratorIT {

    // Each application context installs its own Vaadin-aware strategy in Spring Security's static holder; the
    // shared test context must get its own back, or later tests in this JVM see nobody signed in.
    private static SecurityContextHolderStrategy sharedContextStrategy;

    @BeforeAll
    static void rememberSecurityContextStrategy() {
        sharedContextStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
    }

    /** Command-line arguments, so that they win over application.yml and the test profile. */
    private static ConfigurableApplicationContext startWithoutDemo(String database, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--camunda.bpm.job-execution.enabled=false",
                // A second engine in this JVM must not replace the shared test context's "default" engine.
                "--camunda.bpm.process-engine-name=" + database.replaceAll("[^a-z]", ""),
                "--salesflow.demo.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(SalesflowApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void without_demo_data_and_without_an_initial_password_start_up_stops_with_a_clear_message() {
        assertThatThrownBy(() -> startWithoutDemo("no-admin-" + System.nanoTime(), "--salesflow.admin.password="))
                .hasStackTraceContaining("SALESFLOW_ADMIN_PASSWORD");
    }

    @Test
    void the_first_administrator_is_created_from_the_configured_password_and_no_demo_user_exists() {
        try (ConfigurableApplicationContext context = startWithoutDemo("first-admin-" + System.nanoTime(),
                "--salesflow.admin.username=boss", "--salesflow.admin.password=first-admin-pass")) {
            UserAccountRepository users = context.getBean(UserAccountRepository.class);

            UserAccount boss = users.findByUsername("boss").orElseThrow();
            assertThat(boss.getRoles()).containsExactly(Roles.ADMINS);
            assertThat(context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                    .matches("first-admin-pass", boss.getPasswordHash())).isTrue();
            assertThat(users.count()).isEqualTo(1);
            assertThat(users.findByUsername("sales1")).isEmpty();
        }
    }
}
