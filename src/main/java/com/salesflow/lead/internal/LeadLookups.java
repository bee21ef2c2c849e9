package com.salesflow.lead.internal;

import com.salesflow.lead.LeadStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The look-ups every lead intake makes (duplicate check, fair pick), in plain SQL inside the intake's transaction.
 * Through JPA each was an HQL query with list parameters, which Hibernate translates to SQL again on every call and
 * which flushes the session first: the intake benchmark's profile found that at more than the queries themselves.
 * The statements read rows the intake has written already ({@code saveAndFlush} of the new lead) or that other
 * transactions committed; nothing pending in the session changes their answers.
 */
@Component
class LeadLookups {

    /** Per owner: open leads, and when a lead was last assigned to them (null: never). */
    record OwnerLoad(long openLeads, Instant lastAssigned) {
    }

    private static final List<String> OPEN = List.of(LeadStatus.QUALIFYING.name(), LeadStatus.NURTURE.name());

    private final NamedParameterJdbcTemplate jdbc;

    LeadLookups(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The oldest open lead other than {@code id} with the same phone key, e-mail or company key: one statement,
     * one indexed look-up per key (an {@code or} across the three columns reads every open lead).
     */
    Optional<Long> oldestOpenDuplicate(long id, String phoneKey, String email, String companyKey) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("id", id).addValue("open", OPEN);
        List<String> branches = new ArrayList<>(3);
        addBranch(branches, parameters, "phone_key", phoneKey);
        addBranch(branches, parameters, "email", email);
        addBranch(branches, parameters, "company_key", companyKey);
        if (branches.isEmpty()) {
            return Optional.empty();
        }
        record Found(long id, Instant createdAt) {
        }
        return jdbc.query(String.join(" union all ", branches), parameters,
                        (row, n) -> new Found(row.getLong(1), row.getTimestamp(2).toInstant())).stream()
                .min(java.util.Comparator.comparing(Found::createdAt).thenComparingLong(Found::id))
                .map(Found::id);
    }

    private static void addBranch(List<String> branches, MapSqlParameterSource parameters, String column,
            String value) {
        if (value == null) {
            return;
        }
        parameters.addValue(column, value);
        branches.add("(select id, created_at from sf_lead where " + column + " = :" + column
                + " and status in (:open) and id <> :id order by created_at, id limit 1)");
    }

    /** Load of each candidate owner for the fair assignment; owners without any lead are left out. */
    Map<String, OwnerLoad> loadOf(Collection<String> owners) {
        Map<String, OwnerLoad> loads = new HashMap<>();
        if (owners.isEmpty()) {
            return loads;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("owners", owners)
                .addValue("open", OPEN);
        // Two grouped reads, each on its own index: (owner, status) for the open leads, (owner, assigned_at) for
        // the last assignment, which would otherwise read every lead each owner ever had.
        jdbc.query("select owner, count(*) from sf_lead where owner in (:owners) and status in (:open) group by owner",
                parameters, row -> {
                    loads.put(row.getString(1), new OwnerLoad(row.getLong(2), null));
                });
        jdbc.query("select owner, max(assigned_at) from sf_lead where owner in (:owners) group by owner", parameters,
                row -> {
                    Timestamp last = row.getTimestamp(2);
                    String owner = row.getString(1);
                    OwnerLoad open = loads.get(owner);
                    loads.put(owner, new OwnerLoad(open == null ? 0 : open.openLeads(),
                            last == null ? null : last.toInstant()));
                });
        return loads;
    }
}
