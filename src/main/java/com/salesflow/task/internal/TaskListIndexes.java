package com.salesflow.task.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index the task lists need on the engine's task table: unassigned (and assigned) tasks in due-date order, ties by
 * id, so that the first page of Group tasks is read from the index instead of sorting every offered task
 * ({@link TaskListQueries}). Created here rather than by Flyway because the engine creates its own tables when it is
 * built, after Flyway has run on a fresh database; this runs right after that, and only creates what is missing.
 */
@Component
class TaskListIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskListIndexes.class);
    static final String QUEUE = "SF_IDX_TASK_QUEUE";

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "ACT_RU_TASK", QUEUE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create index " + QUEUE + " on ACT_RU_TASK (ASSIGNEE_, DUE_DATE_, ID_)");
                }
                log.info("Created index {} on ACT_RU_TASK for the task lists", QUEUE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the task list index " + QUEUE, e);
        }
    }

    static boolean exists(Connection connection, String table, String index) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String tableName = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), null, tableName, false, true)) {
            while (indexes.next()) {
                if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
