package com.salesflow.identity.internal;

import com.salesflow.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * One source of truth for identity: the engine reads users and groups from Salesflow's tables (read-only), and
 * members of {@code admins} are engine administrators. Decision: docs/decisions/0001-identity.md.
 */
@Component
class EngineIdentityPlugin extends AbstractProcessEnginePlugin {

    private final EngineIdentityReader reader;

    EngineIdentityPlugin(EngineIdentityReader reader) {
        this.reader = reader;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new EngineIdentityProvider(reader);
            }
        });
        configuration.setAdminGroups(new ArrayList<>(List.of(Roles.ADMINS)));
    }
}
