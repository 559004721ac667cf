package vn.gazette.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Maven plugin is an adapter: of Gazette they use only the core's public entry points
 * (the root package {@code vn.gazette}, the problems, and the importer's entry point), never a stage.
 */
class AdapterArchitectureTest {

    /** A class of the core other than its public entry points. */
    static final DescribedPredicate<JavaClass> CORE_INSIDES = new DescribedPredicate<>(
            "a class of the core other than its public entry points (vn.gazette, vn.gazette.problem, vn.gazette.importer)") {
        @Override
        public boolean test(JavaClass type) {
            String name = type.getPackageName();
            return name.startsWith("vn.gazette.") && !name.equals("vn.gazette.problem")
                    && !name.equals("vn.gazette.importer") && !name.startsWith("vn.gazette.cli")
                    && !name.startsWith("vn.gazette.maven");
        }
    };

    @Test
    void theMavenPluginUsesOnlyTheCoresEntryPoints() {
        JavaClasses adapter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.gazette.maven");
        // a renamed package would leave nothing to check, and the rule would pass on no classes
        assertTrue(adapter.size() > 1, "the mojos are found: " + adapter.size());
        noClasses().that().resideInAPackage("vn.gazette.maven..").should().dependOnClassesThat(CORE_INSIDES)
                .because("adapters decide nothing: they call the core's public entry points")
                .check(adapter);
    }
}
