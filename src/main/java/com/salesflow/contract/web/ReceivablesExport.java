package com.salesflow.contract.web;

import com.salesflow.contract.OpenInstalment;
import com.salesflow.contract.Receivables;
import com.salesflow.contract.ReceivablesFilter;
import com.salesflow.imports.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Writes the open instalments of a filter page by page (most overdue first), so memory stays constant: one row per
 * instalment with the columns below, amounts as plain decimals.
 */
final class ReceivablesExport {

    private static final int PAGE_SIZE = 1000;

    static final List<Column> COLUMNS = List.of(
            new Column("contractNumber", OpenInstalment::contractNumber),
            new Column("contractId", i -> String.valueOf(i.contractId())),
            new Column("seq", i -> String.valueOf(i.seq())),
            new Column("customerId", i -> String.valueOf(i.customerId())),
            new Column("customerName", OpenInstalment::customerName),
            new Column("owner", OpenInstalment::owner),
            new Column("dueDate", i -> i.dueDate().toString()),
            new Column("currency", OpenInstalment::currency),
            new Column("amount", i -> i.amount().toPlainString()),
            new Column("open", i -> i.open().toPlainString()),
            new Column("overdueDays", i -> String.valueOf(i.overdueDays())),
            new Column("bucket", i -> i.bucket().name()));

    record Column(String header, Function<OpenInstalment, String> value) {
    }

    private final Receivables receivables;
    private final ReceivablesFilter filter;

    ReceivablesExport(Receivables receivables, ReceivablesFilter filter) {
        this.receivables = receivables;
        this.filter = filter;
    }

    long writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte-order mark lets Excel open UTF-8 (Chinese names) correctly.
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.stream().map(Column::header).toArray(String[]::new)).get());
        long written = 0;
        for (int page = 0; ; page++) {
            Page<OpenInstalment> batch = page(page);
            for (OpenInstalment instalment : batch) {
                for (Column column : COLUMNS) {
                    csv.print(SpreadsheetText.neutralised(column.value().apply(instalment)));
                }
                csv.println();
                written++;
            }
            csv.flush();
            if (!batch.hasNext()) {
                return written;
            }
        }
    }

    long writeXlsx(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Salesflow", "1.0");
        Worksheet sheet = workbook.newWorksheet("Receivables");
        for (int col = 0; col < COLUMNS.size(); col++) {
            sheet.value(0, col, COLUMNS.get(col).header());
            sheet.style(0, col).bold().set();
        }
        int row = 1;
        for (int page = 0; ; page++) {
            Page<OpenInstalment> batch = page(page);
            for (OpenInstalment instalment : batch) {
                for (int col = 0; col < COLUMNS.size(); col++) {
                    String value = SpreadsheetText.neutralised(COLUMNS.get(col).value().apply(instalment));
                    if (value != null) {
                        sheet.value(row, col, value);
                    }
                }
                row++;
            }
            sheet.flush();
            if (!batch.hasNext()) {
                workbook.finish();
                return row - 1L;
            }
        }
    }

    private Page<OpenInstalment> page(int page) {
        return receivables.open(filter, PageRequest.of(page, PAGE_SIZE,
                Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("instalmentId"))));
    }
}
