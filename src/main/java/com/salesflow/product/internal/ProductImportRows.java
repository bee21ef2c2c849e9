package com.salesflow.product.internal;

import com.salesflow.imports.ImportKind;
import com.salesflow.imports.ImportRow;
import com.salesflow.imports.ImportRowHandler;
import com.salesflow.product.ProductForm;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Catalogue rows of an import: each row creates the product with its code or updates the one that has it (the file
 * is the newer word, so no version check), with the same rules as the product dialog. Tax rates may be written as
 * {@code 0.13} or {@code 13%}; an empty tax rate is 13 %, an empty currency CNY, an empty {@code active} keeps an
 * existing product as it is and makes a new one active.
 */
@Component
class ProductImportRows implements ImportRowHandler<ProductForm> {

    // A row is one select and one insert or update: large batches keep a catalogue of thousands quick.
    private static final int BATCH = 200;

    private static final List<String> COLUMNS = List.of("code", "nameEn", "nameZh", "unit", "listPrice", "cost",
            "taxRate", "currency", "active");

    /** Chinese headers and spelled-out English ones; the plain English ones are the API's field names. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("产品编码", "code"), Map.entry("编码", "code"), Map.entry("产品代码", "code"),
            Map.entry("代码", "code"), Map.entry("product code", "code"),
            Map.entry("英文名称", "nameen"), Map.entry("英文名", "nameen"), Map.entry("name (english)", "nameen"),
            Map.entry("name_en", "nameen"), Map.entry("english name", "nameen"),
            Map.entry("中文名称", "namezh"), Map.entry("中文名", "namezh"), Map.entry("产品名称", "namezh"),
            Map.entry("name (chinese)", "namezh"), Map.entry("name_zh", "namezh"), Map.entry("chinese name", "namezh"),
            Map.entry("单位", "unit"),
            Map.entry("标准价", "listprice"), Map.entry("目录价", "listprice"), Map.entry("标价", "listprice"),
            Map.entry("list price", "listprice"), Map.entry("list_price", "listprice"),
            Map.entry("成本", "cost"), Map.entry("成本价", "cost"),
            Map.entry("税率", "taxrate"), Map.entry("tax rate", "taxrate"), Map.entry("tax_rate", "taxrate"),
            Map.entry("币种", "currency"), Map.entry("货币", "currency"),
            Map.entry("启用", "active"), Map.entry("状态", "active"));

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "active", "是", "启用", "有效");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "inactive", "否", "停用", "无效");

    private final ProductService products;

    ProductImportRows(ProductService products) {
        this.products = products;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCTS;
    }

    /** Those who maintain products: administrators. */
    @Override
    public boolean mayImport() {
        return products.mayMaintain();
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public List<String> templateColumns() {
        return COLUMNS;
    }

    @Override
    public List<String> templateExample() {
        return List.of("PRD-2001", "Variable frequency drive 7.5 kW", "变频器 7.5kW", "台", "4800.00", "3100.00",
                "0.13", "CNY", "true");
    }

    @Override
    public ProductForm parse(ImportRow row, List<FieldError> errors) {
        ProductForm form = new ProductForm();
        form.setCode(row.text("code"));
        form.setNameEn(row.text("nameEn"));
        form.setNameZh(row.text("nameZh"));
        form.setUnit(row.text("unit"));
        form.setListPrice(number(row, "listPrice", errors));
        form.setCost(number(row, "cost", errors));
        String taxRate = row.text("taxRate");
        if (taxRate != null) {
            form.setTaxRate(taxRate(row, errors));
        }
        form.setCurrency(row.text("currency"));
        form.setActive(active(row, errors));
        List<FieldError> rules = products.check(form);
        // A cell that is not a number was reported already; the rules would only add "missing" to it.
        rules.stream().filter(error -> errors.stream().noneMatch(known -> known.field().equals(error.field())))
                .forEach(errors::add);
        return form;
    }

    @Override
    public List<List<FieldError>> importAll(List<ProductForm> forms) {
        List<List<FieldError>> outcomes = new ArrayList<>();
        for (ProductForm form : forms) {
            outcomes.add(products.importRow(form));
        }
        return outcomes;
    }

    /** A number as spreadsheets write it: thousands separators, a currency sign or spaces are ignored. */
    static BigDecimal number(ImportRow row, String column, List<FieldError> errors) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("¥", "").replace("￥", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "import.number", "Not a number: " + text));
            return null;
        }
    }

    /** {@code 0.13} or {@code 13%}. */
    private static BigDecimal taxRate(ImportRow row, List<FieldError> errors) {
        String text = row.text("taxRate").replace(" ", "");
        boolean percent = text.endsWith("%");
        try {
            BigDecimal value = new BigDecimal(percent ? text.substring(0, text.length() - 1) : text);
            return percent ? value.movePointLeft(2) : value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("taxRate", "import.number", "Not a number: " + row.text("taxRate")));
            return null;
        }
    }

    private static Boolean active(ImportRow row, List<FieldError> errors) {
        String text = row.text("active");
        if (text == null) {
            return null;
        }
        String value = text.toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        errors.add(new FieldError("active", "import.value", "Write true or false (是 / 否): " + text));
        return null;
    }
}
