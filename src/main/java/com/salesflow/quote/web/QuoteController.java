package com.salesflow.quote.web;

import com.salesflow.quote.CustomerAnswer;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteFilter;
import com.salesflow.quote.QuoteForm;
import com.salesflow.quote.QuoteStatus;
import com.salesflow.quote.QuoteSummary;
import com.salesflow.quote.Quotes;
import com.salesflow.quote.SendForm;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/quotes} as in CONTRACTS.md; scope, pricing and the process live in {@link Quotes}. */
@RestController
@Tag(name = "quotes")
class QuoteController {

    private static final List<String> SORTABLE = List.of("createdAt", "updatedAt", "submittedAt", "number",
            "versionNo", "net", "total", "maxLineDiscount", "validUntil", "owner", "status");

    private final Quotes quotes;

    QuoteController(Quotes quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/api/quotes")
    @Operation(summary = "Quote versions in the caller's scope, newest first by default; q searches the number and "
            + "customer names; status may repeat; latest=true hides versions a newer one replaced")
    PageResult<QuoteSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<QuoteStatus> status,
            @RequestParam(required = false) Long opportunityId, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String owner, @RequestParam(defaultValue = "false") boolean latest,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "-updatedAt") String sort) {
        QuoteFilter filter = new QuoteFilter(q, status == null ? Set.of() : status, opportunityId, customerId, owner,
                latest);
        return PageResult.of(quotes.list(filter, Paging.pageable(page, size, sort, SORTABLE, "id")), s -> s);
    }

    @GetMapping("/api/quotes/{id}")
    @Operation(summary = "One version with lines, totals, approval trail, other versions and the caller's actions")
    QuoteDetails get(@PathVariable long id) {
        return quotes.get(id);
    }

    @PostMapping("/api/quotes")
    @Operation(summary = "A new draft for an opportunity: v1, or the next version when the opportunity has a quote; "
            + "lines are priced from the price list on the server")
    ResponseEntity<QuoteDetails> create(@RequestBody QuoteForm form) {
        QuoteDetails created = quotes.create(form);
        return ResponseEntity.created(URI.create("/api/quotes/" + created.id())).body(created);
    }

    @PutMapping("/api/quotes/{id}")
    @Operation(summary = "Edit a draft with the version read (409 when stale or no longer a draft)")
    QuoteDetails update(@PathVariable long id, @RequestBody QuoteForm form) {
        return quotes.update(id, form);
    }

    @PostMapping("/api/quotes/{id}/versions")
    @Operation(summary = "A new draft version copied from this one, re-priced today")
    ResponseEntity<QuoteDetails> newVersion(@PathVariable long id) {
        QuoteDetails created = quotes.newVersion(id);
        return ResponseEntity.created(URI.create("/api/quotes/" + created.id())).body(created);
    }

    /** The version the caller read. */
    record Submit(Long version) {
    }

    @PostMapping("/api/quotes/{id}/submit")
    @Operation(summary = "Submit a draft for approval (body: {version}); approved at once when no rule requires "
            + "an approver")
    QuoteDetails submit(@PathVariable long id, @RequestBody Submit submit) {
        return quotes.submit(id, submit == null || submit.version() == null ? -1 : submit.version());
    }

    @PostMapping("/api/quotes/{id}/send")
    @Operation(summary = "Record that the approved quote went to the customer: method HANDED, or MAIL with email "
            + "(needs mail configured)")
    QuoteDetails send(@PathVariable long id, @RequestBody SendForm form) {
        return quotes.send(id, form);
    }

    @PostMapping("/api/quotes/{id}/accept")
    @Operation(summary = "The customer accepted the sent quote")
    QuoteDetails accept(@PathVariable long id) {
        return quotes.accept(id);
    }

    @PostMapping("/api/quotes/{id}/reject")
    @Operation(summary = "The customer rejected the sent quote: reason (a loss reason) required, note optional")
    QuoteDetails reject(@PathVariable long id, @RequestBody CustomerAnswer answer) {
        return quotes.reject(id, answer);
    }

    @GetMapping("/api/quotes/{id}/pdf")
    @Operation(summary = "The approved quote as a PDF in its language")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Quotes.QuotePdf pdf = quotes.pdf(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }
}
