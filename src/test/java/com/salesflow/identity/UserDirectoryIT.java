package com.salesflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class UserDirectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;

    @Autowired
    IdentityService identityService;

    static UserForm newUser(String username, String... roles) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("Test " + username);
        form.setEmail(username + "@example.com");
        form.setRoles(Set.of(roles));
        form.setPassword("s3cret-pass");
        return form;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void an_admin_creates_a_user_who_can_then_log_in_and_is_known_to_the_engine() {
        String username = unique("new");
        UserForm form = newUser(username, Roles.SALES);
        form.setTeamId(directory.teams().stream().filter(team -> team.code().equals("west")).findFirst()
                .orElseThrow().id());

        UserSummary created = directory.createUser(form);

        assertThat(created.roles()).containsExactly(Roles.SALES);
        assertThat(created.teamCode()).isEqualTo("west");
        assertThat(Http.basic(port, username, "s3cret-pass").get("/api/me").statusCode()).isEqualTo(200);
        User engineUser = identityService.createUserQuery().userId(username).singleResult();
        assertThat(engineUser.getFirstName()).isEqualTo("Test " + username);
        assertThat(identityService.createGroupQuery().groupMember(username).list()).extracting(Group::getId)
                .containsExactlyInAnyOrder(Roles.SALES, "team-west");
        assertThat(identityService.createUserQuery().memberOfGroup("team-west").list()).extracting(User::getId)
                .contains(username, "sales3");
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void bad_input_names_every_wrong_field_and_saves_nothing() {
        UserForm form = newUser("9 bad name");
        form.setDisplayName(" ");
        form.setEmail("not-an-email");
        form.setPassword("short");

        assertThatThrownBy(() -> directory.createUser(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("username", "displayName", "email", "roles", "password"));
        assertThat(directory.findByUsername("9 bad name")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void a_login_cannot_be_taken_twice() {
        assertThatThrownBy(() -> directory.createUser(newUser("sales1", Roles.SALES)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::code)
                                .containsExactly("username.taken"));
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void an_edit_based_on_a_stale_version_is_refused_and_changes_nothing() {
        UserSummary user = directory.createUser(newUser(unique("stale"), Roles.SERVICE));
        UserForm first = UserForm.of(user);
        UserForm second = UserForm.of(user);
        first.setDisplayName("First edit");
        directory.updateUser(user.id(), first);

        second.setDisplayName("Second edit");
        assertThatThrownBy(() -> directory.updateUser(user.id(), second)).isInstanceOf(ConflictException.class);
        assertThat(directory.getUser(user.id()).displayName()).isEqualTo("First edit");
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void the_last_active_administrator_keeps_the_admins_role() {
        UserSummary admin = directory.findByUsername("admin").orElseThrow();
        long otherAdmins = directory.countUsers(new UserFilter(null, Roles.ADMINS, null, UserFilter.Status.ACTIVE));
        UserForm form = UserForm.of(admin);
        form.setRoles(Set.of(Roles.DIRECTORS));

        if (otherAdmins == 1) {
            assertThatThrownBy(() -> directory.updateUser(admin.id(), form))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::code)
                                    .containsExactly("roles.lastAdmin"));
        }
        assertThat(directory.findByUsername("admin").orElseThrow().roles()).contains(Roles.ADMINS);
    }

    @Test
    @WithMockUser(username = "sales1", roles = Roles.SALES)
    void only_admins_manage_users() {
        assertThatThrownBy(() -> directory.createUser(newUser(unique("x"), Roles.SALES)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.findUsers(UserFilter.any(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void the_user_list_filters_by_text_role_team_and_status() {
        long eastTeam = directory.teams().stream().filter(team -> team.code().equals("east")).findFirst()
                .orElseThrow().id();

        assertThat(directory.findUsers(new UserFilter("WANG", null, null, null), PageRequest.of(0, 10)))
                .extracting(UserSummary::username).contains("sales1").doesNotContain("sales2");
        assertThat(directory.findUsers(new UserFilter(null, Roles.SUPERVISORS, null, null), PageRequest.of(0, 10)))
                .extracting(UserSummary::username).contains("supervisor", "supervisor2").doesNotContain("sales1");
        assertThat(directory.findUsers(new UserFilter(null, null, eastTeam, null), PageRequest.of(0, 10)))
                .extracting(UserSummary::username).contains("sales1", "sales2", "supervisor")
                .doesNotContain("sales3");
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMINS)
    void a_team_supervisor_must_be_a_supervisor_and_members_move_with_the_team() {
        long salesId = directory.findByUsername("sales1").orElseThrow().id();
        TeamForm bad = new TeamForm();
        bad.setCode(unique("t"));
        bad.setName("North");
        bad.setSupervisorId(salesId);
        assertThatThrownBy(() -> directory.createTeam(bad)).isInstanceOf(InvalidInputException.class);

        UserSummary member = directory.createUser(newUser(unique("member"), Roles.SALES));
        TeamForm good = new TeamForm();
        good.setCode(unique("north-"));
        good.setName("North China 华北");
        good.setSupervisorId(directory.findByUsername("supervisor2").orElseThrow().id());
        good.setMemberIds(Set.of(member.id()));
        TeamSummary team = directory.createTeam(good);

        assertThat(team.members()).containsExactly(member.username());
        assertThat(identityService.createGroupQuery().groupMember(member.username()).list())
                .extracting(Group::getId).contains("team-" + team.code());
        directory.deleteTeam(team.id());
        assertThat(directory.getUser(member.id()).teamId()).isNull();
    }

    @Test
    @WithMockUser(username = "supervisor", roles = Roles.SUPERVISORS)
    void a_supervisor_records_absences_of_their_team_only_and_routing_skips_the_absent() {
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(directory.absenceRoster()).extracting(UserSummary::username).contains("sales1", "sales2")
                .doesNotContain("sales3", "supervisor");
        assertThatThrownBy(() -> directory.setAbsentUntil("sales3", today))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.setAbsentUntil("sales2", today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("absentUntil"));
        assertThat(directory.availableMembers("east", Roles.SALES, today)).contains("sales2");
        try {
            directory.setAbsentUntil("sales2", today.plusDays(1));

            assertThat(directory.availableMembers("east", Roles.SALES, today)).doesNotContain("sales2");
            assertThat(directory.availableMembers("east", Roles.SALES, today.plusDays(2))).contains("sales2");
            assertThat(directory.absenceRoster()).filteredOn(user -> user.username().equals("sales2"))
                    .extracting(UserSummary::absentUntil).containsExactly(today.plusDays(1));
        } finally {
            directory.setAbsentUntil("sales2", null);
        }
        assertThat(directory.availableMembers("east", Roles.SALES, today)).contains("sales2");
    }
}
