package com.salesflow.task.form;

import java.math.BigDecimal;

/**
 * What a {@code number} field adds to a field.
 *
 * @param decimalDigits     most digits after the decimal point; 0 means whole numbers; null means any
 * @param increment         the step of the up/down buttons; null for the default
 * @param serializeToString form-js {@code serializeToString}: store the number as a decimal string (exact, for
 *                          money) instead of a Long or Double
 */
public record NumberSettings(Integer decimalDigits, BigDecimal increment, boolean serializeToString) {

    public static final NumberSettings DEFAULT = new NumberSettings(null, null, false);

    public boolean wholeNumbers() {
        return decimalDigits != null && decimalDigits == 0;
    }
}
