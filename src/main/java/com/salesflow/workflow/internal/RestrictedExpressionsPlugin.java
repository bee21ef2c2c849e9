package com.salesflow.workflow.internal;

import com.salesflow.workflow.ProcessBeans;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Expressions in models see only {@link ProcessBeans}, not the whole application context (STACK.md pitfall 5).
 * Set here rather than with {@code setBeans}, because the Spring factory bean has built the expression manager
 * before plugins run.
 */
@Component
class RestrictedExpressionsPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final ProcessBeans processBeans;

    RestrictedExpressionsPlugin(ApplicationContext context, ProcessBeans processBeans) {
        this.context = context;
        this.processBeans = processBeans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBeans(processBeans);
        configuration.setExpressionManager(new SpringExpressionManager(context, processBeans));
    }
}
