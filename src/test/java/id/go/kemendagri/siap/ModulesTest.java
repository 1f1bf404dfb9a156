package id.go.kemendagri.siap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules as Spring Modulith sees them: one per feature package, each depending only on the
 * modules its {@code package-info.java} allows, through their root packages (their {@code domain/} and {@code ui/}
 * are internal), and no cycles. {@code base} is the shared kernel, open to all. Writes the module documentation
 * (PlantUML component diagrams and module canvases) to {@code target/spring-modulith-docs}; docs/modules holds a
 * copy (see docs/architecture.md).
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void every_module_depends_only_on_what_it_declares() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_is_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
