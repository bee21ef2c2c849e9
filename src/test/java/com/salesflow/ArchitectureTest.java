package com.salesflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.salesflow");

    @Test
    void views_never_use_repositories_or_engine_services() {
        ArchRule rule = noClasses().that().areAssignableTo(Component.class)
                .or().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..")
                .because("views call feature services, which check permissions and own the transaction");
        rule.check(CLASSES);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("com.salesflow.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void process_delegates_do_not_touch_repositories() {
        noClasses().that().implement(org.camunda.bpm.engine.delegate.JavaDelegate.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("delegates are thin: one service call (STYLE.md)")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
