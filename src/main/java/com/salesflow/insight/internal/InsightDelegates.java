package com.salesflow.insight.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The thin beans that {@code win-back}, {@code grade-confirmation} and {@code replenishment} name. */
final class InsightDelegates {

    private InsightDelegates() {
    }

    static long id(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }

    @Component("winBackWon")
    static class WinBackWon implements JavaDelegate {
        private final InsightTasks tasks;

        WinBackWon(InsightTasks tasks) {
            this.tasks = tasks;
        }

        @Override
        public void execute(DelegateExecution execution) {
            tasks.wonBack(id(execution, InsightTasks.WIN_BACK_ID));
        }
    }

    @Component("winBackExpired")
    static class WinBackExpired implements JavaDelegate {
        private final InsightTasks tasks;

        WinBackExpired(InsightTasks tasks) {
            this.tasks = tasks;
        }

        @Override
        public void execute(DelegateExecution execution) {
            tasks.deadlinePassed(id(execution, InsightTasks.WIN_BACK_ID));
        }
    }

    @Component("closeReplenishment")
    static class CloseReplenishment implements JavaDelegate {
        private final InsightTasks tasks;

        CloseReplenishment(InsightTasks tasks) {
            this.tasks = tasks;
        }

        @Override
        public void execute(DelegateExecution execution) {
            tasks.closeReplenishment(id(execution, InsightTasks.REPLENISHMENT_ID));
        }
    }

    /** Reads the form's {@code confirm}; the one who completed the task is the engine's current user. */
    @Component("decideGradeSuggestion")
    static class DecideGradeSuggestion implements JavaDelegate {
        private final InsightTasks tasks;

        DecideGradeSuggestion(InsightTasks tasks) {
            this.tasks = tasks;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Authentication user = execution.getProcessEngineServices().getIdentityService()
                    .getCurrentAuthentication();
            tasks.decideGrade(id(execution, InsightTasks.SUGGESTION_ID),
                    Boolean.TRUE.equals(execution.getVariable("confirm")),
                    user == null ? ClassificationRunner.SYSTEM : user.getUserId());
        }
    }
}
