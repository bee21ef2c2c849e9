package com.salesflow.workflow.internal;

import com.salesflow.workflow.ProcessBeans;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
        configuration.setExpressionManager(new SpringExpressionManager(context, new AllowedBeans(processBeans)));
    }

    /**
     * The read-only map the engine's resolver asks, looked up lazily: delegates need engine services, so they
     * cannot be created while the engine is being built.
     */
    private static final class AllowedBeans extends AbstractMap<Object, Object> {

        private final ProcessBeans beans;

        AllowedBeans(ProcessBeans beans) {
            this.beans = beans;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && beans.isAllowed(name);
        }

        @Override
        public Object get(Object key) {
            return key instanceof String name ? beans.bean(name) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            Map<Object, Object> all = new LinkedHashMap<>();
            beans.allowedNames().forEach(name -> all.put(name, beans.bean(name)));
            return all.entrySet();
        }
    }
}
