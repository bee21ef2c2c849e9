package com.salesflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; modules use each other's API only and do not form cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SalesflowApplication.class);

    @Test
    void feature_modules_respect_their_boundaries() {
        MODULES.verify();
    }
}
