package vn.gazette;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The import direction of the core, as data: the pipeline stages in order (each may use only the stages before it),
 * the shared packages every stage may use, the importer, and the one stage each third-party library lives in. A new
 * stage is one line of {@link #STAGES}; a new library one line of {@link #LIBRARIES}. Packages that do not exist yet
 * are allowed already. The adapters' rule (only the public entry points) is checked in their own modules.
 */
class ArchitectureTest {

    /** The pipeline, in order: a stage may use the stages before it, never one after. */
    static final List<String> STAGES = List.of("source", "content", "site", "image", "render", "transform", "search",
            "publish");

    /** Usable by every stage; they use no stage themselves. */
    static final List<String> SHARED = List.of("config", "problem", "internal");

    /** The {@code gazette import} pipeline: may use any stage; only adapters (and the entry points) use it. */
    static final String IMPORTER = "importer";

    /**
     * Each third-party library and the core packages allowed to use it. Java's own modules and the test libraries
     * are not listed.
     */
    static final List<Library> LIBRARIES = List.of(
            new Library("org.yaml.snakeyaml..", "config"),
            new Library("com.vladsch.flexmark..", "content", IMPORTER),
            new Library("freemarker..", "render"),
            new Library("org.jsoup..", "transform", IMPORTER),
            new Library("com.ibm.icu..", "site"),
            new Library("com.fasterxml.jackson..", "render", "search"),
            new Library("org.apache.commons.csv..", "render"),
            new Library("net.fortuna.ical4j..", "render"),
            new Library("org.netpreserve.jwarc..", IMPORTER),
            new Library("javax.imageio..", "image"),
            new Library("com.twelvemonkeys..", "image"),
            new Library("net.coobird.thumbnailator..", "image"),
            new Library("com.drew..", "image"),
            new Library("com.luciad.imageio..", "image"),
            new Library("org.sejda.imageio..", "image"));

    /** A library's packages ({@code org.jsoup..}) and the core packages that may use it. */
    record Library(String packages, String... users) {
    }

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gazette");

    @TestFactory
    Stream<DynamicTest> noStageUsesALaterStageTheEntryPointsOrTheImporter() {
        return STAGES.stream().map(stage -> DynamicTest.dynamicTest(stage, () -> stageRule(stage).check(CORE)));
    }

    /** A stage uses only the stages before it and the shared packages. */
    static ArchRule stageRule(String stage) {
        int i = STAGES.indexOf(stage);
        List<String> forbidden = new ArrayList<>(packages(STAGES.subList(i + 1, STAGES.size())));
        forbidden.add(packageOf(IMPORTER));
        return noClasses().that().resideInAPackage(packageOf(stage)).should().dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAPackage("vn.gazette")
                .because("a stage uses only the stages before it (" + String.join(" -> ", STAGES) + "), the "
                        + "shared packages " + SHARED + ", and never the entry points or the importer")
                .allowEmptyShould(true);
    }

    @TestFactory
    Stream<DynamicTest> theSharedPackagesUseNoStage() {
        List<String> forbidden = new ArrayList<>(packages(STAGES));
        forbidden.add(packageOf(IMPORTER));
        return SHARED.stream().map(shared -> DynamicTest.dynamicTest(shared, () -> noClasses().that()
                .resideInAPackage(packageOf(shared)).should().dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAPackage("vn.gazette")
                .because("config, problem and internal are shared by every stage").allowEmptyShould(true)
                .check(CORE)));
    }

    @TestFactory
    Stream<DynamicTest> eachLibraryIsUsedOnlyInItsStage() {
        return LIBRARIES.stream().map(library -> DynamicTest.dynamicTest(library.packages(),
                () -> libraryRule(library).check(CORE)));
    }

    /** A library is used only by the packages listed for it. */
    static ArchRule libraryRule(Library library) {
        return noClasses().that().resideInAPackage("vn.gazette..").and()
                .resideOutsideOfPackages(packages(List.of(library.users())).toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(library.packages())
                .because("each library lives in one stage: " + library.packages() + " in "
                        + String.join(", ", library.users()))
                .allowEmptyShould(true);
    }

    /** The rules do fail: a class of the source stage that uses render and jsoup (a test fixture) breaks both. */
    @Test
    void aStageUsingALaterStageOrAnotherStagesLibraryFails() {
        JavaClasses fixture = new ClassFileImporter().importClasses(vn.gazette.source.ArchitectureFixture.class);
        assertThatThrownBy(() -> stageRule("source").check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.gazette.render.Theme");
        Library jsoup = LIBRARIES.stream().filter(l -> l.packages().equals("org.jsoup..")).findFirst().orElseThrow();
        assertThatThrownBy(() -> libraryRule(jsoup).check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.jsoup");
        stageRule("publish").check(fixture);
    }

    @Test
    void theRulesKnowEveryPackageOfTheCore() {
        List<String> known = new ArrayList<>(STAGES);
        known.addAll(SHARED);
        known.add(IMPORTER);
        noClasses().should().resideOutsideOfPackages(Stream.concat(Stream.of("vn.gazette"),
                        packages(known).stream()).toArray(String[]::new))
                .because("every package of the core is a stage, shared, the importer or the entry points: add a new "
                        + "stage to STAGES")
                .check(CORE);
    }

    private static String packageOf(String name) {
        return "vn.gazette." + name + "..";
    }

    private static List<String> packages(List<String> names) {
        return names.stream().map(ArchitectureTest::packageOf).toList();
    }
}
