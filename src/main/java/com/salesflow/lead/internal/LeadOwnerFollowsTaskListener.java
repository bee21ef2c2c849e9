package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Component;

/** On every assignment of the Qualify task: whoever has the task owns the lead (a delegation excepted). */
@Component("leadOwnerFollowsTask")
class LeadOwnerFollowsTaskListener implements TaskListener {

    private final LeadQualification qualification;

    LeadOwnerFollowsTaskListener(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        // Routing and the late-lead reassign set the lead's owner and this variable together: nothing to follow.
        if (assignee == null || assignee.equals(task.getExecution().getVariable("owner"))) {
            return;
        }
        if (task instanceof TaskEntity entity && entity.getDelegationState() == DelegationState.PENDING) {
            return;
        }
        long leadId = ((Number) task.getExecution().getVariable(LeadService.LEAD_ID)).longValue();
        qualification.ownerFollowsTask(leadId, assignee);
        task.getExecution().setVariable("owner", assignee);
    }
}
