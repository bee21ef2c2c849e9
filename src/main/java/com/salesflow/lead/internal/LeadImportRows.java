package com.salesflow.lead.internal;

import com.salesflow.customer.Source;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.ImportRow;
import com.salesflow.imports.ImportRowHandler;
import com.salesflow.lead.CompanySize;
import com.salesflow.lead.Engagement;
import com.salesflow.lead.LeadForm;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Lead rows of an import: each row goes through the same intake as the form and {@code POST /api/leads} (same
 * checks, then the lead saved and {@code lead-qualification} started in one transaction). Duplicates, also within
 * the file, are the process's business: a row like an open lead is merged into it.
 */
@Component
class LeadImportRows implements ImportRowHandler<LeadForm> {

    // Each row starts a process (duplicate check, two decision tables, routing, a task): a small batch keeps the
    // redo small when one row fails and moves the progress bar about once a second.
    private static final int BATCH = 25;

    private static final List<String> COLUMNS = List.of("name", "company", "phone", "email", "source", "industry",
            "region", "companySize", "engagement", "need", "notes");

    /** The headers a Chinese spreadsheet would have; the English ones are the API's field names. */
    private static final Map<String, String> CHINESE_HEADERS = Map.ofEntries(
            Map.entry("姓名", "name"), Map.entry("联系人", "name"),
            Map.entry("公司", "company"), Map.entry("公司名称", "company"),
            Map.entry("电话", "phone"), Map.entry("手机", "phone"),
            Map.entry("邮箱", "email"), Map.entry("电子邮件", "email"),
            Map.entry("来源", "source"), Map.entry("行业", "industry"),
            Map.entry("地区", "region"), Map.entry("区域", "region"),
            Map.entry("公司规模", "companysize"), Map.entry("规模", "companysize"),
            Map.entry("意向", "engagement"), Map.entry("需求", "need"), Map.entry("备注", "notes"));

    private final LeadService leads;
    private final CurrentUser currentUser;

    LeadImportRows(LeadService leads, CurrentUser currentUser) {
        this.leads = leads;
        this.currentUser = currentUser;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.LEADS;
    }

    /**
     * Supervisors, directors and admins. Not salespeople: an imported list is routed across the teams, so it hands
     * work to others; that is a supervisor's call. A salesperson still adds leads one by one.
     */
    @Override
    public boolean mayImport() {
        return currentUser.hasRole(Roles.SUPERVISORS) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS);
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public Map<String, String> headerAliases() {
        return CHINESE_HEADERS;
    }

    @Override
    public List<String> templateColumns() {
        return COLUMNS;
    }

    @Override
    public List<String> templateExample() {
        return List.of("Zhou Min", "Huadong Electronics Co. Ltd.", "+86 138 0000 0000", "zhou.min@huadong.example",
                "EVENT", "Electronics", "East", "MEDIUM", "MEDIUM", "Sensors for a new line", "Met at the fair");
    }

    /** The form with {@code source} IMPORT when the column is empty, checked by the intake's own rules. */
    @Override
    public LeadForm parse(ImportRow row, List<FieldError> errors) {
        LeadForm form = new LeadForm();
        form.setName(row.value("name"));
        form.setCompany(row.value("company"));
        form.setPhone(row.value("phone"));
        form.setEmail(row.value("email"));
        form.setSource(row.enumValue("source", Source.class, Source.IMPORT, errors));
        form.setIndustry(row.value("industry"));
        form.setRegion(row.value("region"));
        form.setCompanySize(row.enumValue("companySize", CompanySize.class, null, errors));
        form.setEngagement(row.enumValue("engagement", Engagement.class, Engagement.LOW, errors));
        form.setNeed(row.value("need"));
        form.setNotes(row.value("notes"));
        try {
            leads.validated(form, currentUser.requireUsername());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        return form;
    }

    /** Each row as the intake does it; throwing (e.g. a team with nobody to take leads) retries row by row. */
    @Override
    public List<List<FieldError>> importAll(List<LeadForm> forms) {
        String importedBy = currentUser.requireUsername();
        List<List<FieldError>> outcomes = new ArrayList<>();
        for (LeadForm form : forms) {
            leads.intake(form, importedBy);
            outcomes.add(List.of());
        }
        return outcomes;
    }
}
