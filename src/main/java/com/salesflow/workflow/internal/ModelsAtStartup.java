package com.salesflow.workflow.internal;

import com.salesflow.workflow.ModelDeployer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Deploys what is in {@code processes/} and {@code forms/} (packed into the jar) when the application starts. */
@Component
@Order(10)
class ModelsAtStartup implements ApplicationRunner {

    private final ModelDeployer deployer;
    private final ResourcePatternResolver resolver;
    private final List<String> locations;

    ModelsAtStartup(ModelDeployer deployer, ResourcePatternResolver resolver, ModelProperties properties) {
        this.deployer = deployer;
        this.resolver = resolver;
        this.locations = properties.locations();
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Resource> resources = new ArrayList<>();
        for (String location : locations) {
            try {
                resources.addAll(Arrays.asList(resolver.getResources(location)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list models at " + location, e);
            }
        }
        deployer.deploy(resources);
    }
}
