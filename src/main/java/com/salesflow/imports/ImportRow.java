package com.salesflow.imports;

import com.salesflow.shared.InvalidInputException.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One data row of an import file, its cells keyed by column header. Headers are matched without regard to case,
 * and a kind's header aliases (e.g. Chinese headers) are already mapped to its own column names.
 *
 * @param number the spreadsheet row number (the header is row 1)
 */
public record ImportRow(int number, Map<String, String> cells) {

    /** The cell as written, with the apostrophe an export puts before formula-like text removed; null if absent. */
    public String value(String column) {
        return SpreadsheetText.restored(cells.get(column.toLowerCase(Locale.ROOT)));
    }

    /** The stripped cell, or null when it is absent or blank. */
    public String text(String column) {
        String value = value(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The cell as a value of {@code type} (its name, any case), the fallback when blank, and a field error naming
     * the allowed values when it is none of them.
     */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type, E fallback, List<FieldError> errors) {
        String text = text(column);
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "import.value", "Unknown value '" + text + "'; allowed: "
                    + Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }
}
