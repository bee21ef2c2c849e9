package com.salesflow.lead.web;

import com.salesflow.lead.IssuedKey;
import com.salesflow.lead.WebFormSettings;
import com.salesflow.lead.WebFormStatus;
import com.salesflow.lead.WebFormSummary;
import com.salesflow.lead.WebForms;
import com.salesflow.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/web-forms}: the administrators' side of web-to-lead (HTTP Basic, admins only, in the service). */
@RestController
@Tag(name = "web-to-lead")
class WebFormController {

    /** The caller's version of the web form, so that two administrators do not overwrite each other (409). */
    record Version(long version) {
    }

    /** The settings and the caller's version. */
    record Update(long version, WebFormSettings settings) {
    }

    private final WebForms webForms;

    WebFormController(WebForms webForms) {
        this.webForms = webForms;
    }

    @GetMapping("/api/web-forms")
    @Operation(summary = "Web forms by name; q searches name, key prefix and origins")
    PageResult<WebFormSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) WebFormStatus status) {
        // A company has a handful of web forms: one page holds them all.
        List<WebFormSummary> all = webForms.list(q, status);
        return new PageResult<>(all, 0, all.size(), all.size(), false);
    }

    @PostMapping("/api/web-forms")
    @Operation(summary = "Create a web form; the answer carries its API key, shown this once")
    ResponseEntity<IssuedKey> create(@RequestBody WebFormSettings settings) {
        IssuedKey issued = webForms.create(settings);
        return ResponseEntity.created(URI.create("/api/web-forms/" + issued.webForm().id())).body(issued);
    }

    @GetMapping("/api/web-forms/{id}")
    WebFormSummary get(@PathVariable long id) {
        return webForms.get(id);
    }

    @PutMapping("/api/web-forms/{id}")
    WebFormSummary update(@PathVariable long id, @RequestBody Update update) {
        return webForms.update(id, update.settings() == null ? new WebFormSettings() : update.settings(),
                update.version());
    }

    @PostMapping("/api/web-forms/{id}/enable")
    WebFormSummary enable(@PathVariable long id, @RequestBody Version version) {
        return webForms.setEnabled(id, true, version.version());
    }

    @PostMapping("/api/web-forms/{id}/disable")
    WebFormSummary disable(@PathVariable long id, @RequestBody Version version) {
        return webForms.setEnabled(id, false, version.version());
    }

    @PostMapping("/api/web-forms/{id}/rotate")
    @Operation(summary = "Issue a new key (shown this once); the old one stops working at once")
    IssuedKey rotate(@PathVariable long id, @RequestBody Version version) {
        return webForms.rotate(id, version.version());
    }

    @PostMapping("/api/web-forms/{id}/revoke")
    @Operation(summary = "Stop the key for good; the web form stays listed")
    WebFormSummary revoke(@PathVariable long id, @RequestBody Version version) {
        return webForms.revoke(id, version.version());
    }
}
