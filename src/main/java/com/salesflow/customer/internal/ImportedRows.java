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

    private static final String CUSTOMER_COLUMNS = "type, name, name_key, phone, phone_key, email, website, industry, "
            + "region, address, birthday, source, owner, grade, rfm_tier, lifecycle, credit_rating, credit_limit, "
            + "payment_term_days, preferred_channel, preferred_time, background, preferences, needs, concerns, "
            + "last_follow_up_at, next_follow_up_at, owned_since, created_at, created_by, version";
    private static final int CUSTOMER_COLUMN_COUNT = 31;

    /** New customers (not yet persisted) with their tags; each gets the id the database gave it. */
    void customers(List<Customer> customers) {
        for (int from = 0; from < customers.size(); from += ROWS_PER_INSERT) {
            List<Customer> chunk = customers.subList(from, Math.min(customers.size(), from + ROWS_PER_INSERT));
            List<Object> values = new ArrayList<>();
            for (Customer c : chunk) {
                values.addAll(java.util.Arrays.asList(name(c.getType()), c.getName(), c.getNameKey(), c.getPhone(),
                        c.getPhoneKey(), c.getEmail(), c.getWebsite(), c.getIndustry(), c.getRegion(),
                        c.getAddress(), c.getBirthday(), name(c.getSource()), c.getOwner(), name(c.getGrade()),
                        c.getRfmTier(), name(c.getLifecycle()), name(c.getCreditRating()), c.getCreditLimit(),
                        c.getPaymentTermDays(), name(c.getPreferredChannel()), c.getPreferredTime(),
                        c.getBackground(), c.getPreferences(), c.getNeeds(), c.getConcerns(),
                        utc(c.getLastFollowUpAt()), c.getNextFollowUpAt(), utc(c.getOwnedSince()),
                        utc(c.getCreatedAt()), c.getCreatedBy(), c.getVersion()));
            }
            String row = "(" + "?, ".repeat(CUSTOMER_COLUMN_COUNT - 1) + "?)";
            String sql = "insert into sf_customer (" + CUSTOMER_COLUMNS + ") values " + row
                    + (", " + row).repeat(chunk.size() - 1);
            List<Long> ids = new ArrayList<>();
            jdbc.execute((java.sql.Connection connection) -> {
                try (java.sql.PreparedStatement insert = connection.prepareStatement(sql,
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    for (int i = 0; i < values.size(); i++) {
                        insert.setObject(i + 1, values.get(i));
                    }
                    insert.executeUpdate();
                    try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                }
                return null;
            });
            if (ids.size() != chunk.size()) {
                throw new IllegalStateException("The database returned " + ids.size() + " ids for " + chunk.size()
                        + " customers");
            }
            List<Object> tags = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                chunk.get(i).importedAs(ids.get(i));
                for (String tag : chunk.get(i).getTags()) {
                    tags.add(ids.get(i));
                    tags.add(tag);
                }
            }
            if (!tags.isEmpty()) {
                jdbc.update("insert into sf_customer_tag (customer_id, tag) values (?, ?)"
                        + ", (?, ?)".repeat(tags.size() / 2 - 1), tags.toArray());
            }
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
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
