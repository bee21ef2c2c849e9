package com.salesflow.imports;

import com.salesflow.shared.InvalidInputException.FieldError;
import java.util.List;
import java.util.Map;

/**
 * What one kind of import does with its rows, implemented by the feature that owns them. The import worker calls it
 * with the uploading user signed in: {@link #parse} outside any transaction, {@link #importAll} inside one.
 *
 * @param <T> a parsed row, e.g. the feature's form
 */
public interface ImportRowHandler<T> {

    ImportKind kind();

    /** Whether the signed-in user may import this kind; checked on upload. */
    boolean mayImport();

    /** Rows per transaction: large where a row is cheap, small where each row starts a process. */
    int batchSize();

    /** Other header names (lower case) for the kind's columns (lower case), e.g. {@code 电话 → phone}. */
    default Map<String, String> headerAliases() {
        return Map.of();
    }

    /** The columns of the template, in order, and one example row of the same length. */
    List<String> templateColumns();

    List<String> templateExample();

    /**
     * The row as {@code T}, adding every field error found without touching the database; a row with errors is
     * rejected and not passed to {@link #importAll}.
     */
    T parse(ImportRow row, List<FieldError> errors);

    /**
     * Imports the rows in the caller's transaction and answers one list of field errors per row, in order (empty:
     * imported). Throwing rolls the whole batch back, after which each row is tried alone in its own transaction,
     * so that one bad row costs no other and no row is left half imported.
     */
    List<List<FieldError>> importAll(List<T> rows);
}
