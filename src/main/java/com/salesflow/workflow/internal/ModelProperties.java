package com.salesflow.workflow.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where models and forms are read from at start-up (resource patterns). */
@ConfigurationProperties("salesflow.models")
record ModelProperties(List<String> locations) {

    ModelProperties {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
