package com.salesflow.customer.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Fills {@code sf_customer_term} for the customers that existed before search terms (V4). */
@Component
class V5__IndexCustomerSearchTerms extends BaseJavaMigration {

    private static final int CHUNK = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long lastId = 0;
        while (true) {
            List<Object[]> customers = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, name, phone, email from sf_customer where id > ? order by id")) {
                select.setLong(1, lastId);
                select.setMaxRows(CHUNK);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        customers.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4)});
                    }
                }
            }
            if (customers.isEmpty()) {
                return;
            }
            long from = (Long) customers.get(0)[0];
            lastId = (Long) customers.get(customers.size() - 1)[0];
            Map<Long, List<Contact>> contacts = contactsBetween(connection, from, lastId);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into sf_customer_term (term, customer_id) values (?, ?)")) {
                for (Object[] customer : customers) {
                    long id = (Long) customer[0];
                    for (String term : SearchTerms.of((String) customer[1], (String) customer[2],
                            (String) customer[3], contacts.getOrDefault(id, List.of()))) {
                        insert.setString(1, term);
                        insert.setLong(2, id);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    private static Map<Long, List<Contact>> contactsBetween(Connection connection, long from, long to)
            throws SQLException {
        Map<Long, List<Contact>> contacts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select customer_id, name, phone, email from sf_contact where customer_id between ? and ?")) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Contact contact = new Contact(rows.getLong(1));
                    contact.update(rows.getString(2), null, rows.getString(3), rows.getString(4), null, null);
                    contacts.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(contact);
                }
            }
        }
        return contacts;
    }
}
