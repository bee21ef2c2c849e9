package com.salesflow;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Salesflow: one Spring Boot application with the process engine, the REST API and the Vaadin UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@Theme(themeClass = Lumo.class)
public class SalesflowApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SalesflowApplication.class, args);
    }
}
