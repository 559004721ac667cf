package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.BuildListener;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.BuildSession;
import vn.gazette.Generator;
import vn.gazette.MiniSite;
import vn.gazette.ProjectFiles;
import vn.gazette.StageReport;

/**
 * A build that takes the search documents from the build cache, or keeps the last build's index files, publishes
 * the very bytes a build without a cache publishes: after no change, after each kind of edit, with a damaged cache,
 * and in a session (the preview server). Each step builds the same content both ways and compares the index files.
 */
class SearchIndexCacheTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    /** HTML the cleaner changes (a named character reference, an element it drops) and a link to an article. */
    private static final String RAW = SearchIndexTest.article("f-raw", "Bài có HTML", "2024-04-01", "Hà Giang",
            "[tập huấn]", "", "<div onclick=\"x()\">Caf&eacute; <button>Nút bấm</button> ở biên giới</div>\n\n"
                    + "Xem [bài tập huấn](a-tap-huan.md) và [bài mới](e-moi.md).");

    @TempDir
    Path dir;

    private MiniSite site;
    private final List<String> search = new ArrayList<>();
    private int step;

    @BeforeEach
    void writeSite() {
        site = MiniSite.of(dir, SearchIndexTest.SITE + SearchIndexTest.ARTICLES + RAW);
    }

    private BuildRequest request(Path output) {
        return site.request().withNow(NOW).withListener(new BuildListener() {
            @Override
            public void stageFinished(StageReport report) {
                if (report.stage().equals("search")) {
                    search.add(report.detail());
                }
            }
        });
    }

    /** Builds into {@code out} with the cache (and the session, if any), checks it against a build without one. */
    private String buildBothWays(BuildSession session) throws IOException {
        age();
        Path cached = dir.resolve("out");
        BuildRequest request = request(cached).withCache(dir.resolve("cache"));
        BuildResult result = session == null ? Generator.create().build(request)
                : Generator.create().build(request, session);
        assertThat(result.hasErrors()).as("step " + step).isFalse();
        String detail = search.get(search.size() - 1);
        Path clean = dir.resolve("clean-" + step);
        assertThat(Generator.create().build(BuildRequest.of(site.content(), clean)
                .withTheme(ProjectFiles.defaultTheme()).withThreads(2).withNow(NOW)).hasErrors()).isFalse();
        assertThat(index(cached)).as("index after step " + step).isEqualTo(index(clean)).isNotEmpty();
        return detail;
    }

    private String buildBothWays() throws IOException {
        return buildBothWays(null);
    }

    /** The index files' bytes by path (as Latin-1 text, so a difference shows). */
    private static Map<String, String> index(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path root = output.resolve(SearchIndex.FOLDER);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** Files written since the last step get a time well in the past, so a session trusts their stamps. */
    private void age() throws IOException {
        step++;
        site.age(step);
    }

    @Test
    void aBuildWithNothingChangedKeepsTheIndexFilesWithoutMakingADocument() throws IOException {
        assertThat(buildBothWays()).startsWith("23 files;").contains("; 6 indexed anew;");
        assertThat(buildBothWays()).startsWith("23 files kept;").contains("; 0 indexed anew;");
        assertThat(buildBothWays()).startsWith("23 files kept;").contains("; 0 indexed anew;");
    }

    @Test
    void eachKindOfEditMakesOnlyTheDocumentsItChangesAndTheSameIndexAsABuildWithoutCache() throws IOException {
        buildBothWays();
        // a paragraph more in one article
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình.\n\nThêm một đoạn về bản Lũng Cú.");
        assertThat(buildBothWays()).doesNotContain("kept").contains("; 1 indexed anew;");
        // a new tag: the facets change, and the document of that article
        site.edit("articles/e-moi.md", "tags: []", "tags: [biên giới]");
        assertThat(buildBothWays()).contains("; 1 indexed anew;");
        // a tag spelt anew in one of its two articles: a tie, the site's name for it stays, and so does the index
        site.edit("articles/a-tap-huan.md", "[tập huấn]", "[Tập Huấn]");
        assertThat(buildBothWays()).startsWith("23 files kept;");
        // and in the other: the tag's name changes, in both documents and in the facets
        site.edit("articles/f-raw.md", "[tập huấn]", "[Tập Huấn]");
        assertThat(buildBothWays()).contains("; 2 indexed anew;");
        // an article gone: no document is made, but every number after it moves
        delete("articles/b-tap-huan-sai.md");
        assertThat(buildBothWays()).doesNotContain("kept").contains("; 0 indexed anew;");
        // a new date: the articles are numbered in another order
        site.edit("articles/a-tap-huan.md", "date: 2023-09-22", "date: 2025-05-30");
        assertThat(buildBothWays()).doesNotContain("kept");
        // the base path is in every result's address
        site.edit("site.yaml", "baseUrl: https://example.gov.vn/", "baseUrl: https://example.gov.vn/luu-tru/");
        assertThat(buildBothWays()).contains("; 5 indexed anew;");
        assertThat(buildBothWays()).startsWith("22 files kept;");
    }

    @Test
    void aDamagedCacheOfDocumentsIsReadAgainFromTheBodies() throws IOException {
        buildBothWays();
        Path pack = dir.resolve("cache/documents.pack");
        // as long as it was, so the index of entries still points into it, but no entry is there any more
        Files.write(pack, new byte[(int) Files.size(pack)], StandardOpenOption.TRUNCATE_EXISTING);
        // nothing changed: the index is kept without reading a document
        assertThat(buildBothWays()).startsWith("23 files kept;");
        // one edit: the other documents are read, none can be, and each is made again from its body
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình, sửa.");
        assertThat(buildBothWays()).contains("; 6 indexed anew;");
        assertThat(buildBothWays()).startsWith("23 files kept;");
    }

    @Test
    void anIndexFileGoneFromTheOutputIsWrittenAgain() throws IOException {
        buildBothWays();
        Files.delete(dir.resolve("out").resolve(SearchIndex.FOLDER).resolve("facets.json"));
        assertThat(buildBothWays()).doesNotContain("kept").contains("; 0 indexed anew;");
        assertThat(buildBothWays()).startsWith("23 files kept;");
    }

    @Test
    void aSessionTakesTheDocumentsOfPagesItLeftAsTheyWereWithoutReadingTheirBodies() throws IOException {
        BuildSession session = BuildSession.create();
        assertThat(buildBothWays(session)).contains("; 6 indexed anew;");
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình.\n\nThêm một đoạn.");
        // the pages left as they were give the index the digests of their bodies, not the bodies
        assertThat(buildBothWays(session)).contains("; 1 indexed anew;");
        assertThat(buildBothWays(session)).startsWith("23 files kept;").contains("; 0 indexed anew;");
        // without the cache's documents, and with an index file gone, every page is left as it was but the index is
        // made again: the session reads the bodies again, and cleans them as the pages do
        Files.delete(dir.resolve("cache/documents.idx"));
        Files.delete(dir.resolve("out").resolve(SearchIndex.FOLDER).resolve("facets.json"));
        assertThat(buildBothWays(session)).contains("; 6 indexed anew;");
    }

    @Test
    void aSessionChangesTheLastIndexInPlaceAfterEachEditAndPublishesTheBytesOfABuildWithoutCache()
            throws IOException {
        BuildSession session = BuildSession.create();
        assertThat(buildBothWays(session)).doesNotContain("in place");
        // a paragraph more: only the files of its words are made again
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình.\n\nThêm một đoạn về bản Lũng Cú, Hoà Bình.");
        String edited = buildBothWays(session);
        assertThat(edited).contains("; 1 indexed anew; 1 changed in place, ");
        assertThat(madeAgain(edited)).isPositive().isLessThan(23);
        // the files it kept are recorded as made of the new inputs: nothing changed, all are kept
        assertThat(buildBothWays(session)).startsWith("23 files kept;");
        // words and a spelling taken away again
        site.edit("articles/c-hoa-binh.md", "\n\nThêm một đoạn về bản Lũng Cú, Hoà Bình.", "");
        assertThat(buildBothWays(session)).contains("; 1 changed in place, ");
        // a new tag: the facets change, and the document of that article
        site.edit("articles/e-moi.md", "tags: []", "tags: [biên giới]");
        assertThat(buildBothWays(session)).contains("; 1 changed in place, ");
        // a new date that passes a neighbour: two documents change their numbers
        site.edit("articles/d-xss.md", "date: 2024-03-01", "date: 2024-01-20");
        assertThat(buildBothWays(session)).contains("; 2 changed in place, ");
        // an article gone: every number after it moves, and the index is folded anew
        delete("articles/b-tap-huan-sai.md");
        assertThat(buildBothWays(session)).doesNotContain("in place");
        site.edit("articles/a-tap-huan.md", "cho cán bộ.", "cho cán bộ, phóng viên.");
        assertThat(buildBothWays(session)).contains("; 1 changed in place, ");
        // an article more
        site.write(SearchIndexTest.article("g-moi", "Bài thứ bảy", "2025-06-02", "Đà Nẵng", "[]", "", "Thân bài."));
        assertThat(buildBothWays(session)).doesNotContain("in place");
    }

    /** The number of files made again that a search stage line gives. */
    private static int madeAgain(String detail) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("changed in place, (\\d+) files made again")
                .matcher(detail);
        assertThat(number.find()).as(detail).isTrue();
        return Integer.parseInt(number.group(1));
    }

    @Test
    void aSessionFoldsTheIndexAnewWhenTheCacheLostTheDocumentAnEditReplaces() throws IOException {
        BuildSession session = BuildSession.create();
        buildBothWays(session);
        Files.delete(dir.resolve("cache/documents.idx"));
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình, sửa.");
        // the document before the edit is not there to take out: every document is made again, and folded
        assertThat(buildBothWays(session)).contains("; 6 indexed anew;").doesNotContain("in place");
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình, sửa.", "ở Hòa Bình, sửa lại.");
        assertThat(buildBothWays(session)).contains("; 1 changed in place, ");
    }

    @Test
    void aSessionChangesInPlaceTheIndexOfABuildThatFailedAndPublishedNothing() throws IOException {
        BuildSession session = BuildSession.create();
        buildBothWays(session);
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình, xem [bài không có](khong-co.md).");
        age();
        BuildResult failed = Generator.create().build(request(dir.resolve("out")).withCache(dir.resolve("cache")),
                session);
        assertThat(failed.hasErrors()).isTrue();
        assertThat(search.get(search.size() - 1)).contains("; 1 changed in place, ");
        // the output still has the files of the build before: those the failed one did not make are written again
        site.edit("articles/c-hoa-binh.md", ", xem [bài không có](khong-co.md).", ", sửa.");
        assertThat(buildBothWays(session)).contains("; 1 changed in place, ");
        assertThat(buildBothWays(session)).startsWith("23 files kept;");
    }

    @Test
    void aSessionFoldsTheIndexAnewWhenMoreDocumentsChangedThanAreChangedInPlace() throws IOException {
        site.write(SearchIndexTest.many(SearchIndex.MAX_CHANGES));
        BuildSession session = BuildSession.create();
        buildBothWays(session);
        // the base path is in every result's address
        site.edit("site.yaml", "baseUrl: https://example.gov.vn/", "baseUrl: https://example.gov.vn/luu-tru/");
        assertThat(buildBothWays(session)).doesNotContain("in place");
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình, sửa.");
        assertThat(buildBothWays(session)).contains("; 1 changed in place, ");
    }

    @Test
    void aSiteThatTurnsSearchOffAndOnAgainFindsItsDocumentsAndGetsTheIndexABuildWithoutCacheMakes()
            throws IOException {
        buildBothWays();
        site.edit("site.yaml", "baseUrl: https://example.gov.vn/", "baseUrl: https://example.gov.vn/\nsearch: false");
        BuildResult off = Generator.create().build(request(dir.resolve("out")).withCache(dir.resolve("cache")));
        assertThat(off.hasErrors()).isFalse();
        assertThat(search.get(search.size() - 1)).startsWith("off:");
        assertThat(dir.resolve("out").resolve(SearchIndex.FOLDER)).doesNotExist();
        site.edit("site.yaml", "\nsearch: false", "");
        site.edit("articles/c-hoa-binh.md", "ở Hòa Bình.", "ở Hòa Bình, lần nữa.");
        // the build without search left the cache's documents alone: only the edited one is made
        assertThat(buildBothWays()).doesNotContain("kept").contains("; 1 indexed anew;");
    }

    private void delete(String relative) {
        try {
            Files.delete(site.content().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
