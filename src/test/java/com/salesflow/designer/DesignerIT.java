package com.salesflow.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.IntegrationTest;
import com.salesflow.workflow.Decisions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The designer's loop with the real engine and database: drafts with stale saves refused, validation before deploy
 * with nothing deployed on a refusal, deploy and rollback as new versions that new instances and evaluations follow,
 * the audit of who did what, element diffs, migration of running instances as a batch (with an instance that cannot
 * move reported), and what-if replays counted against a seeded decision history. Each test works on its own files,
 * so that the shared engine's other models stay as they are.
 */
@IntegrationTest
class DesignerIT {

    @Autowired
    Designer designer;

    @Autowired
    Decisions decisions;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signInAsDesigner() {
        signIn("designer");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String token() {
        return Long.toString(System.nanoTime(), 36);
    }

    @Test
    void only_designers_and_admins_work_on_models() {
        signIn("sales1");
        assertThatThrownBy(() -> designer.models()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> designer.deploy(new DeployRequest("x.dmn", TestModels.levelTable("x", "1"), "c", 0)))
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin");
        assertThat(designer.models()).isNotEmpty();
    }

    @Test
    void the_list_shows_the_repository_models_with_versions_and_running_instances() {
        List<ModelSummary> models = designer.models();

        ModelSummary quoteApproval = models.stream().filter(m -> m.fileName().equals("quote-approval.bpmn"))
                .findFirst().orElseThrow();
        assertThat(quoteApproval.kind()).isEqualTo(ModelKind.BPMN);
        assertThat(quoteApproval.key()).isEqualTo("quote-approval");
        assertThat(quoteApproval.deployedVersion()).isGreaterThanOrEqualTo(1);
        assertThat(quoteApproval.runningInstances()).as("the demo quotes wait for approval").isPositive();
        assertThat(models).extracting(ModelSummary::fileName)
                .contains("quote-approval-level.dmn", "lead-qualification.bpmn", "approve-quote.form");
        ModelSummary form = models.stream().filter(m -> m.fileName().equals("approve-quote.form")).findFirst()
                .orElseThrow();
        assertThat(form.kind()).isEqualTo(ModelKind.FORM);
        assertThat(form.key()).isEqualTo("approve-quote");

        ModelDetails opened = designer.open("quote-approval.bpmn");
        assertThat(opened.deployedContent()).contains("id=\"quote-approval\"");
        assertThat(opened.versions()).isNotEmpty();
        assertThat(opened.versions().get(0).runningInstances()).isPositive();
    }

    @Test
    void drafts_are_numbered_and_a_stale_save_is_refused_instead_of_overwriting() {
        String file = "draft-" + token() + ".dmn";
        ModelDraft first = designer.saveDraft(new SaveDraft(file, TestModels.levelTable("d", "1"), null));
        ModelDraft second = designer.saveDraft(new SaveDraft(file, TestModels.levelTable("d", "2"), first.draftNo()));

        assertThat(first.draftNo()).isEqualTo(1);
        assertThat(second.draftNo()).isEqualTo(2);
        assertThat(second.author()).isEqualTo("designer");
        assertThatThrownBy(() -> designer.saveDraft(new SaveDraft(file, TestModels.levelTable("d", "3"), first.draftNo())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Draft 2");
        assertThat(designer.drafts(file)).extracting(ModelDraft::draftNo).containsExactly(2, 1);
        assertThat(designer.open(file).workingContent()).contains("&gt; 2");
        assertThat(designer.models()).anySatisfy(m -> {
            assertThat(m.fileName()).isEqualTo(file);
            assertThat(m.deployedVersion()).isZero();
            assertThat(m.draftNo()).isEqualTo(2);
        });
        assertThatThrownBy(() -> designer.saveDraft(new SaveDraft(file,
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>", 2)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).code())
                        .isEqualTo("model.doctype"));
    }

    @Test
    void a_model_that_may_not_run_is_refused_with_its_element_and_nothing_is_deployed() {
        String key = "refused-" + token();
        String file = key + ".bpmn";
        String scripted = TestModels.twoStepProcess(key, "second").replace(
                "<bpmn:userTask id=\"first\" name=\"First step\" camunda:candidateGroups=\"sales\"/>",
                "<bpmn:scriptTask id=\"first\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>");

        assertThat(designer.validate(file, scripted)).extracting(ModelProblem::elementId, ModelProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("first", "model.script"));
        assertThatThrownBy(() -> designer.deploy(new DeployRequest(file, scripted, "try", 0)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("content#first")));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

        assertThatThrownBy(() -> designer.deploy(new DeployRequest(file, TestModels.twoStepProcess(key, "second"), " ", 0)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("comment"));
        assertThat(designer.validate("quote-approval.bpmn", TestModels.twoStepProcess(key, "second")))
                .extracting(ModelProblem::code).contains("model.keyChanged");
        assertThat(designer.validate(file, TestModels.twoStepProcess("quote-approval", "second")))
                .extracting(ModelProblem::code).contains("model.keyTaken");
    }

    @Test
    void deploy_makes_a_version_that_new_decisions_follow_and_rollback_deploys_the_old_one_again() {
        String key = "level-" + token();
        String file = key + ".dmn";
        Deployed v1 = designer.deploy(new DeployRequest(file, TestModels.levelTable(key, "1000"), "First table", 0));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(level(key, 1500)).isEqualTo("HIGH");

        assertThat(designer.diff(file, TestModels.levelTable(key, "2000"))).singleElement().satisfies(change -> {
            assertThat(change.elementId()).isEqualTo("rule-high-amount");
            assertThat(change.kind()).isEqualTo(ElementChange.Kind.CHANGED);
            assertThat(change.details()).containsExactly("text: \"> 1000\" → \"> 2000\"");
        });
        assertThatThrownBy(() -> designer.deploy(new DeployRequest(file, TestModels.levelTable(key, "2000"), "stale", 0)))
                .isInstanceOf(ConflictException.class);
        Deployed v2 = designer.deploy(new DeployRequest(file, TestModels.levelTable(key, "2000"), "Raise the bar", 1));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(level(key, 1500)).as("new evaluations use version 2").isEqualTo("LOW");
        assertThatThrownBy(() -> designer.deploy(new DeployRequest(file, TestModels.levelTable(key, "2000"), "again", 2)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).code())
                        .isEqualTo("model.unchanged"));

        Deployed v3 = designer.rollback(file, 1, "Too strict");
        assertThat(v3.version()).isEqualTo(3);
        assertThat(level(key, 1500)).isEqualTo("HIGH");
        List<ModelVersion> versions = designer.open(file).versions();
        assertThat(versions).extracting(ModelVersion::version, ModelVersion::action, ModelVersion::comment,
                        ModelVersion::deployedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "ROLLBACK", "Too strict", "designer"),
                        org.assertj.core.groups.Tuple.tuple(2, "DEPLOY", "Raise the bar", "designer"),
                        org.assertj.core.groups.Tuple.tuple(1, "DEPLOY", "First table", "designer"));
        assertThat(designer.deployedContent(file, 3)).isEqualTo(designer.deployedContent(file, 1));
    }

    private String level(String key, double amount) {
        return decisions.evaluateLatest(key, Map.of("amount", amount)).getSingleResult().getEntry("level");
    }

    @Test
    void what_if_counts_the_past_decisions_a_changed_table_would_decide_otherwise() {
        String key = "whatif-" + token();
        designer.deploy(new DeployRequest(key + ".dmn", TestModels.levelTable(key, "1000"), "Seeded", 0));
        double[] amounts = {500, 999, 1000.5, 1200, 1500, 1999, 2000, 2500, 3000, 800};
        for (double amount : amounts) {
            level(key, amount);
        }

        WhatIf whatIf = designer.whatIf(key, TestModels.levelTable(key, "2000"), 30, null);

        // HIGH above 1000 before, above 2000 after: 1000.5, 1200, 1500, 1999 and 2000 turn LOW.
        assertThat(whatIf.replayed()).isEqualTo(amounts.length);
        assertThat(whatIf.output()).isEqualTo("level");
        assertThat(whatIf.changed()).isEqualTo(5);
        assertThat(whatIf.skipped()).isZero();
        assertThat(whatIf.shifts()).singleElement().satisfies(shift -> {
            assertThat(shift.before()).isEqualTo("HIGH");
            assertThat(shift.after()).isEqualTo("LOW");
            assertThat(shift.count()).isEqualTo(5);
        });
        assertThat(whatIf.examples()).hasSize(5)
                .allSatisfy(example -> assertThat((Double) example.inputs().get("amount")).isBetween(1000.0, 2000.0));

        WhatIf lower = designer.whatIf(key, TestModels.levelTable(key, "600"), 30, "level");
        assertThat(lower.changed()).as("only 800 and 999 turn HIGH").isEqualTo(2);
        assertThatThrownBy(() -> designer.whatIf(key, TestModels.levelTable(key, "600"), 30, "nope"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> designer.whatIf(key, TestModels.levelTable(key, "&gt; 1"), 30, null))
                .as("a table that would fail on past inputs says so")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).code())
                        .isEqualTo("model.decisionFails"));
    }

    @Test
    void what_if_replays_the_quote_approval_table_on_real_quote_decisions() {
        String deployed = designer.open("quote-approval-level.dmn").deployedContent();
        String stricter = deployed.replace("<text>&gt; 10</text>", "<text>&gt; 5</text>");
        assertThat(stricter).isNotEqualTo(deployed);

        WhatIf whatIf = designer.whatIf("quote-approval-level", stricter, 30, "approver");

        assertThat(whatIf.replayed()).as("the demo quotes were decided").isPositive();
        assertThat(whatIf.skipped()).isZero();
        assertThat(whatIf.changed()).isLessThanOrEqualTo(whatIf.replayed());
    }

    @Test
    void new_instances_start_on_the_new_version_and_running_ones_migrate_as_a_batch() {
        String key = "migrate-" + token();
        String file = key + ".bpmn";
        designer.deploy(new DeployRequest(file, TestModels.twoStepProcess(key, "second"), "Two steps", 0));
        ProcessInstance atFirst = runtime.startProcessInstanceByKey(key);
        ProcessInstance atSecond = runtime.startProcessInstanceByKey(key);
        tasks.complete(tasks.createTaskQuery().processInstanceId(atSecond.getId()).singleResult().getId());

        Deployed v2 = designer.deploy(new DeployRequest(file, TestModels.twoStepProcess(key, "third"), "Third step", 1));
        ProcessInstance fresh = runtime.startProcessInstanceByKey(key);
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(v2.definitionId());
        assertThat(designer.open(file).versions()).extracting(ModelVersion::version, ModelVersion::runningInstances)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1L),
                        org.assertj.core.groups.Tuple.tuple(1, 2L));

        MigrationPreview preview = designer.previewMigration(file, 1);
        assertThat(preview.instances()).isEqualTo(2);
        assertThat(preview.mappings()).extracting(MigrationPreview.ActivityMapping::sourceActivityId,
                        MigrationPreview.ActivityMapping::targetActivityId, MigrationPreview.ActivityMapping::waiting)
                .contains(org.assertj.core.groups.Tuple.tuple("first", "first", 1L));
        assertThat(preview.unmapped()).extracting(MigrationPreview.ActivityMapping::sourceActivityId,
                MigrationPreview.ActivityMapping::waiting).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "second", 1L));

        MigrationStatus started = designer.migrate(file, 1);
        assertThat(started.total()).isEqualTo(2);
        runBatch(started.batchId());

        MigrationStatus status = designer.migrationStatus(started.batchId());
        assertThat(status.finished()).isTrue();
        assertThat(status.done()).isEqualTo(1);
        assertThat(status.failed()).isEqualTo(1);
        assertThat(status.failures()).singleElement().asString().contains("second");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atFirst.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2.definitionId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atSecond.getId()).singleResult()
                .getProcessDefinitionId()).as("the instance that cannot move stays").isNotEqualTo(v2.definitionId());
        assertThatThrownBy(() -> designer.previewMigration(file, 2)).isInstanceOf(InvalidInputException.class);
    }

    /** Runs the batch's seed, migration and monitor jobs as the job executor would, failures included. */
    private void runBatch(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list();
            jobs = new java.util.ArrayList<>(jobs);
            jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withRetriesLeft()
                    .list());
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException expectedForTheInstanceThatCannotMove) {
                    // the engine has recorded the failure on the job and lowered its retries
                }
            }
        }
    }
}
