package com.salesflow.product.internal;

import com.salesflow.product.PriceListForm;
import com.salesflow.product.ProductForm;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of products, price lists and prices, without the database: every wrong field is reported at once, each
 * with a code that the screens translate ({@code error.<code>}). Uniqueness is the services' part.
 */
final class ProductRules {

    /** Letters, digits and {@code . _ - /}, starting with a letter or digit, e.g. {@code PRD-1001}. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,39}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 20;
    static final int MAX_LIST_NAME = 100;
    /** decimal(15,2): thirteen digits before the point. */
    private static final BigDecimal MAX_MONEY = new BigDecimal("10000000000000");

    /** A product's values as stored: stripped, code and currency in upper case, money with two decimals. */
    record Values(String code, String nameEn, String nameZh, String unit, BigDecimal listPrice, BigDecimal cost,
            BigDecimal taxRate, String currency, Boolean active) {
    }

    private ProductRules() {
    }

    static Values product(ProductForm form, List<FieldError> errors) {
        String code = code(form.getCode(), errors);
        String nameEn = name(form.getNameEn(), "nameEn", "product.nameEn", errors);
        String nameZh = name(form.getNameZh(), "nameZh", "product.nameZh", errors);
        String unit = strip(form.getUnit());
        if (unit == null) {
            errors.add(new FieldError("unit", "product.unit", "Say in which unit the product is sold (台, 套, 件, ...)."));
        } else if (unit.length() > MAX_UNIT) {
            errors.add(new FieldError("unit", "product.unitTooLong", "A unit has at most 20 characters."));
        }
        BigDecimal listPrice = money(form.getListPrice(), "listPrice", errors);
        BigDecimal cost = money(form.getCost(), "cost", errors);
        BigDecimal taxRate = taxRate(form.getTaxRate(), errors);
        String currency = currency(form.getCurrency(), errors);
        return new Values(code, nameEn, nameZh, unit, listPrice, cost, taxRate, currency, form.getActive());
    }

    static String code(String value, List<FieldError> errors) {
        String code = strip(value);
        if (code == null) {
            errors.add(new FieldError("code", "product.codeRequired", "Give the product a code, e.g. PRD-1001."));
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "product.code",
                    "A code has 1 to 40 letters, digits and . _ - /, starting with a letter or digit."));
        }
        return code;
    }

    private static String name(String value, String field, String code, List<FieldError> errors) {
        String name = strip(value);
        if (name == null) {
            errors.add(new FieldError(field, code, "Give the product's name in English and in Chinese."));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError(field, "product.nameTooLong", "A name has at most 200 characters."));
        }
        return name;
    }

    /** Required, zero or more, at most two decimals; answered with two decimals. */
    static BigDecimal money(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "price.required", "Enter an amount (0 or more)."));
            return null;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "price.negative", "An amount cannot be negative."));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "price.scale", "An amount has at most two decimals."));
            return null;
        }
        if (value.compareTo(MAX_MONEY) >= 0) {
            errors.add(new FieldError(field, "price.tooLarge", "This amount is too large."));
            return null;
        }
        return value.setScale(2);
    }

    /** A fraction from 0 to 1 (0.13 = 13 %), at most four decimals. */
    static BigDecimal taxRate(BigDecimal value, List<FieldError> errors) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError("taxRate", "product.taxRate",
                    "The tax rate is a fraction from 0 to 1, e.g. 0.13 for 13 %."));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError("taxRate", "product.taxRateScale", "A tax rate has at most four decimals."));
            return null;
        }
        return value.setScale(4);
    }

    /** An ISO 4217 code; empty means CNY. */
    static String currency(String value, List<FieldError> errors) {
        String text = strip(value);
        if (text == null) {
            return ProductForm.DEFAULT_CURRENCY;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(code).matches() || !known(code)) {
            errors.add(new FieldError("currency", "currency.unknown",
                    "The currency is a three-letter ISO code such as CNY, USD or EUR."));
            return null;
        }
        return code;
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A price list's values as stored. */
    record ListValues(String name, String currency, java.time.LocalDate validFrom, java.time.LocalDate validTo,
            Boolean active) {
    }

    static ListValues priceList(PriceListForm form, List<FieldError> errors) {
        String name = strip(form.getName());
        if (name == null) {
            errors.add(new FieldError("name", "priceList.name", "Give the price list a name."));
        } else if (name.length() > MAX_LIST_NAME) {
            errors.add(new FieldError("name", "priceList.nameTooLong", "A name has at most 100 characters."));
        }
        String currency = currency(form.getCurrency(), errors);
        if (form.getValidFrom() == null) {
            errors.add(new FieldError("validFrom", "priceList.validFrom", "Say from which day the prices apply."));
        } else if (form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
            errors.add(new FieldError("validTo", "priceList.validTo",
                    "The last valid day cannot be before the first."));
        }
        return new ListValues(name, currency, form.getValidFrom(), form.getValidTo(), form.getActive());
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
