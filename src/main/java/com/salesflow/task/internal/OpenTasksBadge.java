package com.salesflow.task.internal;

import com.salesflow.shared.ui.NavigationBadge;
import com.salesflow.task.TaskFilter;
import com.salesflow.task.TaskList;
import com.salesflow.task.Tasks;
import org.springframework.stereotype.Component;

/** The signed-in user's open tasks (own and offered to their groups) beside "Tasks" in the navigation. */
@Component
class OpenTasksBadge implements NavigationBadge {

    private final Tasks tasks;

    OpenTasksBadge(Tasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String path() {
        return "tasks";
    }

    @Override
    public long count() {
        return tasks.count(TaskList.MINE, TaskFilter.any()) + tasks.count(TaskList.GROUP, TaskFilter.any());
    }
}
