package com.salesflow.customer.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rows written by the hundred as {@code insert … values (…), (…)}: JPA inserts one statement per row (identity
 * ids), and MySQL's driver sends even a JDBC batch one row per round trip, which made imports three times slower.
 */
@Component
class MultiRowInserts {

    private static final int ROWS_PER_INSERT = 500;

    private final JdbcTemplate jdbc;

    MultiRowInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the rows (each with one value per column) in the caller's transaction. */
    void insert(String table, List<String> columns, List<Object[]> rows) {
        for (List<Object[]> chunk : chunks(rows)) {
            jdbc.update(sql(table, columns, chunk.size()), values(chunk));
        }
    }

    /** Inserts the rows and returns the ids the database generated for them, in the rows' order. */
    List<Long> insertReturningIds(String table, List<String> columns, List<Object[]> rows) {
        List<Long> ids = new ArrayList<>();
        for (List<Object[]> chunk : chunks(rows)) {
            Object[] values = values(chunk);
            jdbc.execute((ConnectionCallback<Void>) (Connection connection) -> {
                try (PreparedStatement insert = connection.prepareStatement(sql(table, columns, chunk.size()),
                        Statement.RETURN_GENERATED_KEYS)) {
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                }
                return null;
            });
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " ids for " + rows.size()
                    + " rows of " + table);
        }
        return ids;
    }

    private static List<List<Object[]>> chunks(List<Object[]> rows) {
        List<List<Object[]>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
        return chunks;
    }

    private static String sql(String table, List<String> columns, int rowCount) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return "insert into " + table + " (" + String.join(", ", columns) + ") values " + row
                + (", " + row).repeat(rowCount - 1);
    }

    private static Object[] values(List<Object[]> rows) {
        List<Object> values = new ArrayList<>();
        for (Object[] row : rows) {
            values.addAll(java.util.Arrays.asList(row));
        }
        return values.toArray();
    }
}
