package com.creatordesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module boundaries (every module reaches another only through its API or events, along the
 * declared dependencies, with no cycles) and writes the module diagrams to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Creatordesk.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
