package vn.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.ProjectFiles;

/** Imported articles pass a real check of the site they are imported into, as drafts and published alike. */
class ImportCheckTest {

    @TempDir
    Path dir;

    @Test
    void importedSeedsAndFixturesPassTheCheck() throws IOException {
        Path content = ImportFixtures.contentFolder(dir);
        Path captures = ImportFixtures.copySeeds(dir.resolve("captures"));
        ImportFixtures.writePortalPages(captures.resolve("portal"));
        ImportResult result = Importer.run(ImportRequest.of(List.of(captures), content.resolve("articles/imported"),
                SeedImportTest.CLOCK));
        assertThat(result.problems()).isEmpty();
        assertThat(result.count(ImportedArticle.Outcome.WRITTEN)).isGreaterThanOrEqualTo(8);
        for (boolean drafts : List.of(false, true)) {
            BuildRequest request = new BuildRequest(content, dir.resolve("site"), Optional.of(ProjectFiles.defaultTheme()),
                    Optional.empty(), drafts, 1).withCheckOnly(true);
            BuildResult build = Generator.create().build(request);
            // no error; the only warning is the site stage's plausibility note on the 239-character seed title
            assertThat(build.hasErrors()).as("check with drafts=" + drafts).isFalse();
            assertThat(build.messages(content)).as("check with drafts=" + drafts)
                    .allMatch(m -> m.contains(": warning: ") && m.contains("239"));
            if (drafts) {
                assertThat(build.pages()).isGreaterThanOrEqualTo(8);
            }
        }
        assertThat(Files.list(content.resolve("articles/imported")).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("2016", "2018", "2019", "2021", "2022", "2023", "2024", "2025");
    }
}
