package com.salesflow.designer.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.designer.DeployRequest;
import com.salesflow.designer.Deployed;
import com.salesflow.designer.Designer;
import com.salesflow.designer.ElementChange;
import com.salesflow.designer.MigrationPreview;
import com.salesflow.designer.MigrationStatus;
import com.salesflow.designer.ModelDetails;
import com.salesflow.designer.ModelDraft;
import com.salesflow.designer.ModelKind;
import com.salesflow.designer.ModelProblem;
import com.salesflow.designer.ModelSummary;
import com.salesflow.designer.ModelVersion;
import com.salesflow.designer.SaveDraft;
import com.salesflow.designer.WhatIf;
import com.salesflow.designer.internal.DeployedModels.DeployedFile;
import com.salesflow.designer.internal.DeployedModels.FileVersion;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import com.salesflow.workflow.ProcessBeans;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Designer} over the engine's repository: the engine keeps the deployed versions, our tables keep drafts and
 * who did what. Designer deployments are named {@value DeployedModels#DESIGNER_DEPLOYMENT}, so that the start-up
 * deployment of {@code processes/} (duplicate-filtered by its own name) does not redeploy an unchanged repository
 * file over a designer's newer version; a changed repository file does become the newest version.
 */
@Service
@Transactional
class DesignerService implements Designer {

    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,100}\\.(bpmn|dmn|form)");
    private static final int MAX_COMMENT = 1000;
    private static final int MAX_WHAT_IF_DAYS = 366;

    private final DeployedModels deployed;
    private final Migrations migrations;
    private final ModelDraftRepository drafts;
    private final ModelAuditRepository audit;
    private final ProcessBeans processBeans;
    private final ApplicationContext context;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ModelDiffer differ;
    private final DecisionReplay replay = new DecisionReplay();

    DesignerService(DeployedModels deployed, Migrations migrations, ModelDraftRepository drafts,
            ModelAuditRepository audit, ProcessBeans processBeans, ApplicationContext context,
            CurrentUser currentUser, Clock clock, ObjectMapper json) {
        this.deployed = deployed;
        this.migrations = migrations;
        this.drafts = drafts;
        this.audit = audit;
        this.processBeans = processBeans;
        this.context = context;
        this.currentUser = currentUser;
        this.clock = clock;
        this.differ = new ModelDiffer(json);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelSummary> models() {
        requireDesigner();
        Map<String, Object[]> newestDrafts = new HashMap<>();
        for (Object[] row : drafts.newestOfEach()) {
            newestDrafts.put((String) row[0], row);
        }
        List<ModelSummary> summaries = summaries(deployed.files().values(), newestDrafts);
        for (Object[] draft : newestDrafts.values()) {
            String fileName = (String) draft[0];
            summaries.add(new ModelSummary(fileName, kindOf(fileName), stem(fileName), null, 0, null, null, 0,
                    (Integer) draft[1], (String) draft[2], (Instant) draft[3]));
        }
        summaries.sort(Comparator.comparing(ModelSummary::kind).thenComparing(ModelSummary::fileName));
        return summaries;
    }

    /** The summaries of deployed files; their drafts are taken out of {@code newestDrafts}. */
    private List<ModelSummary> summaries(java.util.Collection<DeployedFile> files, Map<String, Object[]> newestDrafts) {
        Map<String, Long> running = deployed.runningByKey();
        Map<String, ModelAuditRecord> byDeployment = auditsOf(files.stream()
                .map(file -> file.latest().deploymentId()).toList());
        List<ModelSummary> summaries = new ArrayList<>();
        for (DeployedFile file : files) {
            FileVersion latest = file.latest();
            ModelAuditRecord record = byDeployment.get(latest.deploymentId());
            Object[] draft = newestDrafts.remove(file.fileName());
            boolean draftIsNewer = draft != null && ((Instant) draft[3]).isAfter(latest.deployedAt());
            summaries.add(new ModelSummary(file.fileName(), file.kind(), file.key(), file.name(), latest.version(),
                    latest.deployedAt(), record == null ? null : record.getActor(),
                    running.getOrDefault(file.key(), 0L), draftIsNewer ? (Integer) draft[1] : null,
                    draftIsNewer ? (String) draft[2] : null, draftIsNewer ? (Instant) draft[3] : null));
        }
        return summaries;
    }

    @Override
    @Transactional(readOnly = true)
    public ModelDetails open(String fileName) {
        requireDesigner();
        String name = requireFileName(fileName);
        Optional<DeployedFile> file = deployed.file(name);
        Optional<ModelDraftRecord> newest = drafts.findFirstByFileNameOrderByDraftNoDesc(name);
        if (file.isEmpty() && newest.isEmpty()) {
            throw new NotFoundException("No model " + name);
        }
        ModelDraft draft = newest
                .filter(d -> file.isEmpty() || d.getSavedAt().isAfter(file.get().latest().deployedAt()))
                .map(DesignerService::draftOf).orElse(null);
        List<ModelVersion> versions = file.map(this::versionsOf).orElse(List.of());
        String content = file.map(f -> deployed.content(f.latest())).orElse(null);
        ModelSummary summary = file.map(f -> {
            Map<String, Object[]> newestOfFile = new HashMap<>();
            newest.ifPresent(d -> newestOfFile.put(name, new Object[] {name, d.getDraftNo(), d.getAuthor(),
                    d.getSavedAt()}));
            return summaries(List.of(f), newestOfFile).get(0);
        }).orElseGet(() -> new ModelSummary(name, kindOf(name), stem(name), null, 0, null, null, 0,
                draft.draftNo(), draft.author(), draft.savedAt()));
        return new ModelDetails(summary, content, draft, versions);
    }

    private List<ModelVersion> versionsOf(DeployedFile file) {
        Map<String, ModelAuditRecord> byDeployment = auditsOf(file.versions().stream()
                .map(FileVersion::deploymentId).toList());
        Map<String, Long> running = file.kind() == ModelKind.BPMN ? deployed.runningByDefinition(file.key())
                : Map.of();
        return file.versions().stream().map(version -> {
            ModelAuditRecord record = byDeployment.get(version.deploymentId());
            return new ModelVersion(version.version(), version.definitionId(), version.deploymentId(),
                    version.deployedAt(), record == null ? null : record.getActor(),
                    record == null ? null : record.getAction().name(), record == null ? null : record.getComment(),
                    version.definitionId() == null ? 0 : running.getOrDefault(version.definitionId(), 0L));
        }).toList();
    }

    @Override
    public ModelDraft saveDraft(SaveDraft request) {
        requireDesigner();
        String name = requireFileName(request.fileName());
        String content = request.content();
        ModelProblem refused = ModelValidation.refusedOutright(content);
        if (refused != null) {
            throw InvalidInputException.of("content", refused.code(), refused.message());
        }
        Optional<ModelDraftRecord> newest = drafts.findFirstByFileNameOrderByDraftNoDesc(name);
        Instant deployedAt = deployed.file(name).map(f -> f.latest().deployedAt()).orElse(Instant.EPOCH);
        Integer current = newest.filter(d -> d.getSavedAt().isAfter(deployedAt)).map(ModelDraftRecord::getDraftNo)
                .orElse(null);
        if (!Objects.equals(current, request.basedOnDraft())) {
            ModelDraftRecord other = newest.orElseThrow();
            throw new ConflictException(ConflictException.STALE, "Draft " + other.getDraftNo() + " of " + name
                    + " was saved by " + other.getAuthor() + " since you opened it; reopen the model to see it.");
        }
        int next = newest.map(ModelDraftRecord::getDraftNo).orElse(0) + 1;
        Instant now = clock.instant();
        if (!now.isAfter(deployedAt)) {
            now = deployedAt.plusMillis(1);
        }
        try {
            return draftOf(drafts.saveAndFlush(new ModelDraftRecord(name, next, content,
                    currentUser.requireUsername(), now)));
        } catch (DataIntegrityViolationException race) {
            throw new ConflictException(ConflictException.STALE, "Someone saved a draft of " + name
                    + " at the same moment; reopen the model to see it.");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelDraft> drafts(String fileName) {
        requireDesigner();
        return drafts.findByFileNameOrderByDraftNoDesc(requireFileName(fileName)).stream()
                .map(DesignerService::draftOf).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelProblem> validate(String fileName, String content) {
        requireDesigner();
        String name = requireFileName(fileName);
        return problems(name, content, deployed.files());
    }

    /** @param files the deployed files, read once by the caller */
    private List<ModelProblem> problems(String name, String content, Map<String, DeployedFile> files) {
        ModelProblem refused = ModelValidation.refusedOutright(content);
        if (refused != null) {
            return List.of(refused);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        SortedSet<String> allowed = processBeans.allowedNames();
        Set<String> others = new HashSet<>(List.of(context.getBeanDefinitionNames()));
        others.removeAll(allowed);
        Set<String> forms = deployed.formIds();
        List<ModelProblem> problems = new ArrayList<>(new ModelValidation(allowed, others, forms)
                .validate(name, bytes));
        if (problems.isEmpty()) {
            DeployedFile file = files.get(name);
            problems.addAll(KeyCheck.check(kindOf(name), content, file == null ? Set.of() : file.keys(),
                    DeployedModels.keysOfOtherFiles(files, name)));
        }
        return problems;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ElementChange> diff(String fileName, String content) {
        requireDesigner();
        String name = requireFileName(fileName);
        ModelProblem refused = ModelValidation.refusedOutright(content);
        if (refused != null) {
            throw InvalidInputException.of("content", refused.code(), refused.message());
        }
        String before = deployed.file(name).map(f -> deployed.content(f.latest())).orElse(null);
        try {
            return differ.diff(kindOf(name), before, content);
        } catch (IllegalArgumentException unreadable) {
            throw InvalidInputException.of("content", "model.xml", unreadable.getMessage());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public String deployedContent(String fileName, int version) {
        requireDesigner();
        DeployedFile file = requireDeployed(deployed.files(), requireFileName(fileName));
        return deployed.content(versionOf(file, version));
    }

    @Override
    public Deployed deploy(DeployRequest request) {
        requireDesigner();
        String name = requireFileName(request.fileName());
        String comment = requireComment(request.comment());
        Map<String, DeployedFile> files = deployed.files();
        Optional<DeployedFile> file = Optional.ofNullable(files.get(name));
        int current = file.map(f -> f.latest().version()).orElse(0);
        if (request.basedOnVersion() == null || request.basedOnVersion() != current) {
            throw new ConflictException(ConflictException.STALE, "Version " + current + " of " + name
                    + " was deployed since you opened it; compare with it and deploy again.");
        }
        requireDeployable(name, request.content(), files);
        if (file.isPresent() && deployed.content(file.get().latest()).equals(request.content())) {
            throw InvalidInputException.of("content", "model.unchanged",
                    "The model is the same as the deployed version " + current + ".");
        }
        return record(name, deployed.deploy(kindOf(name), name, request.content(), file),
                ModelAuditRecord.Action.DEPLOY, null, comment);
    }

    @Override
    public Deployed rollback(String fileName, int toVersion, String comment) {
        requireDesigner();
        String name = requireFileName(fileName);
        String why = requireComment(comment);
        Map<String, DeployedFile> files = deployed.files();
        DeployedFile file = requireDeployed(files, name);
        if (toVersion == file.latest().version()) {
            throw InvalidInputException.of("version", "model.rollbackLatest",
                    "Version " + toVersion + " is the deployed version already.");
        }
        String content = deployed.content(versionOf(file, toVersion));
        requireDeployable(name, content, files);
        return record(name, deployed.deploy(kindOf(name), name, content, Optional.of(file)),
                ModelAuditRecord.Action.ROLLBACK, toVersion, why);
    }

    private Deployed record(String name, Deployed made, ModelAuditRecord.Action action, Integer source,
            String comment) {
        audit.save(ModelAuditRecord.deployed(name, action, made.deploymentId(), made.definitionId(), made.version(),
                source, comment, currentUser.requireUsername(), clock.instant()));
        return made;
    }

    @Override
    @Transactional(readOnly = true)
    public MigrationPreview previewMigration(String fileName, int sourceVersion) {
        requireDesigner();
        DeployedFile file = requireProcess(requireFileName(fileName));
        return migrations.preview(file, versionOf(file, sourceVersion));
    }

    @Override
    public MigrationStatus migrate(String fileName, int sourceVersion) {
        requireDesigner();
        String name = requireFileName(fileName);
        DeployedFile file = requireProcess(name);
        FileVersion source = versionOf(file, sourceVersion);
        MigrationPreview preview = migrations.preview(file, source);
        if (!preview.migratable()) {
            throw InvalidInputException.of("version", "model.nothingToMigrate", preview.instances() == 0
                    ? "No instance runs on version " + sourceVersion + "."
                    : "No activity of version " + sourceVersion + " maps to the latest version.");
        }
        MigrationStatus started = migrations.start(preview);
        audit.save(ModelAuditRecord.migrated(name, preview.targetDefinitionId(), preview.targetVersion(),
                sourceVersion, started.batchId(), started.total(), currentUser.requireUsername(), clock.instant()));
        return started;
    }

    @Override
    @Transactional(readOnly = true)
    public MigrationStatus migrationStatus(String batchId) {
        requireDesigner();
        return migrations.status(batchId);
    }

    @Override
    @Transactional(readOnly = true)
    public WhatIf whatIf(String decisionKey, String content, int days, String output) {
        requireDesigner();
        if (days < 1 || days > MAX_WHAT_IF_DAYS) {
            throw InvalidInputException.of("days", "model.whatIfDays",
                    "Replay between 1 and " + MAX_WHAT_IF_DAYS + " days of decisions.");
        }
        ModelProblem refused = ModelValidation.refusedOutright(content);
        if (refused != null) {
            throw InvalidInputException.of("content", refused.code(), refused.message());
        }
        if (!deployed.isDecision(decisionKey)) {
            throw new NotFoundException("No deployed decision " + decisionKey);
        }
        Instant since = clock.instant().minus(Duration.ofDays(days));
        DeployedModels.PastDecisions past = deployed.pastDecisions(decisionKey, since, DecisionReplay.MAX_DECISIONS);
        return replay.replay(decisionKey, content, days, output, past.decisions(), past.truncated(),
                deployed::decisionModel, past.businessKeys());
    }

    @Override
    public SortedSet<String> allowedBeans() {
        requireDesigner();
        return processBeans.allowedNames();
    }

    private void requireDeployable(String name, String content, Map<String, DeployedFile> files) {
        List<ModelProblem> problems = problems(name, content, files);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldError(p.elementId() == null ? "content" : "content#" + p.elementId(),
                            p.code(), p.message()))
                    .toList());
        }
    }

    private static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "model.commentRequired",
                    "Say what changed and why: the comment is kept with the version.");
        }
        if (comment.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "model.commentTooLong",
                    "The comment may have at most " + MAX_COMMENT + " characters.");
        }
        return comment.strip();
    }

    private static String requireFileName(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw InvalidInputException.of("fileName", "model.fileName",
                    "A model file name is lower-case letters, digits and dashes ending in .bpmn, .dmn or .form.");
        }
        return fileName;
    }

    private static DeployedFile requireDeployed(Map<String, DeployedFile> files, String name) {
        DeployedFile file = files.get(name);
        if (file == null) {
            throw new NotFoundException("No deployed model " + name);
        }
        return file;
    }

    private DeployedFile requireProcess(String name) {
        DeployedFile file = requireDeployed(deployed.files(), name);
        if (file.kind() != ModelKind.BPMN) {
            throw InvalidInputException.of("fileName", "model.notProcess", "Only processes have running instances.");
        }
        return file;
    }

    private static FileVersion versionOf(DeployedFile file, int version) {
        return file.versions().stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("No version " + version + " of " + file.fileName()));
    }

    private Map<String, ModelAuditRecord> auditsOf(List<String> deploymentIds) {
        Map<String, ModelAuditRecord> byDeployment = new HashMap<>();
        if (!deploymentIds.isEmpty()) {
            audit.findByDeploymentIdIn(deploymentIds).forEach(r -> byDeployment.put(r.getDeploymentId(), r));
        }
        return byDeployment;
    }

    private void requireDesigner() {
        if (!currentUser.hasRole(Roles.DESIGNERS) && !currentUser.hasRole(Roles.ADMINS)) {
            throw new AccessDeniedException("Only designers and admins work on models");
        }
    }

    private static ModelKind kindOf(String fileName) {
        return ModelKind.of(fileName).orElseThrow();
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private static ModelDraft draftOf(ModelDraftRecord record) {
        return new ModelDraft(record.getFileName(), record.getDraftNo(), record.getAuthor(), record.getSavedAt(),
                record.getContent());
    }
}
