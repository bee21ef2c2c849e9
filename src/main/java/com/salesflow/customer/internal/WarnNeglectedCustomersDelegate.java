package com.salesflow.customer.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("warnNeglectedCustomers")
class WarnNeglectedCustomersDelegate implements JavaDelegate {

    private final PoolRecycling poolRecycling;

    WarnNeglectedCustomersDelegate(PoolRecycling poolRecycling) {
        this.poolRecycling = poolRecycling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("warnedCount", poolRecycling.warnOwners());
    }
}
