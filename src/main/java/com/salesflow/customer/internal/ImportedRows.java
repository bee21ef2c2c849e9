package com.salesflow.customer.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rows an import writes by the hundred, as multi-row inserts: JPA inserts them one statement per row (identity
 * ids), and MySQL's driver sends even a JDBC batch one row per round trip.
 */
@Component
class ImportedRows {

    private static final int ROWS_PER_INSERT = 500;

    private final JdbcTemplate jdbc;

    ImportedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void ownershipChanges(List<OwnershipChange> changes) {
        for (int from = 0; from < changes.size(); from += ROWS_PER_INSERT) {
            List<OwnershipChange> chunk = changes.subList(from, Math.min(changes.size(), from + ROWS_PER_INSERT));
            List<Object> values = new ArrayList<>();
            for (OwnershipChange change : chunk) {
                values.add(change.getCustomerId());
                // UTC wall time, as Hibernate writes instants (hibernate.jdbc.time_zone: UTC).
                values.add(LocalDateTime.ofInstant(change.getChangedAt(), ZoneOffset.UTC));
                values.add(change.getFromOwner());
                values.add(change.getToOwner());
                values.add(change.getChangedBy());
                values.add(change.getReason().name());
                values.add(change.getComment());
            }
            jdbc.update("insert into sf_ownership_change (customer_id, changed_at, from_owner, to_owner, changed_by, "
                    + "reason, comment) values (?, ?, ?, ?, ?, ?, ?)" + ", (?, ?, ?, ?, ?, ?, ?)".repeat(chunk.size() - 1),
                    values.toArray());
        }
    }
}
