package com.creatordesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules the module verification does not cover on its own. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.creatordesk");

    @Test
    void entitiesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Entity.class)
                .should(onlyBeUsedInsideTheirModule())
                .check(CLASSES);
    }

    @Test
    void repositoriesStayInsideTheirModule() {
        classes().that().areAssignableTo(Repository.class)
                .should(onlyBeUsedInsideTheirModule())
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackagesAndAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("com.creatordesk.*.web..")
                .andShould().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void entitiesLiveInDomainPackages() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("com.creatordesk.*.domain..")
                .check(CLASSES);
    }

    static String moduleOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirModule() {
        return new ArchCondition<>("only be used inside their own module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = moduleOf(type);
                type.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !moduleOf(dependency.getOriginClass()).equals(module))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                type.getSimpleName() + " of module " + module + " is used by "
                                        + dependency.getOriginClass().getName())));
            }
        };
    }

    static final DescribedPredicate<JavaClass> ANY = DescribedPredicate.alwaysTrue();
}
