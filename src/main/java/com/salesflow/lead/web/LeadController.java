package com.salesflow.lead.web;

import com.salesflow.customer.Source;
import com.salesflow.lead.LeadDetails;
import com.salesflow.lead.LeadFilter;
import com.salesflow.lead.LeadForm;
import com.salesflow.lead.LeadRating;
import com.salesflow.lead.LeadSla;
import com.salesflow.lead.LeadStatus;
import com.salesflow.lead.LeadSummary;
import com.salesflow.lead.Leads;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/leads} as in CONTRACTS.md; scope and rules live in {@link Leads}. */
@RestController
@Tag(name = "leads")
class LeadController {

    private static final List<String> SORTABLE = List.of("createdAt", "score", "status", "owner", "company",
            "contactDueAt");

    private final Leads leads;

    LeadController(Leads leads) {
        this.leads = leads;
    }

    @PostMapping("/api/leads")
    @Operation(summary = "Submit a lead: checked (400, nothing created), saved, scored, routed or merged")
    ResponseEntity<LeadDetails> submit(@RequestBody LeadForm form) {
        LeadDetails lead = leads.submit(form);
        return ResponseEntity.created(URI.create("/api/leads/" + lead.lead().id())).body(lead);
    }

    @GetMapping("/api/leads")
    @Operation(summary = "Leads in the caller's scope, searched and filtered; newest first by default")
    PageResult<LeadSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) LeadStatus status, @RequestParam(required = false) LeadRating rating,
            @RequestParam(required = false) Source source, @RequestParam(required = false) String owner,
            @RequestParam(required = false) LeadSla sla, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "-createdAt") String sort) {
        return PageResult.of(leads.list(new LeadFilter(q, status, rating, source, owner, sla),
                Paging.pageable(page, size, sort, SORTABLE, "id")), lead -> lead);
    }

    @GetMapping("/api/leads/{id}")
    LeadDetails get(@PathVariable long id) {
        return leads.get(id);
    }
}
