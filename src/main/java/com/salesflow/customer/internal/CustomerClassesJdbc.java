package com.salesflow.customer.internal;

import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CustomerClasses;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerClasses} in plain SQL: keyset pages for reading, JDBC batches for writing. */
@Service
@Transactional
class CustomerClassesJdbc implements CustomerClasses {

    private static final int PAGE = 2_000;
    private static final String COLUMNS = "select id, owner, grade, rfm_tier, lifecycle, credit_rating, dropped "
            + "from sf_customer ";

    private final JdbcTemplate jdbc;

    CustomerClassesJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Outside a transaction: the caller writes between pages in transactions of its own. */
    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void forEach(Consumer<Current> action) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Current> page = jdbc.query(COLUMNS + "where id > ? order by id limit " + PAGE,
                    (rs, row) -> current(rs), after);
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).customerId();
        }
    }

    @Override
    public void update(List<Update> updates) {
        jdbc.batchUpdate("update sf_customer set rfm_tier = ?, lifecycle = ?, dropped = ?, version = version + 1 "
                + "where id = ?", updates, updates.size(), (statement, update) -> {
                    statement.setString(1, update.rfmTier());
                    statement.setString(2, update.lifecycle().name());
                    statement.setBoolean(3, update.dropped());
                    statement.setLong(4, update.customerId());
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Current> current(long customerId) {
        return jdbc.query(COLUMNS + "where id = ?", (rs, row) -> current(rs), customerId).stream().findFirst();
    }

    @Override
    public void changeGrade(long customerId, Grade grade) {
        jdbc.update("update sf_customer set grade = ?, version = version + 1 where id = ?", grade.name(), customerId);
    }

    @Override
    public void markDropped(long customerId, boolean dropped) {
        jdbc.update("update sf_customer set dropped = ?, version = version + 1 where id = ?", dropped, customerId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isDropped(long customerId) {
        return current(customerId).map(Current::dropped).orElse(false);
    }

    private static Current current(ResultSet rs) throws SQLException {
        String rating = rs.getString("credit_rating");
        return new Current(rs.getLong("id"), rs.getString("owner"), Grade.valueOf(rs.getString("grade")),
                rs.getString("rfm_tier"), Lifecycle.valueOf(rs.getString("lifecycle")),
                rating == null ? null : CreditRating.valueOf(rating), rs.getBoolean("dropped"));
    }
}
