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
        long leadId = ((Number) task.getVariable(LeadService.LEAD_ID)).longValue();
        boolean delegated = task instanceof TaskEntity entity && entity.getDelegationState() == DelegationState.PENDING;
        qualification.ownerFollowsTask(leadId, task.getAssignee(), delegated);
        if (task.getAssignee() != null && !delegated && !task.getAssignee().equals(task.getVariable("owner"))) {
            task.getExecution().setVariable("owner", task.getAssignee());
        }
    }
}
