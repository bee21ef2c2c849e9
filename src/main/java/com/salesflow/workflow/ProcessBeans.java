package com.salesflow.workflow;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The beans that expressions in models may name: delegates, listeners and beans marked {@link ProcessBean}.
 * The engine resolves names through this registry only, so a model cannot reach a repository or a service.
 */
@Component
public class ProcessBeans {

    private static final Class<?>[] ALWAYS_ALLOWED = {JavaDelegate.class, ExecutionListener.class, TaskListener.class};

    private final ApplicationContext context;

    ProcessBeans(ApplicationContext context) {
        this.context = context;
    }

    public boolean isAllowed(String name) {
        if (!context.containsBean(name)) {
            return false;
        }
        Class<?> type = context.getType(name);
        return type != null && (Arrays.stream(ALWAYS_ALLOWED).anyMatch(allowed -> allowed.isAssignableFrom(type))
                || context.findAnnotationOnBean(name, ProcessBean.class) != null);
    }

    /** Names a designer may use in expressions, sorted. */
    public SortedSet<String> allowedNames() {
        SortedSet<String> names = new TreeSet<>(context.getBeansWithAnnotation(ProcessBean.class).keySet());
        for (Class<?> type : ALWAYS_ALLOWED) {
            names.addAll(Arrays.asList(context.getBeanNamesForType(type)));
        }
        return names;
    }

    /** The bean of that name if models may use it, else null. */
    public Object bean(String name) {
        return isAllowed(name) ? context.getBean(name) : null;
    }
}
