package com.salesflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserForm;
import com.salesflow.identity.UserSummary;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class LoginThrottlingIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccountRepository users;

    private UserSummary freshUser() {
        UserForm form = new UserForm();
        form.setUsername("throttle" + Long.toString(System.nanoTime(), 36));
        form.setDisplayName("Throttle test");
        form.setRoles(Set.of(Roles.SALES));
        form.setPassword("right-password");
        return directory.createUser(form);
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_for_the_right_password() {
        UserSummary user = freshUser();
        failLogins(user, 4);
        assertThat(directory.getUser(user.id()).lockedUntil()).isNull();

        assertThat(Http.basic(port, user.username(), "wrong").get("/api/me").statusCode()).isEqualTo(401);

        Instant lockedUntil = directory.getUser(user.id()).lockedUntil();
        assertThat(lockedUntil).isCloseTo(Instant.now().plus(15, ChronoUnit.MINUTES), within(5, ChronoUnit.SECONDS));
        assertThat(Http.basic(port, user.username(), "right-password").get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Http.anonymous(port).postForm("/login", "username=" + user.username() + "&password=right-password")
                .headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                        .endsWith("/login?locked"));
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void an_admin_unlocks_a_locked_account() {
        UserSummary user = freshUser();
        failLogins(user, 5);
        assertThat(Http.basic(port, user.username(), "right-password").get("/api/me").statusCode()).isEqualTo(401);

        directory.unlockUser(user.id());

        assertThat(Http.basic(port, user.username(), "right-password").get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void a_successful_login_resets_the_count_of_failures() {
        UserSummary user = freshUser();
        failLogins(user, 4);
        assertThat(Http.basic(port, user.username(), "right-password").get("/api/me").statusCode()).isEqualTo(200);
        failLogins(user, 4);

        assertThat(Http.basic(port, user.username(), "right-password").get("/api/me").statusCode()).isEqualTo(200);
    }

    private void failLogins(UserSummary user, int times) {
        for (int attempt = 1; attempt <= times; attempt++) {
            assertThat(Http.basic(port, user.username(), "wrong").get("/api/me").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void passwords_are_stored_as_salted_bcrypt_hashes() {
        UserAccount sales1 = users.findByUsername("sales1").orElseThrow();
        UserAccount sales2 = users.findByUsername("sales2").orElseThrow();

        assertThat(sales1.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain("demo");
        assertThat(sales1.getPasswordHash()).isNotEqualTo(sales2.getPasswordHash());
    }
}
