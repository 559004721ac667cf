package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 5: a full build (no manifest) swapped the whole output folder, so a file someone had placed there
 * (a search console's verification file, {@code CNAME}, the {@code .git} folder of a deploy checkout) was gone without
 * a word. Files no build wrote are now kept, in full and in incremental builds; those neither under {@code .git} nor
 * listed under {@code keep:} are named in a warning.
 */
class ForeignOutputFilesTest {

    private static final String SITE = "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n"
            + "keep: [CNAME, \"bao-cao-cu/\"]\n"
            + "-- articles/2023/a.md --\n---\ntitle: \"Bài A\"\ndate: 2023-09-22\n---\nA.\n";

    private static final String GOOGLE = "kept: this file is in the output folder, but no build wrote it (it was put "
            + "there by hand, or by an earlier build whose record was deleted). To publish it, move it into the content "
            + "folder (see \"Which files are published\" in the README); to keep it without this warning, list it in "
            + "site.yaml: keep: [\"google1234.html\"]; if it should go, delete it";

    @TempDir
    Path dir;

    private void place(MiniSite site, String relative, String text) throws IOException {
        Path file = site.output().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void placeForeignFiles(MiniSite site) throws IOException {
        place(site, "google1234.html", "google-site-verification: google1234.html");
        place(site, "CNAME", "luutru.example.gov.vn");
        place(site, ".git/HEAD", "ref: refs/heads/gh-pages");
        place(site, ".git/objects/ab/cdef", "x");
        place(site, "bao-cao-cu/2019.html", "<p>cũ</p>");
    }

    private void assertForeignFilesKept(MiniSite site) {
        assertThat(site.read("google1234.html")).isEqualTo("google-site-verification: google1234.html");
        assertThat(site.read("CNAME")).isEqualTo("luutru.example.gov.vn");
        assertThat(site.read(".git/HEAD")).isEqualTo("ref: refs/heads/gh-pages");
        assertThat(site.read(".git/objects/ab/cdef")).isEqualTo("x");
        assertThat(site.read("bao-cao-cu/2019.html")).isEqualTo("<p>cũ</p>");
    }

    @Test
    void aFullBuildKeepsFilesItDidNotWriteAndNamesTheUnlistedOnes() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE);
        assertThat(site.messages(site.build())).isEmpty();
        placeForeignFiles(site);

        BuildResult result = site.build();

        assertForeignFilesKept(site);
        assertThat(site.exists("articles/2023/a/index.html")).isTrue();
        assertThat(site.messages(result)).containsExactly("out/google1234.html: warning: " + GOOGLE);
    }

    @Test
    void anIncrementalBuildKeepsThemTooAndStillDeletesThePagesItNoLongerMakes() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/2023/b.md --\n---\ntitle: \"Bài B\"\ndate: 2023-09-23\n---\nB.\n");
        BuildRequest cached = site.request().withCache(dir.resolve("cache"));
        assertThat(site.messages(Generator.create().build(cached))).isEmpty();
        placeForeignFiles(site);
        Files.delete(site.content().resolve("articles/2023/b.md"));

        BuildResult result = Generator.create().build(cached);

        assertForeignFilesKept(site);
        assertThat(site.exists("articles/2023/b/index.html")).isFalse();
        assertThat(site.messages(result)).containsExactly("out/google1234.html: warning: " + GOOGLE);
    }

    @Test
    void aPageTheLastBuildWroteIsStillDeletedWithoutTheCacheSoADraftPreviewDoesNotStay() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/2023/b.md --\n---\ntitle: \"Bài B\"\ndate: 2023-09-23\n"
                + "draft: true\n---\nB.\n");
        assertThat(site.messages(Generator.create().build(site.request().withDrafts(true)))).isEmpty();
        assertThat(site.exists("articles/2023/b/index.html")).isTrue();
        placeForeignFiles(site);

        BuildResult result = site.build();

        assertThat(site.exists("articles/2023/b/index.html")).isFalse();
        assertForeignFilesKept(site);
        assertThat(site.messages(result)).containsExactly("out/google1234.html: warning: " + GOOGLE);
    }
}
