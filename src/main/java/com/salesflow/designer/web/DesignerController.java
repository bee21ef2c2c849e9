package com.salesflow.designer.web;

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
import com.salesflow.designer.SaveDraft;
import com.salesflow.designer.WhatIf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/designer} as in CONTRACTS.md: designers and admins only (403 otherwise), see {@link Designer}. */
@RestController
@Tag(name = "designer")
class DesignerController {

    private final Designer designer;

    DesignerController(Designer designer) {
        this.designer = designer;
    }

    /** A file and its content, for validating and comparing. */
    record ModelContent(String fileName, String content) {
    }

    record Validation(boolean valid, List<ModelProblem> problems) {
    }

    record Rollback(int version, String comment) {
    }

    record MigrationRequest(int fromVersion) {
    }

    record WhatIfRequest(String content, Integer days, String output) {
    }

    @GetMapping("/api/designer/models")
    @Operation(summary = "Deployed models, decision tables and forms with their latest version, who deployed it, "
            + "running instances and the newest draft; q searches file name, id and name, kind filters")
    List<ModelSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) ModelKind kind) {
        return designer.models().stream()
                .filter(m -> kind == null || m.kind() == kind)
                .filter(m -> m.matches(q))
                .toList();
    }

    @GetMapping("/api/designer/models/{fileName}")
    @Operation(summary = "One model: deployed content, newest draft, and every version with comment and author")
    ModelDetails get(@PathVariable String fileName) {
        return designer.open(fileName);
    }

    @PostMapping("/api/designer/models")
    @Operation(summary = "Saves a draft (numbered per file, never overwritten); 409 when someone saved a newer draft "
            + "than basedOnDraft")
    ResponseEntity<ModelDraft> saveDraft(@RequestBody SaveDraft draft) {
        ModelDraft saved = designer.saveDraft(draft);
        return ResponseEntity.created(URI.create("/api/designer/models/" + saved.fileName() + "/drafts"))
                .body(saved);
    }

    @GetMapping("/api/designer/models/{fileName}/drafts")
    @Operation(summary = "Every draft of a model, newest first")
    List<ModelDraft> drafts(@PathVariable String fileName) {
        return designer.drafts(fileName);
    }

    @PostMapping("/api/designer/models/validate")
    @Operation(summary = "The problems that would stop the content from being deployed, each naming its element")
    Validation validate(@RequestBody ModelContent model) {
        List<ModelProblem> problems = designer.validate(model.fileName(), model.content());
        return new Validation(problems.isEmpty(), problems);
    }

    @PostMapping("/api/designer/models/diff")
    @Operation(summary = "Elements added, removed or changed against the latest deployed version (layout ignored)")
    List<ElementChange> diff(@RequestBody ModelContent model) {
        return designer.diff(model.fileName(), model.content());
    }

    @PostMapping("/api/designer/models/deploy")
    @Operation(summary = "Validates and deploys the content as a new version with a comment; 400 with the problems "
            + "as field errors (content#elementId), 409 when another version was deployed since basedOnVersion")
    ResponseEntity<Deployed> deploy(@RequestBody DeployRequest request) {
        Deployed made = designer.deploy(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(made);
    }

    @PostMapping("/api/designer/models/{fileName}/rollback")
    @Operation(summary = "Deploys an earlier version's content again as the newest version")
    ResponseEntity<Deployed> rollback(@PathVariable String fileName, @RequestBody Rollback request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(designer.rollback(fileName, request.version(), request.comment()));
    }

    @GetMapping("/api/designer/models/{fileName}/versions/{version}/file")
    @Operation(summary = "A deployed version as a file, to commit to processes/ or forms/")
    ResponseEntity<byte[]> file(@PathVariable String fileName, @PathVariable int version) {
        byte[] content = designer.deployedContent(fileName, version).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .contentType(fileName.endsWith(".form") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML)
                .body(content);
    }

    @GetMapping("/api/designer/models/{fileName}/migration")
    @Operation(summary = "What migrating the instances of fromVersion to the latest version would map, and how many "
            + "instances it affects")
    MigrationPreview previewMigration(@PathVariable String fileName, @RequestParam int fromVersion) {
        return designer.previewMigration(fileName, fromVersion);
    }

    @PostMapping("/api/designer/models/{fileName}/migrations")
    @Operation(summary = "Starts migrating the running instances of fromVersion to the latest version as a batch")
    ResponseEntity<MigrationStatus> migrate(@PathVariable String fileName, @RequestBody MigrationRequest request) {
        MigrationStatus started = designer.migrate(fileName, request.fromVersion());
        return ResponseEntity.accepted().location(URI.create("/api/designer/migrations/" + started.batchId()))
                .body(started);
    }

    @GetMapping("/api/designer/migrations/{batchId}")
    @Operation(summary = "A migration's progress and the reasons of failed instances")
    MigrationStatus migration(@PathVariable String batchId) {
        return designer.migrationStatus(batchId);
    }

    @PostMapping("/api/designer/decisions/{key}/what-if")
    @Operation(summary = "Replays a changed decision table on the decisions of the last days (default 30) and "
            + "counts the outcomes that would change, with examples")
    WhatIf whatIf(@PathVariable String key, @RequestBody WhatIfRequest request) {
        return designer.whatIf(key, request.content(), request.days() == null ? 30 : request.days(),
                request.output());
    }

    @GetMapping("/api/designer/beans")
    @Operation(summary = "The beans models may call in expressions (delegates, listeners, process beans)")
    SortedSet<String> beans() {
        return designer.allowedBeans();
    }
}
