package com.salesflow.contract.web;

import com.salesflow.contract.AgingBucket;
import com.salesflow.contract.AgingReport;
import com.salesflow.contract.OpenInstalment;
import com.salesflow.contract.Receivables;
import com.salesflow.contract.ReceivablesFilter;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/receivables}: the aging report, the open instalments and their export; scope and figures live in
 * {@link Receivables}. Filters: {@code q} (contract number prefix or customer name), {@code owner},
 * {@code customerId}, {@code currency}, {@code bucket} (may repeat; lists only), {@code overdue=true} (all buckets
 * but CURRENT).
 */
@RestController
@Tag(name = "receivables")
class ReceivablesController {

    private static final List<String> SORTABLE = List.of("dueDate", "overdueDays", "open", "amount", "owner",
            "contractNumber", "currency");

    private final Receivables receivables;
    private final Clock clock;

    ReceivablesController(Receivables receivables, Clock clock) {
        this.receivables = receivables;
        this.clock = clock;
    }

    @GetMapping("/api/receivables/aging")
    @Operation(summary = "Open receivables in the caller's scope per currency and aging bucket (CURRENT, DAYS_1_30, "
            + "DAYS_31_60, DAYS_61_90, OVER_90): count of instalments and open amount; every bucket of a currency "
            + "with open instalments is listed, zero where none")
    AgingReport aging(@RequestParam(required = false) String q, @RequestParam(required = false) String owner,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) String currency) {
        return receivables.aging(new ReceivablesFilter(q, owner, customerId, currency, Set.of()));
    }

    @GetMapping("/api/receivables")
    @Operation(summary = "Open instalments in the caller's scope, most overdue first by default")
    PageResult<OpenInstalment> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String currency, @RequestParam(required = false) Set<AgingBucket> bucket,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "dueDate") String sort) {
        ReceivablesFilter filter = filter(q, owner, customerId, currency, bucket, overdue);
        return PageResult.of(receivables.open(filter, Paging.pageable(page, size, sort, SORTABLE, "instalmentId")),
                item -> item);
    }

    @GetMapping("/api/receivables/export")
    @Operation(summary = "The open instalments in scope, filtered like the list, as CSV or XLSX, streamed")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String currency, @RequestParam(required = false) Set<AgingBucket> bucket,
            @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response) throws IOException {
        boolean csv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw InvalidInputException.of("format", "format.unknown", "Use format=csv or format=xlsx.");
        };
        ReceivablesFilter filter = filter(q, owner, customerId, currency, bucket, overdue);
        response.setContentType(csv ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"receivables-" + LocalDate.now(clock)
                + (csv ? ".csv" : ".xlsx") + "\"");
        ReceivablesExport export = new ReceivablesExport(receivables, filter);
        if (csv) {
            export.writeCsv(response.getOutputStream());
        } else {
            export.writeXlsx(response.getOutputStream());
        }
    }

    private static ReceivablesFilter filter(String q, String owner, Long customerId, String currency,
            Set<AgingBucket> buckets, boolean overdue) {
        Set<AgingBucket> chosen = buckets == null || buckets.isEmpty()
                ? (overdue ? ReceivablesFilter.overdue().buckets() : Set.of()) : buckets;
        if (overdue && !chosen.isEmpty()) {
            chosen = chosen.stream().filter(b -> b != AgingBucket.CURRENT).collect(java.util.stream.Collectors
                    .toUnmodifiableSet());
            if (chosen.isEmpty()) {
                throw InvalidInputException.of("bucket", "receivables.bucket",
                        "overdue=true leaves no bucket of those asked for.");
            }
        }
        return new ReceivablesFilter(q, owner, customerId, currency, chosen);
    }
}
