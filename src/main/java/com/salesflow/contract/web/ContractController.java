package com.salesflow.contract.web;

import com.salesflow.contract.CancelForm;
import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.ContractFilter;
import com.salesflow.contract.ContractForm;
import com.salesflow.contract.ContractStatus;
import com.salesflow.contract.ContractSummary;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.DeliveryForm;
import com.salesflow.contract.PaymentForm;
import com.salesflow.contract.PaymentPlanForm;
import com.salesflow.contract.SignedCopy;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/contracts}: the contracts drafted from accepted quotes, their payment plans, signature, deliveries,
 * payments and cancellation. Scope, rules and the process live in {@link Contracts}; this only speaks HTTP.
 */
@RestController
@Tag(name = "contracts")
class ContractController {

    private static final List<String> SORTABLE = List.of("createdAt", "updatedAt", "number", "versionNo", "total",
            "owner", "status", "signedOn");
    private static final int EXPORT_PAGE = Paging.MAX_PAGE_SIZE;

    private final Contracts contracts;

    ContractController(Contracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/api/contracts")
    @Operation(summary = "Contracts in the caller's scope, last changed first by default; q searches the contract and "
            + "quote numbers and the customer's name; status may repeat")
    PageResult<ContractSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<ContractStatus> status,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "-updatedAt") String sort) {
        return PageResult.of(contracts.list(filter(q, status, customerId, owner),
                Paging.pageable(page, size, sort, SORTABLE, "id")), s -> s);
    }

    @GetMapping("/api/contracts/export")
    @Operation(summary = "The contracts in scope, filtered like the list, as CSV (UTF-8 with a byte order mark, so "
            + "that spreadsheets read Chinese names)")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<ContractStatus> status,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) String owner,
            HttpServletResponse response) throws IOException {
        if (!"csv".equalsIgnoreCase(format)) {
            throw InvalidInputException.of("format", "format.unknown", "Use format=csv.");
        }
        ContractFilter filter = filter(q, status, customerId, owner);
        // Read the first page before answering, so that a refusal is still a problem document.
        Pageable pageable = PageRequest.of(0, EXPORT_PAGE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        Page<ContractSummary> page = contracts.list(filter, pageable);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("contracts-" + LocalDate.now() + ".csv").build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("number", "version",
                "quoteNumber", "customerId", "customer", "status", "currency", "total", "outstanding", "owner",
                "signedOn", "createdAt", "updatedAt").get())) {
            while (true) {
                for (ContractSummary c : page.getContent()) {
                    csv.printRecord(c.number(), c.versionNo(), c.quoteNumber(), c.customerId(), c.customerName(),
                            c.status(), c.currency(), plain(c.total()), plain(c.outstanding()), c.owner(),
                            c.signedOn(), c.createdAt(), c.updatedAt());
                }
                if (!page.hasNext()) {
                    break;
                }
                page = contracts.list(filter, page.nextPageable());
            }
        }
    }

    @GetMapping("/api/contracts/{id}")
    @Operation(summary = "One contract with lines, terms, credit check, trail, payment plan, payments, order and the "
            + "caller's actions")
    ContractDetails get(@PathVariable long id) {
        return contracts.get(id);
    }

    @PutMapping("/api/contracts/{id}")
    @Operation(summary = "Edit before signing with the version read; after the first submit an amendment "
            + "(amendmentReason required, next version, approved again)")
    ContractDetails update(@PathVariable long id, @RequestBody ContractForm form) {
        return contracts.update(id, form);
    }

    @PostMapping("/api/contracts/{id}/submit")
    @Operation(summary = "Send a DRAFT or SENT_BACK contract into approval (400 when the payment plan does not add up)")
    ContractDetails submit(@PathVariable long id, @RequestParam long version) {
        return contracts.submit(id, version);
    }

    @PutMapping("/api/contracts/{id}/payment-plan")
    @Operation(summary = "Replace the payment plan before signing; the instalments must add up to the total")
    ContractDetails savePlan(@PathVariable long id, @RequestBody PaymentPlanForm plan) {
        return contracts.savePlan(id, plan);
    }

    @PostMapping(path = "/api/contracts/{id}/signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record the signature of an APPROVED contract with the signed copy (multipart 'file': PDF, "
            + "JPEG or PNG up to 10 MB; 'signedOn' ISO date; 'version'); the order is created")
    ContractDetails sign(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @Parameter(description = "ISO date, e.g. 2026-03-01") @RequestParam String signedOn,
            @RequestParam long version) throws IOException {
        if (file.getSize() > SignedCopy.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "The signed copy may have at most 10 MB.");
        }
        byte[] content = file.getBytes();
        String contentType = SignedCopy.contentTypeOf(content).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The signed copy must be a PDF, JPEG or PNG file."));
        LocalDate date;
        try {
            date = LocalDate.parse(signedOn);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("signedOn", "contract.signedOnFormat", "signedOn is a date like 2026-03-01.");
        }
        // A missing or unusable name is the service's to replace, as for uploads from the page.
        return contracts.sign(id, date, new SignedCopy(file.getOriginalFilename(), contentType, content), version);
    }

    @GetMapping("/api/contracts/{id}/signed-copy")
    @Operation(summary = "The signed copy as uploaded")
    ResponseEntity<byte[]> signedCopy(@PathVariable long id) {
        SignedCopy copy = contracts.signedCopy(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(copy.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(copy.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(copy.content());
    }

    @PostMapping("/api/contracts/{id}/deliveries")
    @Operation(summary = "Record a shipment of the signed contract's order: quantities per line position, none above "
            + "what remains")
    ResponseEntity<ContractDetails> deliver(@PathVariable long id, @RequestBody DeliveryForm form) {
        ContractDetails contract = contracts.recordDelivery(id, form);
        return ResponseEntity.created(URI.create("/api/contracts/" + id)).body(contract);
    }

    @PostMapping("/api/contracts/{id}/payments")
    @Operation(summary = "Record a payment against an instalment (partial allowed, no overpayment); 201 when "
            + "recorded, 200 when the same reference with the same figures was recorded before, 409 with others")
    ResponseEntity<ContractDetails> pay(@PathVariable long id, @RequestBody PaymentForm form) {
        boolean known = form.reference() != null && contracts.get(id).payments().stream()
                .anyMatch(payment -> form.reference().strip().equals(payment.reference()));
        ContractDetails contract = contracts.recordPayment(id, form);
        return known ? ResponseEntity.ok(contract)
                : ResponseEntity.created(URI.create("/api/contracts/" + id)).body(contract);
    }

    @PostMapping("/api/contracts/{id}/cancel")
    @Operation(summary = "Cancel with a reason (note required for OTHER); the process ends, open instalments are "
            + "cancelled")
    ContractDetails cancel(@PathVariable long id, @RequestBody CancelForm form) {
        return contracts.cancel(id, form);
    }

    private static ContractFilter filter(String q, Set<ContractStatus> status, Long customerId, String owner) {
        return new ContractFilter(q == null || q.isBlank() ? null : q.strip(), status == null ? Set.of() : status,
                customerId, owner == null || owner.isBlank() ? null : owner.strip());
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
