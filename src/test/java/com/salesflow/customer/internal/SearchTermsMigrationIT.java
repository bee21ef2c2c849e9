package com.salesflow.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Java migration V5 on a database that has customers but no search terms yet (an installation upgraded from
 * before V4): it must give them the same terms the application writes. Runs in a transaction that is rolled back.
 */
@IntegrationTest
class SearchTermsMigrationIT {

    @Autowired
    DataSource dataSource;

    @Test
    void existing_customers_and_their_contacts_get_their_search_terms() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id = insertCustomerWithoutTerms(connection);
                connection.createStatement().executeUpdate("delete from sf_customer_term");

                new V5__IndexCustomerSearchTerms().migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });

                Set<String> terms = new HashSet<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "select term from sf_customer_term where customer_id = ?")) {
                    select.setLong(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            terms.add(rows.getString(1));
                        }
                    }
                }
                assertThat(terms).contains("西湖龙井茶业", "龙井茶业", "13912345678", "5678", "info@longjing.example.cn",
                        "张伟", "02161234567");
                try (ResultSet count = connection.createStatement().executeQuery(
                        "select count(distinct customer_id) from sf_customer_term")) {
                    count.next();
                    try (ResultSet customers = connection.createStatement().executeQuery(
                            "select count(*) from sf_customer")) {
                        customers.next();
                        assertThat(count.getLong(1)).isEqualTo(customers.getLong(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static long insertCustomerWithoutTerms(Connection connection) throws Exception {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into sf_customer (type, name, name_key, phone, phone_key, email, source, grade, lifecycle,
                created_at, created_by, version)
                values ('COMPANY', '杭州西湖龙井茶业有限公司', '杭州西湖龙井茶业', '139 1234 5678', '13912345678',
                'info@longjing.example.cn', 'IMPORT', 'ORDINARY', 'PROSPECT', current_timestamp, 'test', 0)""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement contact = connection.prepareStatement(
                "insert into sf_contact (customer_id, name, phone, version) values (?, '张伟', '021-6123 4567', 0)")) {
            contact.setLong(1, id);
            contact.executeUpdate();
        }
        return id;
    }
}
