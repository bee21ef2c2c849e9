package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserForm;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whom each role may give customers to, as the reassign picker lists it and the service enforces it. */
@IntegrationTest
class AssignableOwnersIT {

    @Autowired
    Customers customers;

    @Autowired
    UserDirectory directory;

    /** Runs the action signed in as the user, so that one test compares what several roles get. */
    private static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<String> assignableAs(String username, String role) {
        return as(username, role, () -> customers.assignableOwners().stream().map(UserSummary::username).toList());
    }

    private String eastSalesperson(String prefix, boolean enabled) {
        String username = prefix + Long.toString(System.nanoTime(), 36);
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("Test " + username);
        form.setRoles(Set.of(Roles.SALES));
        form.setPassword("s3cret-pass");
        form.setEnabled(enabled);
        as("admin", Roles.ADMINS, () -> {
            form.setTeamId(directory.teams().stream().filter(team -> team.code().equals("east")).findFirst()
                    .orElseThrow().id());
            return directory.createUser(form);
        });
        return username;
    }

    @Test
    void supervisors_choose_within_their_team_directors_and_admins_from_all_of_sales_others_from_nobody() {
        String active = eastSalesperson("east", true);
        String disabled = eastSalesperson("gone", false);

        List<String> east = assignableAs("supervisor", Roles.SUPERVISORS);
        List<String> west = assignableAs("supervisor2", Roles.SUPERVISORS);
        List<String> director = assignableAs("director", Roles.DIRECTORS);
        List<String> admin = assignableAs("admin", Roles.ADMINS);

        assertThat(east).contains("supervisor", "sales1", "sales2", active)
                .doesNotContain("sales3", "supervisor2", disabled, "director", "admin");
        assertThat(west).contains("supervisor2", "sales3")
                .doesNotContain("supervisor", "sales1", "sales2", active, disabled);
        assertThat(director).contains("supervisor", "supervisor2", "sales1", "sales2", "sales3", active)
                .doesNotContain(disabled, "director", "admin", "finance", "designer", "legal", "service");
        assertThat(admin).containsExactlyInAnyOrderElementsOf(director);
        assertThat(director).hasSizeGreaterThan(east.size()).hasSizeGreaterThan(west.size());
        assertThat(assignableAs("sales1", Roles.SALES)).isEmpty();
        assertThat(assignableAs("finance", Roles.FINANCE)).isEmpty();
        // The test user stays in the east team; away, it takes no leads from the lead tests' routing.
        as("admin", Roles.ADMINS, () -> {
            directory.setAbsentUntil(active, java.time.LocalDate.of(2999, 12, 31));
            return null;
        });
    }

    @Test
    void reassigning_to_someone_outside_the_list_is_refused_by_the_service() {
        String disabled = eastSalesperson("gone", false);
        CustomerForm form = new CustomerForm();
        form.setName("Assignable " + Long.toString(System.nanoTime(), 36));
        form.setOwner("sales1");
        long id = as("supervisor", Roles.SUPERVISORS, () -> customers.create(form)).id();

        assertThatThrownBy(() -> as("supervisor", Roles.SUPERVISORS,
                () -> customers.reassign(id, "sales3", "West takes over")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::code).containsExactly("owner.outsideTeam"));
        assertThatThrownBy(() -> as("director", Roles.DIRECTORS,
                () -> customers.reassign(id, disabled, "Left the company")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::code).containsExactly("owner.invalid"));

        CustomerDetails moved = as("director", Roles.DIRECTORS,
                () -> customers.reassign(id, "sales3", "West takes over"));

        assertThat(moved.owner()).isEqualTo("sales3");
    }
}
