package com.salesflow.customer.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What an import writes besides search terms: customers with their tags, and their ownership history. */
@Component
class ImportedRows {

    private static final List<String> CUSTOMER_COLUMNS = List.of("type", "name", "name_key", "phone", "phone_key",
            "email", "website", "industry", "region", "address", "birthday", "source", "owner", "grade", "rfm_tier",
            "lifecycle", "credit_rating", "credit_limit", "payment_term_days", "preferred_channel", "preferred_time",
            "background", "preferences", "needs", "concerns", "last_follow_up_at", "next_follow_up_at",
            "owned_since", "created_at", "created_by", "version");

    private final MultiRowInserts inserts;

    ImportedRows(MultiRowInserts inserts) {
        this.inserts = inserts;
    }

    /** New customers (not yet persisted) with their tags; each gets the id the database gave it. */
    void customers(List<Customer> customers) {
        List<Object[]> rows = new ArrayList<>();
        for (Customer c : customers) {
            rows.add(new Object[] {name(c.getType()), c.getName(), c.getNameKey(), c.getPhone(), c.getPhoneKey(),
                    c.getEmail(), c.getWebsite(), c.getIndustry(), c.getRegion(), c.getAddress(), c.getBirthday(),
                    name(c.getSource()), c.getOwner(), name(c.getGrade()), c.getRfmTier(), name(c.getLifecycle()),
                    name(c.getCreditRating()), c.getCreditLimit(), c.getPaymentTermDays(),
                    name(c.getPreferredChannel()), c.getPreferredTime(), c.getBackground(), c.getPreferences(),
                    c.getNeeds(), c.getConcerns(), utc(c.getLastFollowUpAt()), c.getNextFollowUpAt(),
                    utc(c.getOwnedSince()), utc(c.getCreatedAt()), c.getCreatedBy(), c.getVersion()});
        }
        List<Long> ids = inserts.insertReturningIds("sf_customer", CUSTOMER_COLUMNS, rows);
        List<Object[]> tags = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            customers.get(i).importedAs(ids.get(i));
            for (String tag : customers.get(i).getTags()) {
                tags.add(new Object[] {ids.get(i), tag});
            }
        }
        inserts.insert("sf_customer_tag", List.of("customer_id", "tag"), tags);
    }

    void ownershipChanges(List<OwnershipChange> changes) {
        inserts.insert("sf_ownership_change", List.of("customer_id", "changed_at", "from_owner", "to_owner",
                "changed_by", "reason", "comment"), changes.stream().map(change -> new Object[] {
                        change.getCustomerId(), utc(change.getChangedAt()), change.getFromOwner(),
                        change.getToOwner(), change.getChangedBy(), change.getReason().name(), change.getComment()})
                .toList());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** UTC wall time, as Hibernate writes instants (hibernate.jdbc.time_zone: UTC). */
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
