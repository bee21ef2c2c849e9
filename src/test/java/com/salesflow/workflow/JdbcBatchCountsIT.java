package com.salesflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine flushes in JDBC batches and checks the count of every update and delete for optimistic locking; on
 * MySQL/MariaDB the driver rewrites batches ({@code rewriteBatchedStatements=true}, decision 0007). Whatever the
 * database, an update batch must still report each row's count, so that a stale row is seen as such.
 */
@IntegrationTest
class JdbcBatchCountsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void a_batch_of_updates_reports_each_rows_count_and_inserts_report_success() throws Exception {
        String table = "sf_batch_check_" + Long.toString(System.nanoTime(), 36);
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table " + table + " (id int primary key, rev int not null)");
            try {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into " + table + " (id, rev) values (?, 1)")) {
                    for (int id = 1; id <= 6; id++) {
                        insert.setInt(1, id);
                        insert.addBatch();
                    }
                    for (int count : insert.executeBatch()) {
                        assertThat(count).isIn(1, Statement.SUCCESS_NO_INFO);
                    }
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set rev = rev + 1 where id = ? and rev = ?")) {
                    int[][] rows = {{1, 1}, {2, 1}, {3, 7}, {4, 1}, {5, 1}, {6, 9}};
                    for (int[] row : rows) {
                        update.setInt(1, row[0]);
                        update.setInt(2, row[1]);
                        update.addBatch();
                    }
                    assertThat(update.executeBatch()).containsExactly(1, 1, 0, 1, 1, 0);
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from " + table + " where id = ? and rev = ?")) {
                    int[][] rows = {{1, 2}, {2, 1}, {3, 1}, {4, 2}, {5, 2}};
                    for (int[] row : rows) {
                        delete.setInt(1, row[0]);
                        delete.setInt(2, row[1]);
                        delete.addBatch();
                    }
                    assertThat(delete.executeBatch()).containsExactly(1, 0, 1, 1, 1);
                }
            } finally {
                ddl.execute("drop table " + table);
            }
        }
    }
}
