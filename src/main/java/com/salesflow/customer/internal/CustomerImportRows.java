package com.salesflow.customer.internal;

import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.customer.Source;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.ImportRow;
import com.salesflow.imports.ImportRowHandler;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Customer rows of an import in the documented format (docs/customer-data-format.md): each row is validated, checked
 * against existing customers (same phone, e-mail or company name) and imported or rejected whole.
 */
@Component
class CustomerImportRows implements ImportRowHandler<CustomerForm> {

    // Customers are plain rows written by the hundred (ImportedRows), so large batches pay.
    private static final int BATCH = 500;

    private final CustomerService customers;

    CustomerImportRows(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CUSTOMERS;
    }

    /** Everyone may: the owner rules of a new customer (own, pool, or in the caller's scope) still apply per row. */
    @Override
    public boolean mayImport() {
        return true;
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public List<String> templateColumns() {
        return CustomerExportService.COLUMNS.stream().map(CustomerExportService.Column::header).toList();
    }

    @Override
    public List<String> templateExample() {
        return List.of("", "COMPANY", "Huadong Machinery Co. Ltd.", "+86 21 5555 0101", "info@huadong.example",
                "https://huadong.example", "Machinery", "East", "Shanghai", "EVENT", "", "ORDINARY", "", "PROSPECT",
                "B", "500000.00", "30", "fair;machinery", "", "2027-01-15");
    }

    @Override
    public List<List<FieldError>> importAll(List<CustomerForm> forms) {
        return customers.importAll(forms);
    }

    @Override
    public CustomerForm parse(ImportRow row, List<FieldError> errors) {
        CustomerForm form = new CustomerForm();
        form.setType(row.enumValue("type", CustomerType.class, CustomerType.COMPANY, errors));
        form.setName(row.value("name"));
        form.setPhone(row.value("phone"));
        form.setEmail(row.value("email"));
        form.setWebsite(row.value("website"));
        form.setIndustry(row.value("industry"));
        form.setRegion(row.value("region"));
        form.setAddress(row.value("address"));
        form.setSource(row.enumValue("source", Source.class, Source.IMPORT, errors));
        form.setOwner(row.text("owner"));
        form.setGrade(row.enumValue("grade", Grade.class, Grade.ORDINARY, errors));
        form.setLifecycle(row.enumValue("lifecycle", Lifecycle.class, Lifecycle.PROSPECT, errors));
        form.setCreditRating(row.enumValue("creditRating", CreditRating.class, null, errors));
        String limit = row.text("creditLimit");
        try {
            form.setCreditLimit(limit == null ? null : new BigDecimal(limit.replace(",", "")));
        } catch (NumberFormatException e) {
            errors.add(new FieldError("creditLimit", "import.number", "Not a number: " + limit));
        }
        String days = row.text("paymentTermDays");
        try {
            form.setPaymentTermDays(days == null ? null : Integer.valueOf(days));
        } catch (NumberFormatException e) {
            errors.add(new FieldError("paymentTermDays", "import.number", "Not a whole number: " + days));
        }
        String tags = row.text("tags");
        form.setTags(tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.stream(tags.split(";"))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList()));
        String next = row.text("nextFollowUpAt");
        try {
            form.setNextFollowUpAt(next == null ? null : LocalDate.parse(next.length() > 10 ? next.substring(0, 10)
                    : next));
        } catch (RuntimeException e) {
            errors.add(new FieldError("nextFollowUpAt", "import.date", "Not a date (yyyy-mm-dd): " + next));
        }
        return form;
    }
}
