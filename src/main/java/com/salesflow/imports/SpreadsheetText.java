package com.salesflow.imports;

/**
 * Cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
 * return at the start) are written with a leading apostrophe, and read back without it, so that exports, reports
 * and imports of the same file agree.
 */
public final class SpreadsheetText {

    static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The value as a spreadsheet shows it as text. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    /** The value with the apostrophe {@link #neutralised} added removed again. */
    public static String restored(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
