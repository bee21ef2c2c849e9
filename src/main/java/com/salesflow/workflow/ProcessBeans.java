package com.salesflow.workflow;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The beans that expressions in models may name: delegates, listeners and beans marked {@link ProcessBean}.
 * The engine resolves names through this map only, so a model cannot reach a repository or a service.
 */
@Component
public class ProcessBeans extends AbstractMap<Object, Object> {

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

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && isAllowed(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Map<Object, Object> beans = new LinkedHashMap<>();
        allowedNames().forEach(name -> beans.put(name, context.getBean(name)));
        return beans.entrySet();
    }
}
