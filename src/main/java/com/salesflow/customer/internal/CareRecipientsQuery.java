package com.salesflow.customer.internal;

import com.salesflow.customer.CareRecipients;
import com.salesflow.customer.Grade;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class CareRecipientsQuery implements CareRecipients {

    private final NamedParameterJdbcTemplate jdbc;

    CareRecipientsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CareRecipient> birthdaysOn(MonthDay day) {
        Map<String, Object> params = Map.of("month", day.getMonthValue(), "day", day.getDayOfMonth());
        List<CareRecipient> found = new ArrayList<>(jdbc.query("""
                select c.id customer_id, null contact_id, c.name name, c.name company, c.owner, c.grade
                from sf_customer c where c.owner is not null and c.dropped = false and c.type = 'PERSON' and c.birthday is not null
                and extract(month from c.birthday) = :month and extract(day from c.birthday) = :day""",
                params, CareRecipientsQuery::recipient));
        found.addAll(jdbc.query("""
                select c.id customer_id, k.id contact_id, k.name name, c.name company, c.owner, c.grade
                from sf_contact k join sf_customer c on c.id = k.customer_id
                where c.owner is not null and c.dropped = false and k.birthday is not null
                and extract(month from k.birthday) = :month and extract(day from k.birthday) = :day""",
                params, CareRecipientsQuery::recipient));
        found.sort(Comparator.comparingLong(CareRecipient::customerId));
        return found;
    }

    @Override
    public List<CareRecipient> addressees(long afterCustomerId, int limit) {
        return jdbc.query("""
                select c.id customer_id,
                       case when c.type = 'PERSON' then null else k.id end contact_id,
                       case when c.type = 'PERSON' or k.id is null then c.name else k.name end name,
                       c.name company, c.owner, c.grade
                from sf_customer c
                left join sf_contact k on k.id = (select min(x.id) from sf_contact x where x.customer_id = c.id)
                where c.owner is not null and c.dropped = false and c.id > :after order by c.id limit :limit""",
                Map.of("after", afterCustomerId, "limit", limit), CareRecipientsQuery::recipient);
    }

    private static CareRecipient recipient(ResultSet rs, int row) throws SQLException {
        long contactId = rs.getLong("contact_id");
        Long contact = rs.wasNull() ? null : contactId;
        String grade = rs.getString("grade");
        return new CareRecipient(rs.getLong("customer_id"), contact, rs.getString("name"), rs.getString("company"),
                rs.getString("owner"), grade == null ? null : Grade.valueOf(grade));
    }
}
