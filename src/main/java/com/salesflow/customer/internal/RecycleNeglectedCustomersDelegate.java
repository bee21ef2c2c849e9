package com.salesflow.customer.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recycleNeglectedCustomers")
class RecycleNeglectedCustomersDelegate implements JavaDelegate {

    private final PoolRecycling poolRecycling;

    RecycleNeglectedCustomersDelegate(PoolRecycling poolRecycling) {
        this.poolRecycling = poolRecycling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("recycledCount", poolRecycling.recycle());
    }
}
