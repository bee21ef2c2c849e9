package com.salesflow.customer.internal;

import com.salesflow.customer.CustomerExport;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.ExportFormat;
import com.salesflow.imports.SpreadsheetText;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CustomerExportService implements CustomerExport {

    private static final int PAGE_SIZE = 1000;

    /** The columns of the documented format, in order; import reads the same. */
    static final List<Column> COLUMNS = List.of(
            new Column("id", c -> String.valueOf(c.getId())),
            new Column("type", c -> name(c.getType())),
            new Column("name", Customer::getName),
            new Column("phone", Customer::getPhone),
            new Column("email", Customer::getEmail),
            new Column("website", Customer::getWebsite),
            new Column("industry", Customer::getIndustry),
            new Column("region", Customer::getRegion),
            new Column("address", Customer::getAddress),
            new Column("source", c -> name(c.getSource())),
            new Column("owner", Customer::getOwner),
            new Column("grade", c -> name(c.getGrade())),
            new Column("rfmTier", Customer::getRfmTier),
            new Column("lifecycle", c -> name(c.getLifecycle())),
            new Column("creditRating", c -> name(c.getCreditRating())),
            new Column("creditLimit", c -> c.getCreditLimit() == null ? null : c.getCreditLimit().toPlainString()),
            new Column("paymentTermDays", c -> c.getPaymentTermDays() == null ? null
                    : String.valueOf(c.getPaymentTermDays())),
            new Column("tags", c -> String.join(";", new TreeSet<>(c.getTags()))),
            new Column("lastFollowUpAt", c -> c.getLastFollowUpAt() == null ? null
                    : c.getLastFollowUpAt().toString()),
            new Column("nextFollowUpAt", c -> c.getNextFollowUpAt() == null ? null
                    : c.getNextFollowUpAt().toString()));

    record Column(String header, Function<Customer, String> value) {
    }

    private final CustomerRepository customers;
    private final CustomerService customerService;
    private final DataScope dataScope;
    private final EntityManager entityManager;

    CustomerExportService(CustomerRepository customers, CustomerService customerService, DataScope dataScope,
            EntityManager entityManager) {
        this.customers = customers;
        this.customerService = customerService;
        this.dataScope = dataScope;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public long export(CustomerFilter filter, ExportFormat format, OutputStream out) throws IOException {
        Specification<Customer> rows = customerService.visibleMatching(dataScope.current(), filter);
        return format == ExportFormat.CSV ? writeCsv(rows, out) : writeXlsx(rows, out);
    }

    private long writeCsv(Specification<Customer> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte-order mark lets Excel open UTF-8 (Chinese names) correctly.
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.stream().map(Column::header).toArray(String[]::new)).get());
        long written = 0;
        for (int page = 0; ; page++) {
            Page<Customer> batch = customers.findAll(rows, PageRequest.of(page, PAGE_SIZE, Sort.by("id")));
            for (Customer customer : batch) {
                for (Column column : COLUMNS) {
                    csv.print(neutralised(column.value().apply(customer)));
                }
                csv.println();
                written++;
            }
            csv.flush();
            entityManager.clear();
            if (!batch.hasNext()) {
                return written;
            }
        }
    }

    private long writeXlsx(Specification<Customer> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Salesflow", "1.0");
        Worksheet sheet = workbook.newWorksheet("Customers");
        for (int col = 0; col < COLUMNS.size(); col++) {
            sheet.value(0, col, COLUMNS.get(col).header());
            sheet.style(0, col).bold().set();
        }
        int row = 1;
        for (int page = 0; ; page++) {
            Page<Customer> batch = customers.findAll(rows, PageRequest.of(page, PAGE_SIZE, Sort.by("id")));
            for (Customer customer : batch) {
                for (int col = 0; col < COLUMNS.size(); col++) {
                    String value = neutralised(COLUMNS.get(col).value().apply(customer));
                    if (value != null) {
                        sheet.value(row, col, value);
                    }
                }
                row++;
            }
            sheet.flush();
            entityManager.clear();
            if (!batch.hasNext()) {
                workbook.finish();
                return row - 1L;
            }
        }
    }

    /** CSV injection: the import side strips the apostrophe again (SpreadsheetText.restored). */
    static String neutralised(String value) {
        return SpreadsheetText.neutralised(value);
    }

    private static String name(Enum<?> value) {
        return Objects.toString(value == null ? null : value.name(), null);
    }
}
