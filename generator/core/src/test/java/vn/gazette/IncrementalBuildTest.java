package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that remembers the last one ({@link BuildSession}, as the preview server runs it) must publish exactly
 * what a clean build publishes, and report the same problems, after every kind of edit: each step below edits the
 * sample archive (with more articles, two to a page, so lists have several pages), then builds it both ways and
 * compares the two output folders byte for byte. So must a build in a process of its own, which takes up the session
 * the build cache keeps of the last one ({@link BuildSession#write}): a {@code gazette build} after an edit.
 */
class IncrementalBuildTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;

    private MiniSite site;
    private BuildSession session;
    private Generator generator;
    private int step;
    /** Whether each incremental build is a new generator without a session, as in a process of its own. */
    private boolean ownProcess;
    /** The render stage's detail of each incremental build. */
    private final List<String> render = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> search = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How many articles the search index of each incremental build has. */
    private final List<Long> indexed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The site stage's detail of each incremental build. */
    private final List<String> model = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> publish = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The build time of the next builds. */
    private Instant now = NOW;

    @BeforeEach
    void copySampleArchive() throws IOException {
        site = MiniSite.of(dir, "");
        try (Stream<Path> files = Files.walk(ProjectFiles.sampleContent())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = site.content().resolve(ProjectFiles.sampleContent().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        site.edit("site.yaml", "pageSize: 10", "pageSize: 2\nrelated: 3");
        StringBuilder more = new StringBuilder();
        String[] provinces = {"Hà Giang", "Tuyên Quang", "Cao Bằng", "Lạng Sơn", "Long An"};
        for (int i = 1; i <= 9; i++) {
            more.append("-- articles/2024/tin-").append(i).append(".md --\n").append(article("Tin số " + i,
                    "2024-0" + i + "-1" + i, provinces[i % provinces.length], i % 2 == 0 ? "[biên giới, tập huấn, vùng cao]"
                            : "[thông tin đối ngoại]", "Nội dung tin " + i + ". Xem [tin trước](tin-" + Math.max(1, i - 1)
                            + ".md)."));
        }
        site.write(more.toString());
        // a link between articles that are neither neighbours nor related
        site.edit("articles/2018/lang-son-tiep-doan-khao-sat-thong-tin-doi-ngoai.md", "## Một năm triển khai đồng bộ",
                "Xem thêm [tin số 1](../2024/tin-1.md).\n\n## Một năm triển khai đồng bộ");
        session = BuildSession.create();
        generator = Generator.create();
    }

    private static String article(String title, String date, String province, String tags, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nprovince: " + province + "\ntags: " + tags
                + "\nsummary: \"Tóm tắt " + title + "\"\n---\n" + body + "\n";
    }

    /**
     * Gives every file written since the last step a modification time well in the past (a distinct one per step),
     * so the session's stamps are trusted (files written within the last two seconds never are).
     */
    private void age() throws IOException {
        step++;
        site.age(step);
    }

    private BuildRequest request(Path output) {
        return BuildRequest.of(site.content(), output).withTheme(ProjectFiles.defaultTheme()).withThreads(2)
                .withNow(now);
    }

    /** Builds incrementally and cleanly, and checks the two agree; returns the incremental build's result. */
    private BuildResult buildBothWays() throws IOException {
        age();
        Path incremental = dir.resolve("incremental");
        BuildRequest request = request(incremental).withCache(dir.resolve("cache")).withListener(new BuildListener() {
            @Override
            public void stageFinished(StageReport report) {
                if (report.stage().equals("render")) {
                    render.add(report.detail());
                } else if (report.stage().equals("search")) {
                    search.add(report.detail());
                    indexed.add(report.count());
                } else if (report.stage().equals("site")) {
                    model.add(report.detail());
                } else if (report.stage().equals("publish")) {
                    publish.add(report.detail());
                }
            }
        });
        BuildResult kept = ownProcess ? Generator.create().build(request) : generator.build(request, session);
        Path clean = dir.resolve("clean-" + step);
        BuildResult fresh = Generator.create().build(request(clean));
        assertThat(MiniSite.messages(kept, dir)).as("problems after step " + step)
                .isEqualTo(MiniSite.messages(fresh, dir));
        if (!fresh.hasErrors()) {
            assertThat(tree(incremental)).as("output after step " + step).isEqualTo(tree(clean));
        }
        return kept;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                tree.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return tree;
    }

    @Test
    void everyKindOfEditGivesWhatACleanBuildGives() throws IOException {
        assertThat(buildBothWays().hasErrors()).isFalse();
        buildAfterEveryEdit();
    }

    /** Every file under the content folder, with its size and time: what a watcher sees change. */
    private Map<Path, String> looks() throws IOException {
        Map<Path, String> looks = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site.content())) {
            for (Path file : files.toList()) {
                looks.put(file, Files.isDirectory(file) ? "folder" : Files.size(file) + " "
                        + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return looks;
    }

    @Test
    void everyKindOfEditReportedAsAWatcherDoesGivesWhatACleanBuildGives() throws IOException {
        session.watching();
        assertThat(buildBothWays().hasErrors()).isFalse();
        for (Runnable change : edits()) {
            Map<Path, String> before = looks();
            change.run();
            age();
            Map<Path, String> after = looks();
            java.util.Set<Path> paths = new java.util.TreeSet<>(before.keySet());
            paths.addAll(after.keySet());
            paths.stream().filter(path -> !java.util.Objects.equals(before.get(path), after.get(path)))
                    .forEach(session::changed);
            assertThat(buildBothWays().hasErrors()).as("step " + step).isFalse();
        }
    }

    @Test
    void aWatchedSessionLooksOnlyAtTheReportedChangesUntilChangesAreLost() throws IOException {
        session.watching();
        assertThat(buildBothWays().hasErrors()).isFalse();
        Path page = dir.resolve("incremental/articles/2024/tin-3/index.html");
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, sửa mà không báo.");
        age();
        BuildRequest request = request(dir.resolve("incremental")).withCache(dir.resolve("cache"));
        assertThat(generator.build(request, session).hasErrors()).isFalse();
        assertThat(Files.readString(page)).as("not reported: not seen").doesNotContain("sửa mà không báo");

        session.changesLost();
        assertThat(buildBothWays().hasErrors()).isFalse();
        assertThat(Files.readString(page)).contains("sửa mà không báo");
    }

    @Test
    void aBuildInAProcessOfItsOwnAfterEveryKindOfEditGivesWhatACleanBuildGives() throws IOException {
        ownProcess = true;
        assertThat(buildBothWays().hasErrors()).isFalse();
        site.edit("articles/2024/tin-7.md", "Nội dung tin 7.", "Nội dung tin 7, sửa thân bài.");
        now = NOW.plusSeconds(600); // a later build of the same model
        assertThat(buildBothWays().hasErrors()).isFalse();
        // the first build had no stored session; the second left the pages whose keys did not change
        assertThat(render.get(0)).doesNotContain("left by their keys");
        assertThat(render.get(1)).matches("\\d+ links checked, \\d+ left by their keys, the last build's keys");
        // and changed the search index the first one kept beside the session in place, taking every other document
        // by the key the session kept for it
        assertThat(search.get(0)).doesNotContain("in place").doesNotContain("taken by their keys");
        assertThat(search.get(1)).contains("1 indexed anew; 1 changed in place")
                .contains("; " + (indexed.get(1) - 1) + " taken by their keys; ");
        // another title is another model: no document is taken by a key kept for the last one
        site.edit("articles/2024/tin-8.md", "title: \"Tin số 8\"", "title: \"Tin số tám\"");
        assertThat(buildBothWays().hasErrors()).isFalse();
        assertThat(search.get(2)).doesNotContain("taken by their keys");
        site.edit("articles/2024/tin-8.md", "Nội dung tin 8.", "Nội dung tin 8, sửa.");
        now = NOW.plusSeconds(1200);
        assertThat(buildBothWays().hasErrors()).isFalse();
        assertThat(search.get(3)).contains("; " + (indexed.get(3) - 1) + " taken by their keys; ");
        buildAfterEveryEdit();
    }

    /** A build in a process of its own reads the front matter the session kept, positions decoded when asked for. */
    @Test
    void aWarningAboutAnArticleTheSessionKeptNamesWhereItsFieldIsWritten() throws IOException {
        ownProcess = true;
        site.edit("articles/2024/tin-3.md", "date: 2024-03-13", "date: 2023-03-13"); // not the folder's year
        List<String> first = MiniSite.messages(buildBothWays(), dir);
        site.edit("articles/2024/tin-5.md", "Nội dung tin 5.", "Nội dung tin 5, sửa.");
        List<String> second = MiniSite.messages(buildBothWays(), dir);
        assertThat(render.get(1)).contains("left by their keys, the last build's keys");
        assertThat(first).filteredOn(message -> message.contains("tin-3.md")).singleElement().asString()
                .contains("articles/2024/tin-3.md:3:7: ");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aSessionOfTheCacheCutShortOrWrittenByOtherCodeIsNotUsed() throws IOException {
        ownProcess = true;
        buildBothWays();
        Path memo = cacheFile(".session");
        byte[] whole = Files.readAllBytes(memo);
        Files.write(memo, java.util.Arrays.copyOf(whole, whole.length / 2));
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, sửa lần nữa.");
        buildBothWays();
        assertThat(render.get(1)).doesNotContain("left by their keys");
        byte[] other = Files.readAllBytes(memo);
        other[5] ^= 1; // the stamp of the code and the output folder it was written for
        Files.write(memo, other);
        site.edit("articles/2024/tin-4.md", "Nội dung tin 4.", "Nội dung tin 4, sửa.");
        buildBothWays();
        assertThat(render.get(2)).doesNotContain("left by their keys");
        site.edit("articles/2024/tin-5.md", "Nội dung tin 5.", "Nội dung tin 5, sửa.");
        buildBothWays();
        assertThat(render.get(3)).contains("left by their keys");
        // one letter of an article's title changed, every length still right: only the CRC at the end tells
        byte[] damaged = Files.readAllBytes(memo);
        byte[] title = "Tin số 7".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(damaged, title);
        assertThat(at).isNotNegative();
        damaged[at + title.length - 1] = '8';
        Files.write(memo, damaged);
        site.edit("articles/2024/tin-6.md", "Nội dung tin 6.", "Nội dung tin 6, sửa.");
        buildBothWays();
        assertThat(render.get(4)).doesNotContain("left by their keys");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aSearchIndexBesideTheSessionThatIsDamagedOrNotTheSessionsOwnIsNotUsed() throws IOException {
        ownProcess = true;
        buildBothWays();
        Path index = cacheFile(".session.search");
        byte[] whole = Files.readAllBytes(index);
        // one byte of the postings changed: the CRC tells
        byte[] flipped = whole.clone();
        flipped[flipped.length / 2] ^= 1;
        Files.write(index, flipped);
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, sửa lần nữa.");
        buildBothWays();
        assertThat(search.get(1)).doesNotContain("in place");
        // cut short
        whole = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(whole, whole.length - 9));
        site.edit("articles/2024/tin-4.md", "Nội dung tin 4.", "Nội dung tin 4, sửa.");
        buildBothWays();
        assertThat(search.get(2)).doesNotContain("in place");
        // whole, but the one of an earlier build: the session records another index
        byte[] earlier = Files.readAllBytes(index);
        site.edit("articles/2024/tin-5.md", "Nội dung tin 5.", "Nội dung tin 5, sửa.");
        buildBothWays();
        assertThat(search.get(3)).contains("changed in place");
        Files.write(index, earlier);
        site.edit("articles/2024/tin-6.md", "Nội dung tin 6.", "Nội dung tin 6, sửa.");
        buildBothWays();
        assertThat(search.get(4)).doesNotContain("in place");
        // and the next build, after one that wrote its own, changes it in place again
        site.edit("articles/2024/tin-7.md", "Nội dung tin 7.", "Nội dung tin 7, sửa.");
        buildBothWays();
        assertThat(search.get(5)).contains("1 indexed anew; 1 changed in place");
    }

    @Test
    void theSearchIndexWrittenWhileTheOutputIsUpdatedIsTheOneTheSessionKeepsAndAFailedBuildLeavesNoneOfIt()
            throws IOException {
        assertThat(buildBothWays().hasErrors()).isFalse();
        // written ahead, then the build failed: nothing is left beside the session, not even the file being written
        Path failed = dir.resolve("failed").resolve("site.manifest.session");
        session.writeSearchIndexAhead(failed, 42);
        session.failed();
        assertThat(files(failed.getParent())).isEmpty();
        // written ahead, then kept: the same files as a session written without writing ahead
        Path ahead = dir.resolve("ahead").resolve("site.manifest.session");
        session.writeSearchIndexAhead(ahead, 42);
        session.write(ahead, 42);
        Path plain = dir.resolve("plain").resolve("site.manifest.session");
        session.write(plain, 42);
        assertThat(files(ahead.getParent())).containsExactly("site.manifest.session", "site.manifest.session.search");
        assertThat(Files.readAllBytes(BuildSession.searchFile(ahead)))
                .isEqualTo(Files.readAllBytes(BuildSession.searchFile(plain)));
        assertThat(Files.readAllBytes(ahead)).isEqualTo(Files.readAllBytes(plain));
        // written ahead for another stamp than the session is kept for: written again for the right one
        Path other = dir.resolve("other").resolve("site.manifest.session");
        session.writeSearchIndexAhead(other, 41);
        session.write(other, 42);
        assertThat(files(other.getParent())).containsExactly("site.manifest.session", "site.manifest.session.search");
        assertThat(Files.readAllBytes(BuildSession.searchFile(other)))
                .isEqualTo(Files.readAllBytes(BuildSession.searchFile(plain)));
        // and a build in a process of its own reads back the index written ahead and changes it in place (the first
        // one folds the index anew: the cache holds none beside a session of its own yet)
        ownProcess = true;
        site.edit("articles/2024/tin-6.md", "Nội dung tin 6.", "Nội dung tin 6, sửa thân bài.");
        buildBothWays();
        site.edit("articles/2024/tin-7.md", "Nội dung tin 7.", "Nội dung tin 7, sửa thân bài.");
        buildBothWays();
        assertThat(search.get(search.size() - 1)).contains("1 indexed anew; 1 changed in place");
        assertThat(files(cacheFile(".session").getParent())).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void anUpdateThatCannotPublishLeavesTheLastManifestInTheCacheAndNothingBesideIt() throws IOException {
        age();
        Path output = dir.resolve("out");
        BuildRequest request = request(output).withCache(dir.resolve("cache"));
        assertThat(Generator.create().build(request).hasErrors()).isFalse();
        Path manifest = cacheFile(".manifest");
        byte[] before = Files.readAllBytes(manifest);
        Path session = cacheFile(".manifest.session");
        byte[] sessionBefore = Files.readAllBytes(session);
        // the session written while the build published was moved in: nothing is left beside it
        assertThat(files(manifest.getParent())).noneMatch(name -> name.endsWith(".ahead") || name.endsWith(".tmp"));
        // the next build changes a page in a folder someone replaced by a link out of the output: it cannot publish
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, sửa thân bài.");
        age();
        Path folder = output.resolve("articles/2024/tin-3");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(folder, elsewhere);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Generator.create().build(request))
                .isInstanceOf(vn.gazette.publish.UnsafeOutputException.class);
        assertThat(files(elsewhere)).isEmpty();
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
        assertThat(Files.readAllBytes(session)).as("the session of the last build that published")
                .isEqualTo(sessionBefore);
        assertThat(files(manifest.getParent())).noneMatch(name -> name.endsWith(".ahead") || name.endsWith(".tmp"));
    }

    /** The names of the files in a folder, sorted; none when there is no folder. */
    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** The file of the build cache whose name ends with {@code suffix}. */
    private Path cacheFile(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            return files.filter(file -> file.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    /** Makes every kind of edit, one after the other, building both ways after each. */
    /** Sets every file and folder of the output an hour back, as if the last build had been long ago. */
    private void ageOutput() throws IOException {
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        try (Stream<Path> paths = Files.walk(dir.resolve("incremental"))) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, hourAgo);
            }
        }
    }

    @Test
    void theSessionKeepsWhatItsLastBuildLeftWithoutAskingYetSeesAPageDeletedByHand() throws IOException {
        assertThat(buildBothWays().hasErrors()).isFalse();
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, đã sửa.");
        ageOutput();
        assertThat(buildBothWays().hasErrors()).isFalse();
        assertThat(publish.get(publish.size() - 1)).matches("\\d+ unchanged \\(\\d+ as the last build left them, not asked\\)");

        ageOutput();
        Path deleted = dir.resolve("incremental/articles/2024/tin-5/index.html");
        assertThat(deleted).exists();
        Files.delete(deleted); // its folder's time moves: the pages in it are asked
        site.edit("articles/2024/tin-3.md", "đã sửa.", "đã sửa lần nữa.");
        assertThat(buildBothWays().hasErrors()).as("the page is made again, as a clean build has it").isFalse();
        assertThat(deleted).exists();

        ownProcess = true; // a build in a process of its own asks every file
        site.edit("articles/2024/tin-3.md", "lần nữa.", "lần ba.");
        ageOutput();
        assertThat(buildBothWays().hasErrors()).isFalse();
        assertThat(publish.get(publish.size() - 1)).matches("\\d+ unchanged");
    }

    private void buildAfterEveryEdit() throws IOException {
        for (Runnable change : edits()) {
            change.run();
            assertThat(buildBothWays().hasErrors()).as("step " + step).isFalse();
        }
    }

    /** Every kind of edit, one after the other. */
    private List<Runnable> edits() {
        List<Runnable> edits = new ArrayList<>();
        edits.add(() -> site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, đã sửa thân bài."));
        edits.add(() -> site.edit("articles/2024/tin-4.md", "title: \"Tin số 4\"", "title: \"Tin số bốn, đổi tên\""));
        edits.add(() -> site.edit("articles/2024/tin-2.md", "date: 2024-02-12", "date: 2019-12-30"));
        edits.add(() -> site.edit("articles/2024/tin-5.md", "tags: [thông tin đối ngoại]",
                "tags: [thông tin đối ngoại, chuyển đổi số]"));
        edits.add(() -> site.edit("articles/2024/tin-6.md", "vùng cao]", "Vùng Cao]"));
        // most articles now spell it the new way: the tag's name changes on pages of articles that were not edited
        edits.add(() -> {
            site.edit("articles/2024/tin-4.md", "vùng cao]", "Vùng Cao]");
            site.edit("articles/2024/tin-8.md", "vùng cao]", "Vùng Cao]");
        });
        edits.add(() -> site.edit("articles/2024/tin-5.md", "province: Hà Giang", "province: Cao Bằng"));
        edits.add(() -> site.edit("articles/2024/tin-1.md", "summary:", "slug: tin-dau-tien\nsummary:"));
        edits.add(() -> site.edit("articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023.md", "  format: in-person",
                "  format: in-person\n  participants: 120"));
        edits.add(() -> site.edit("articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023.md", "name: \"Tạp chí Cộng sản\"",
                "name: \"Bùi Trường Giang\""));
        // a new conference: the counts beside every group of the conference index change
        edits.add(() -> site.edit("articles/2024/tin-7.md", "summary:", "conference:\n  kind: training\n  start: 2024-07-17\n"
                + "  format: online\nsummary:"));
        // one more in a year and a province that have conferences already: only counts change on the other pages
        edits.add(() -> site.edit("articles/2024/tin-9.md", "summary:", "conference:\n  kind: training\n  start: 2024-09-19\n"
                + "  format: online\nsummary:"));
        edits.add(() -> site.write("-- articles/2024/tin-moi.md --\n" + article("Tin mới thêm", "2024-10-20",
                "Hà Giang", "[thông tin đối ngoại, biên giới]", "Tin thêm, dẫn về [tin đầu](tin-1.md).")));
        edits.add(() -> site.edit("site.yaml", "title: \"Lưu trữ Thông tin đối ngoại\"", "title: \"Lưu trữ TTĐN\""));
        edits.add(() -> site.write("-- _theme/i18n/vi.properties --\nhome.latest=Bài mới đăng\n"));
        edits.add(() -> {
            try {
                Files.delete(site.content().resolve("articles/2024/tin-9.md"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return edits;
    }

    private static final String KEPT_MODEL = "the last build's model";
    private static final String STORED_MODEL = "the model the build cache kept";
    private static final String KEPT_KEYS = "the last build's keys";

    /**
     * Whether the last incremental build took the session's site model and output keys; in a process of its own,
     * whether it took the model and the keys the session of the build cache kept.
     */
    private boolean lastBuildKeptTheModel() {
        boolean keys = render.get(render.size() - 1).contains(KEPT_KEYS);
        String detail = model.get(model.size() - 1);
        assertThat(detail).doesNotContain(ownProcess ? KEPT_MODEL : STORED_MODEL);
        boolean kept = detail.contains(ownProcess ? STORED_MODEL : KEPT_MODEL);
        assertThat(keys).as("keys kept with the model: " + detail + "; " + render.get(render.size() - 1))
                .isEqualTo(kept);
        return kept;
    }

    @Test
    void anEditOfABodyAloneKeepsTheSiteModelAndTheOutputKeysAndAnyOtherEditAssemblesAnew() throws IOException {
        anEditOfABodyAloneKeepsTheKeys();
    }

    @Test
    void aBuildInAProcessOfItsOwnTakesTheModelAndKeysTheCacheKeptAfterAnEditOfABodyAloneAndAfterNoOtherEdit()
            throws IOException {
        ownProcess = true;
        anEditOfABodyAloneKeepsTheKeys();
    }

    private void anEditOfABodyAloneKeepsTheKeys() throws IOException {
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).isFalse();
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, đã sửa thân bài.");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("after an edit of a body").isTrue();
        assertThat(render.get(render.size() - 1)).contains("left by their keys");
        site.edit("articles/2024/tin-5.md", "Nội dung tin 5.", "Nội dung tin 5, sửa.");
        site.edit("articles/2024/tin-3.md", "đã sửa thân bài", "sửa lần hai");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("after two more edits of bodies").isTrue();
        // the article's front matter, a file copied as it is, the settings, the vocabulary: each assembles anew
        List<Runnable> others = List.of(
                () -> site.edit("articles/2024/tin-4.md", "title: \"Tin số 4\"", "title: \"Tin số bốn\""),
                // the same values, but the body starts a line further down
                () -> site.edit("articles/2024/tin-4.md", "summary:", "# ghi chú của biên tập viên\nsummary:"),
                () -> site.write("-- articles/2024/tin-4/so-do.pdf --\n%PDF-1.4\n"),
                () -> site.edit("site.yaml", "pageSize: 2", "pageSize: 3"),
                () -> site.edit("provinces.yaml", "aliases: [\"tỉnh Tuyên Quang\"]",
                        "aliases: [\"tỉnh Tuyên Quang\", \"TQ\"]"));
        for (Runnable other : others) {
            other.run();
            buildBothWays();
            assertThat(lastBuildKeptTheModel()).as("after edit " + step).isFalse();
            site.edit("articles/2024/tin-5.md", "Nội dung tin 5", "Nội dung tin năm");
            buildBothWays();
            assertThat(lastBuildKeptTheModel()).as("after an edit of a body, step " + step).isTrue();
            site.edit("articles/2024/tin-5.md", "Nội dung tin năm", "Nội dung tin 5");
        }
        // an article with errors: never kept, so that its problems and those of the others are found again
        site.edit("articles/2024/tin-6.md", "date: 2024-06-16", "date: 2024-16-06");
        buildBothWays();
        site.edit("articles/2024/tin-5.md", "Nội dung tin 5", "Nội dung tin năm");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("with an article with errors").isFalse();
    }

    @Test
    void theModelIsNotKeptPastItsNextScheduledChangeNorIntoAnotherDay() throws IOException {
        theModelHoldsUntilItsNextChangeOnItsDay();
    }

    @Test
    void theModelAndKeysTheCacheKeptAreNotTakenPastTheModelsNextScheduledChangeNorIntoAnotherDay()
            throws IOException {
        ownProcess = true;
        theModelHoldsUntilItsNextChangeOnItsDay();
    }

    private void theModelHoldsUntilItsNextChangeOnItsDay() throws IOException {
        site.write("-- articles/2026/hen-gio.md --\n" + article("Tin hẹn giờ", "2026-11-23T16:00:00+07:00",
                "Hà Giang", "[thông tin đối ngoại]", "Đăng lúc bốn giờ chiều."));
        buildBothWays();
        assertThat(Files.exists(dir.resolve("incremental/articles/2026/hen-gio/index.html"))).isFalse();
        now = NOW.plusSeconds(1800);
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, sửa.");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("half an hour later, before the article's time").isTrue();
        now = NOW.plusSeconds(3 * 3600); // 18:00 in Hà Nội: the article is due
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3, sửa.", "Nội dung tin 3, sửa lại.");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("past the article's time").isFalse();
        assertThat(Files.exists(dir.resolve("incremental/articles/2026/hen-gio/index.html"))).isTrue();
        now = NOW.plusSeconds(3 * 3600 + 1800);
        site.edit("articles/2024/tin-3.md", "sửa lại.", "sửa lần ba.");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("the same day").isTrue();
        now = NOW.plusSeconds(10 * 3600); // 01:00 the next day in Hà Nội (still 23 November in UTC)
        site.edit("articles/2024/tin-3.md", "sửa lần ba.", "sửa lần bốn.");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("the next day in the site's time zone").isFalse();
        now = NOW.plusSeconds(9 * 3600);
        site.edit("articles/2024/tin-3.md", "sửa lần bốn.", "sửa lần năm.");
        buildBothWays();
        assertThat(lastBuildKeptTheModel()).as("a build time earlier than the model's").isFalse();
    }

    @Test
    void theProblemsAssemblingTheKeptModelFoundAreReportedAgain() throws IOException {
        theProblemsAssemblingTheModelFoundAreReportedAgain();
    }

    @Test
    void theProblemsAssemblingTheModelTheCacheKeptFoundAreReportedAgainInAProcessOfItsOwn() throws IOException {
        ownProcess = true;
        theProblemsAssemblingTheModelFoundAreReportedAgain();
    }

    private void theProblemsAssemblingTheModelFoundAreReportedAgain() throws IOException {
        site.edit("articles/2024/tin-2.md", "date: 2024-02-12", "date: 2019-12-30");
        BuildResult first = buildBothWays();
        assertThat(MiniSite.messages(first, dir)).anySatisfy(m -> assertThat(m)
                .startsWith("content/articles/2024/tin-2.md:3:7:").contains("warning:"));
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin 3, sửa.");
        BuildResult second = buildBothWays();
        assertThat(lastBuildKeptTheModel()).isTrue();
        assertThat(MiniSite.messages(second, dir)).isEqualTo(MiniSite.messages(first, dir));
    }

    @Test
    void aFailedBuildKeepsTheLastGoodSiteAndTheNextGoodOneCatchesUp() throws IOException {
        buildBothWays();
        Map<String, String> good = tree(dir.resolve("incremental"));
        site.edit("articles/2024/tin-2.md", "summary:", "draft: true\nsummary:");
        BuildResult failed = buildBothWays();
        // the link in tin-3.md is named in the error at the draft line of the article it points to
        assertThat(MiniSite.messages(failed, dir)).anySatisfy(m -> assertThat(m)
                .startsWith("content/articles/2024/tin-2.md:").contains("error:").contains("articles/2024/tin-3.md:"));
        assertThat(tree(dir.resolve("incremental"))).isEqualTo(good);
        site.edit("articles/2024/tin-3.md", "Xem [tin trước](tin-2.md).", "Không còn dẫn sang tin khác.");
        assertThat(buildBothWays().hasErrors()).isFalse();
        site.edit("articles/2024/tin-2.md", "draft: true\n", "");
        assertThat(buildBothWays().hasErrors()).isFalse();
    }

    @Test
    void warningsOfFilesAndPagesLeftByTheSessionOfABuildInAnotherProcessAreStillReported() throws IOException {
        ownProcess = true;
        site.edit("articles/2024/tin-4.md", "Nội dung tin 4.", "Nội dung tin 4 <span onclick=\"x()\">bấm</span>.");
        site.edit("articles/2024/tin-6.md", "summary:", "tag: [sai khoá]\nsummary:");
        BuildResult first = buildBothWays();
        assertThat(MiniSite.messages(first, dir)).anySatisfy(m -> assertThat(m)
                .startsWith("content/articles/2024/tin-4.md:").contains("warning:"));
        assertThat(MiniSite.messages(first, dir)).anySatisfy(m -> assertThat(m)
                .startsWith("content/articles/2024/tin-6.md:").contains("warning:"));
        site.edit("articles/2024/tin-5.md", "Nội dung tin 5.", "Nội dung tin 5, sửa.");
        BuildResult second = buildBothWays();
        assertThat(render.get(1)).contains("left by their keys");
        assertThat(MiniSite.messages(second, dir)).isEqualTo(MiniSite.messages(first, dir));
    }

    @Test
    void warningsOfFilesTheSessionDidNotReadAgainAreStillReported() throws IOException {
        site.edit("articles/2024/tin-4.md", "summary:", "tag: [sai khoá]\nsummary:");
        BuildResult first = buildBothWays();
        assertThat(MiniSite.messages(first, dir)).anySatisfy(m -> assertThat(m)
                .startsWith("content/articles/2024/tin-4.md:").contains("warning:"));
        site.edit("articles/2024/tin-5.md", "Nội dung tin 5.", "Nội dung tin 5, sửa.");
        BuildResult second = buildBothWays();
        assertThat(MiniSite.messages(second, dir)).isEqualTo(MiniSite.messages(first, dir));
    }

    @Test
    void theSessionTrustsAFileWhoseSizeAndTimeDidNotChange() throws IOException {
        buildBothWays();
        Path file = site.content().resolve("articles/2024/tin-3.md");
        FileTime time = Files.getLastModifiedTime(file);
        site.edit("articles/2024/tin-3.md", "Nội dung tin 3.", "Nội dung tin X.");
        Files.setLastModifiedTime(file, time);
        generator.build(request(dir.resolve("incremental")).withCache(dir.resolve("cache")), session);
        // unchanged in the session's eyes: neither read again nor rendered again
        assertThat(Files.readString(dir.resolve("incremental/articles/2024/tin-3/index.html"), StandardCharsets.UTF_8))
                .contains("Nội dung tin 3.").doesNotContain("tin X");
        Files.setLastModifiedTime(file, FileTime.from(time.toInstant().plusSeconds(1)));
        generator.build(request(dir.resolve("incremental")).withCache(dir.resolve("cache")), session);
        assertThat(Files.readString(dir.resolve("incremental/articles/2024/tin-3/index.html"), StandardCharsets.UTF_8))
                .contains("Nội dung tin X.");
    }

    @Test
    void aBuildInAProcessOfItsOwnTrustsAFileWhoseSizeAndTimeDidNotChangeLikeTheSession() throws IOException {
        ownProcess = true;
        buildBothWays();
        Path file = site.content().resolve("articles/2024/tin-3.md");
        FileTime time = Files.getLastModifiedTime(file);
        site.edit("articles/2024/tin-3.md", "title: \"Tin số 3\"", "title: \"Tin số X\"");
        Files.setLastModifiedTime(file, time);
        Path output = dir.resolve("incremental");
        Generator.create().build(request(output).withCache(dir.resolve("cache")));
        // unchanged in the stored session's eyes: its front matter not read again
        assertThat(Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8)).contains("Tin số 3")
                .doesNotContain("Tin số X");
        Files.setLastModifiedTime(file, FileTime.from(time.toInstant().plusSeconds(1)));
        Generator.create().build(request(output).withCache(dir.resolve("cache")));
        assertThat(Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8)).contains("Tin số X");
    }
}
