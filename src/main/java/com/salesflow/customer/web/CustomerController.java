package com.salesflow.customer.web;

import com.salesflow.customer.ContactForm;
import com.salesflow.customer.ContactRecordForm;
import com.salesflow.customer.ContactRecordView;
import com.salesflow.customer.ContactView;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerExport;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.ExportFormat;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.customer.OwnershipChangeView;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/customers} and {@code /api/pool} as in CONTRACTS.md; scope and rules live in {@link Customers}. */
@RestController
@Tag(name = "customers")
class CustomerController {

    record OwnerChange(String owner, String comment) {
    }

    record Release(String comment) {
    }

    record Merge(long version, long duplicateId, long duplicateVersion) {
    }

    private static final List<String> SORTABLE = List.of("name", "grade", "lifecycle", "region", "owner",
            "lastFollowUpAt", "nextFollowUpAt", "createdAt");

    private final Customers customers;
    private final CustomerExport export;

    CustomerController(Customers customers, CustomerExport export) {
        this.customers = customers;
        this.export = export;
    }

    @GetMapping("/api/customers")
    @Operation(summary = "Customers in the caller's scope, searched and filtered; totalCapped when the search text "
            + "matched too many customers to list them all")
    PageResult<CustomerSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String region,
            @RequestParam(required = false) Lifecycle lifecycle,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "name") String sort) {
        CustomerFilter filter = new CustomerFilter(q, owner, grade, tag, region, lifecycle, overdue);
        // A broad search lists only the first matches of its words; totalCapped tells the client to narrow it.
        return PageResult.of(customers.search(filter, pageable(page, size, sort)), summary -> summary,
                customers.isBroadSearch(q));
    }

    @PostMapping("/api/customers")
    @Operation(summary = "Create a customer; the caller owns it unless an owner is given by someone allowed to")
    ResponseEntity<CustomerDetails> create(@RequestBody CustomerForm form) {
        CustomerDetails created = customers.create(form);
        return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created);
    }

    @GetMapping("/api/customers/export")
    @Operation(summary = "Export the customers in scope (filtered like the list) as CSV or XLSX, streamed")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String region,
            @RequestParam(required = false) Lifecycle lifecycle, @RequestParam(defaultValue = "false") boolean overdue,
            HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw InvalidInputException.of("format", "format.unknown", "Use format=csv or format=xlsx.");
        };
        response.setContentType(exportFormat == ExportFormat.CSV ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"customers-" + LocalDate.now() + "."
                + exportFormat.name().toLowerCase(Locale.ROOT) + "\"");
        export.export(new CustomerFilter(q, owner, grade, tag, region, lifecycle, overdue), exportFormat,
                response.getOutputStream());
    }

    @GetMapping("/api/customers/{id}")
    CustomerDetails get(@PathVariable long id) {
        return customers.get(id);
    }

    @PutMapping("/api/customers/{id}")
    @Operation(summary = "Update the profile; the body's version must be the current one (else 409)")
    CustomerDetails update(@PathVariable long id, @RequestBody CustomerForm form) {
        return customers.update(id, form);
    }

    @GetMapping("/api/customers/{id}/contacts")
    List<ContactView> contacts(@PathVariable long id) {
        return customers.contacts(id);
    }

    @PostMapping("/api/customers/{id}/contacts")
    ResponseEntity<ContactView> addContact(@PathVariable long id, @RequestBody ContactForm form) {
        ContactView created = customers.addContact(id, form);
        return ResponseEntity.created(URI.create("/api/customers/" + id + "/contacts/" + created.id())).body(created);
    }

    @GetMapping("/api/customers/{id}/contact-records")
    List<ContactRecordView> timeline(@PathVariable long id) {
        return customers.timeline(id);
    }

    @PostMapping("/api/customers/{id}/contact-records")
    @Operation(summary = "Record a call, visit, e-mail…; moves the customer's last and next follow-up")
    ResponseEntity<ContactRecordView> addContactRecord(@PathVariable long id, @RequestBody ContactRecordForm form) {
        ContactRecordView created = customers.addContactRecord(id, form);
        return ResponseEntity.created(URI.create("/api/customers/" + id + "/contact-records/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/customers/{id}/ownership-history")
    List<OwnershipChangeView> ownershipHistory(@PathVariable long id) {
        return customers.ownershipHistory(id);
    }

    @PostMapping("/api/customers/{id}/release")
    @Operation(summary = "Give the customer back to the shared pool")
    CustomerDetails release(@PathVariable long id, @RequestBody(required = false) Release release) {
        return customers.release(id, release == null ? null : release.comment());
    }

    @PutMapping("/api/customers/{id}/owner")
    @Operation(summary = "Reassign to another salesperson, with a reason")
    CustomerDetails reassign(@PathVariable long id, @RequestBody OwnerChange change) {
        return customers.reassign(id, change.owner(), change.comment());
    }

    @GetMapping("/api/customers/{id}/duplicates")
    @Operation(summary = "Possible duplicates in the caller's scope (same phone or e-mail, similar company name)")
    List<CustomerSummary> duplicates(@PathVariable long id) {
        return customers.possibleDuplicates(id);
    }

    @PostMapping("/api/customers/{id}/merge")
    @Operation(summary = "Merge a duplicate into this customer, keeping every contact, record and history entry")
    CustomerDetails merge(@PathVariable long id, @RequestBody Merge merge) {
        return customers.merge(id, merge.version(), merge.duplicateId(), merge.duplicateVersion());
    }

    @GetMapping("/api/pool")
    @Operation(summary = "The shared pool (公海)")
    PageResult<CustomerSummary> pool(@RequestParam(required = false) String q,
            @RequestParam(required = false) Grade grade, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "name") String sort) {
        CustomerFilter filter = new CustomerFilter(q, null, grade, null, region, null, false);
        return PageResult.of(customers.pool(filter, pageable(page, size, sort)), summary -> summary);
    }

    @PostMapping("/api/pool/{customerId}/claim")
    @Operation(summary = "Claim a customer from the pool, within the daily and total limits")
    CustomerDetails claim(@PathVariable long customerId) {
        return customers.claim(customerId);
    }

    /** Customers sort by these properties, then by id (CONTRACTS.md list parameters). */
    private static Pageable pageable(int page, int size, String sort) {
        return Paging.pageable(page, size, sort, SORTABLE, "id");
    }
}
