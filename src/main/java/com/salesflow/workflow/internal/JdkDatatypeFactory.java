package com.salesflow.workflow.internal;

import java.util.ServiceLoader;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@link DatatypeFactory} once, so that timers stop searching the class path for another.
 *
 * <p>The engine reads every ISO 8601 duration of a timer (an SLA such as {@code PT24H}) with a new {@code
 * DatatypeFactory}; without the system property, each {@code newInstance()} asks the {@code ServiceLoader}, which
 * opens every jar on the class path looking for a provider. The lead intake benchmark's profile found that at 3 %
 * of all its time. When no jar provides one (checked once here), the answer is always the JDK's implementation,
 * which the property now names directly; a provider on the class path, or a property set by whoever runs the
 * application, is left alone.
 */
@Component
class JdkDatatypeFactory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        nameTheJdkFactoryWhenNoOtherIsProvided();
    }

    static boolean nameTheJdkFactoryWhenNoOtherIsProvided() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) != null
                || ServiceLoader.load(DatatypeFactory.class).findFirst().isPresent()) {
            return false;
        }
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        return true;
    }
}
