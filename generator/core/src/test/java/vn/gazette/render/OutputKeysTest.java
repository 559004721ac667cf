package vn.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.DateParser;
import vn.gazette.content.FrontMatter;
import vn.gazette.content.ParsedArticle;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.publish.Outputs;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.site.TaxonomyBuilder;
import vn.gazette.source.SourceFile;

/** The keys of outputs are digests of their inputs: whatever an input holds changes the key, nothing else does. */
class OutputKeysTest {

    /** Two threads: the articles' stamps are digested in parallel, as in a build. */
    private static final vn.gazette.internal.Workers WORKERS = new vn.gazette.internal.Workers(2);

    @org.junit.jupiter.api.AfterAll
    static void stopWorkers() {
        WORKERS.close();
    }

    @TempDir
    Path dir;

    private final SiteConfig config = new SiteConfig("Thử nghiệm", "", URI.create("https://example.gov.vn/"),
            SiteConfig.VIETNAMESE, SiteConfig.DEFAULT_ZONE, 2, RawHtmlPolicy.SANITIZE);

    private ParsedArticle article(String name, String date, String summary, String tag) {
        return article(name, date, summary, tag, 42L);
    }

    private ParsedArticle article(String name, String date, String summary, String tag, long checksum) {
        SourceFile source = new SourceFile(dir.resolve(name + ".md"), "articles/" + name + ".md",
                SourceFile.Kind.ARTICLE);
        FrontMatter front = new FrontMatter("Bài " + name,
                DateParser.parse(date, SiteConfig.DEFAULT_ZONE, "'date'").date().orElseThrow(), Optional.empty(),
                Optional.empty(), List.of(tag), Optional.empty(), Optional.of(summary), false, Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(), Map.of("", SourcePosition.of(source.path(), 1, 1)));
        // the same checksum on purpose: the key must see the front matter itself, not only the file's checksum
        return new ParsedArticle(source, front, 10, 3, checksum);
    }

    private Map<String, Long> keys(List<ParsedArticle> articles) throws IOException {
        return keys(articles, config, new ConcurrentHashMap<>());
    }

    /** @param fronts the front matters' digests an earlier build kept, if any; updated */
    private Map<String, Long> keys(List<ParsedArticle> articles, SiteConfig config, Map<String, long[]> fronts)
            throws IOException {
        Problems problems = new Problems();
        Site site = new SiteAssembler().assemble(config, articles, List.of(),
                new SiteAssembler.Options(false, Instant.parse("2026-01-01T00:00:00Z")), problems);
        Theme theme = new ThemeLoader().load(ThemeLoader.builtIn(), dir.resolve("_theme"), "vi", problems).orElseThrow();
        PageRenderer pages = new PageRenderer(site, theme, new TemplateRenderer(theme, config), dir.resolve("site.yaml"),
                TaxonomyBuilder.vietnamese());
        OutputKeys keys = pages.keys(pages.siteDigest(), new ConcurrentHashMap<>(), fronts, WORKERS);
        assertThat(problems.all()).isEmpty();
        return Outputs.of(site, pages, problems).all().stream()
                .collect(Collectors.toMap(Output::path, keys::of, (a, b) -> a, java.util.TreeMap::new));
    }

    private List<ParsedArticle> site(String summaryOfC) {
        return List.of(article("a", "2023-01-05", "Tóm tắt a", "x"), article("b", "2023-02-05", "Tóm tắt b", "y"),
                article("c", "2023-03-05", summaryOfC, "y"), article("d", "2023-04-05", "Tóm tắt d", "y"));
    }

    @Test
    void aChangedSummaryChangesTheKeysOfExactlyThePagesAndFilesThatShowIt() throws IOException {
        Map<String, Long> before = keys(site("Tóm tắt c"));
        Map<String, Long> after = keys(site("Tóm tắt khác"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        List<String> changed = before.keySet().stream().filter(path -> !before.get(path).equals(after.get(path)))
                .toList();
        assertThat(changed).contains("index.html", "articles/c/index.html", "the/y/index.html", "the/y/atom.xml",
                "atom.xml", "2023/03/index.html", "articles/b/index.html", "articles/d/index.html", "404.html");
        // what does not show c's summary: the second home page (a and b), tag x, a's page, the sitemap (dates only);
        // the not-found page lists the newest articles, c among them
        assertThat(changed).doesNotContain("trang/2/index.html", "the/x/index.html", "the/x/atom.xml",
                "articles/a/index.html", "2023/01/index.html", "robots.txt", "sitemap.xml");
        assertThat(keys(site("Tóm tắt c"))).isEqualTo(before);
    }

    @Test
    void theFrontMattersDigestsAnEarlierBuildKeptGiveTheKeysDigestingEveryArticleGivesAndHoldOnlyForTheSameFile()
            throws IOException {
        Map<String, Long> fresh = keys(site("Tóm tắt c"));
        Map<String, long[]> fronts = new ConcurrentHashMap<>();
        assertThat(keys(site("Tóm tắt c"), config, fronts)).isEqualTo(fresh);
        assertThat(fronts).containsOnlyKeys("articles/a.md", "articles/b.md", "articles/c.md", "articles/d.md");
        // the next build takes the digests it kept
        Map<String, long[]> kept = new HashMap<>();
        fronts.forEach((file, known) -> kept.put(file, known.clone()));
        assertThat(keys(site("Tóm tắt c"), config, fronts)).isEqualTo(fresh);
        assertThat(fronts).allSatisfy((file, known) -> assertThat(known).isEqualTo(kept.get(file)));
        // a file whose checksum changed is digested again
        List<ParsedArticle> edited = List.of(article("a", "2023-01-05", "Tóm tắt a", "x"),
                article("b", "2023-02-05", "Tóm tắt b", "y"), article("c", "2023-03-05", "Tóm tắt khác", "y", 43L),
                article("d", "2023-04-05", "Tóm tắt d", "y"));
        assertThat(keys(edited, config, fronts)).isEqualTo(keys(edited, config, new ConcurrentHashMap<>()));
        // so is one read with other settings (a time zone, a taxonomy: what a front matter is read with), even with
        // the same checksum: here another summary stands for what other settings would read from the same bytes
        SiteConfig other = new SiteConfig("Thử nghiệm khác", "", URI.create("https://example.gov.vn/"),
                SiteConfig.VIETNAMESE, SiteConfig.DEFAULT_ZONE, 2, RawHtmlPolicy.SANITIZE);
        assertThat(keys(site("Tóm tắt thứ ba"), other, fronts))
                .isEqualTo(keys(site("Tóm tắt thứ ba"), other, new ConcurrentHashMap<>()));
    }

    @Test
    void anEditedBodyChangesTheKeyOfItsArticlePageAlone() throws IOException {
        Map<String, Long> before = keys(site("Tóm tắt c"));
        // c's file checksum changes and nothing of its front matter does: an edit of its body
        Map<String, Long> after = keys(List.of(article("a", "2023-01-05", "Tóm tắt a", "x"),
                article("b", "2023-02-05", "Tóm tắt b", "y"), article("c", "2023-03-05", "Tóm tắt c", "y", 43L),
                article("d", "2023-04-05", "Tóm tắt d", "y")));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(before.keySet().stream().filter(path -> !before.get(path).equals(after.get(path))))
                .containsExactly("articles/c/index.html");
    }

    @Test
    void theKeysKeptForTheSameModelGiveWhatFreshKeysGiveWithTheChecksumsOfTheBodiesReadSince() throws IOException {
        Problems problems = new Problems();
        Site site = new SiteAssembler().assemble(config, site("Tóm tắt c"), List.of(),
                new SiteAssembler.Options(false, Instant.parse("2026-01-01T00:00:00Z")), problems);
        Theme theme = new ThemeLoader().load(ThemeLoader.builtIn(), dir.resolve("_theme"), "vi", problems).orElseThrow();
        vn.gazette.image.ImageStage.Pictures none = new vn.gazette.image.ImageStage.Pictures(Map.of(), Map.of());
        KeyMemo memo = new KeyMemo();
        Function<Site, PageRenderer> renderer = model -> new PageRenderer(model, theme,
                new TemplateRenderer(theme, config), dir.resolve("site.yaml"), TaxonomyBuilder.vietnamese());
        PageRenderer pages = renderer.apply(site);
        long digest = pages.siteDigest();
        List<Output> outputs = Outputs.of(site, pages, problems).all();
        KeyMemo.Keys first = memo.keys(site, digest, none, outputs,
                () -> pages.keys(digest, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), WORKERS));
        assertThat(first.reused()).isFalse();
        assertThat(keysOf(site, pages, first::of, problems)).isEqualTo(keys(site("Tóm tắt c")));

        // the same model, with c's body edited since: the kept keys, and c's page's alone changes
        String c = site.articles().stream().filter(a -> a.source().relative().equals("articles/c.md")).findFirst()
                .orElseThrow().url();
        Site edited = site.withChecksums(Map.of(c, 43L));
        assertThat(edited.sameModel(site)).isTrue();
        KeyMemo.Keys second = memo.keys(edited, digest, none, outputs, () -> {
            throw new AssertionError("the kept keys hold for the same model");
        });
        assertThat(second.reused()).isTrue();
        assertThat(keysOf(edited, renderer.apply(edited), second::of, problems)).isEqualTo(keys(List.of(
                article("a", "2023-01-05", "Tóm tắt a", "x"), article("b", "2023-02-05", "Tóm tắt b", "y"),
                article("c", "2023-03-05", "Tóm tắt c", "y", 43L), article("d", "2023-04-05", "Tóm tắt d", "y"))));

        // another theme and settings, other pictures, or a model assembled again: keys made anew
        int[] made = {0};
        KeyMemo.Maker maker = () -> {
            made[0]++;
            return pages.keys(digest, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), WORKERS);
        };
        assertThat(memo.keys(edited, digest + 1, none, outputs, maker).reused()).isFalse();
        assertThat(memo.keys(edited, digest, none, outputs, maker).reused()).isFalse();
        assertThat(memo.keys(edited, digest, new vn.gazette.image.ImageStage.Pictures(Map.of(), Map.of("a.webp",
                dir.resolve("a.webp"))), outputs, maker).reused()).isFalse();
        Site again = new SiteAssembler().assemble(config, site("Tóm tắt c"), List.of(),
                new SiteAssembler.Options(false, Instant.parse("2026-01-01T00:00:00Z")), problems);
        assertThat(again.sameModel(site)).isFalse();
        assertThat(memo.keys(again, digest, new vn.gazette.image.ImageStage.Pictures(Map.of(), Map.of("a.webp",
                dir.resolve("a.webp"))), outputs, maker).reused()).isFalse();
        assertThat(made[0]).isEqualTo(4);
    }

    @Test
    void keysTheBuildCacheKeptAreTakenByAnotherProcessOnlyForAModelOfTheSameKeyWhileItHolds() throws IOException {
        Problems problems = new Problems();
        Instant then = Instant.parse("2026-01-01T00:00:00Z");
        Site site = new SiteAssembler().assemble(config, site("Tóm tắt c"), List.of(),
                new SiteAssembler.Options(false, then), problems);
        Theme theme = new ThemeLoader().load(ThemeLoader.builtIn(), dir.resolve("_theme"), "vi", problems).orElseThrow();
        vn.gazette.image.ImageStage.Pictures none = new vn.gazette.image.ImageStage.Pictures(Map.of(), Map.of());
        PageRenderer pages = new PageRenderer(site, theme, new TemplateRenderer(theme, config), dir.resolve("site.yaml"),
                TaxonomyBuilder.vietnamese());
        long digest = pages.siteDigest();
        List<Output> outputs = Outputs.of(site, pages, problems).all();
        int[] made = {0};
        KeyMemo.Maker maker = () -> {
            made[0]++;
            return pages.keys(digest, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), WORKERS);
        };
        KeyMemo.Model model = new KeyMemo.Model(7L, then, Optional.of(then.plusSeconds(3600)));
        KeyMemo first = new KeyMemo();
        first.assembled(model);
        Map<String, Long> fresh = keysOf(site, pages, first.keys(site, digest, none, outputs, maker)::of, problems);
        assertThat(made[0]).isEqualTo(1);
        byte[] stored = written(first);

        // another process assembles the model anew: the same key, a minute later, takes every key without making any
        Site again = new SiteAssembler().assemble(config, site("Tóm tắt c"), List.of(),
                new SiteAssembler.Options(false, then.plusSeconds(60)), problems);
        assertThat(again.sameModel(site)).isFalse();
        PageRenderer pagesAgain = new PageRenderer(again, theme, new TemplateRenderer(theme, config),
                dir.resolve("site.yaml"), TaxonomyBuilder.vietnamese());
        KeyMemo later = read(stored);
        later.assembled(new KeyMemo.Model(7L, then.plusSeconds(60), Optional.empty()));
        KeyMemo.Keys taken = later.keys(again, digest, none, Outputs.of(again, pagesAgain, problems).all(), () -> {
            throw new AssertionError("every output's base was kept");
        });
        assertThat(taken.reused()).isTrue();
        assertThat(keysOf(again, pagesAgain, taken::of, problems)).isEqualTo(fresh);
        // with c's body edited since: c's page's key alone changes, as fresh keys would say
        String c = again.articles().stream().filter(a -> a.source().relative().equals("articles/c.md")).findFirst()
                .orElseThrow().url();
        Site edited = again.withChecksums(Map.of(c, 43L));
        KeyMemo afterEdit = read(stored);
        afterEdit.assembled(new KeyMemo.Model(7L, then.plusSeconds(60), Optional.empty()));
        KeyMemo.Keys editedKeys = afterEdit.keys(edited, digest, none, outputs, maker);
        assertThat(keysOf(edited, pagesAgain, editedKeys::of, problems)).isEqualTo(keys(List.of(
                article("a", "2023-01-05", "Tóm tắt a", "x"), article("b", "2023-02-05", "Tóm tắt b", "y"),
                article("c", "2023-03-05", "Tóm tắt c", "y", 43L), article("d", "2023-04-05", "Tóm tắt d", "y"))));
        assertThat(made[0]).isEqualTo(1);

        // not taken: another model's key, an earlier time, the model's next change reached, another theme and
        // settings, other pictures, or no model told
        vn.gazette.image.ImageStage.Pictures other = new vn.gazette.image.ImageStage.Pictures(Map.of(),
                Map.of("a.webp", dir.resolve("a.webp")));
        List<KeyMemo.Model> models = List.of(new KeyMemo.Model(8L, then.plusSeconds(60), Optional.empty()),
                new KeyMemo.Model(7L, then.minusSeconds(1), Optional.empty()),
                new KeyMemo.Model(7L, then.plusSeconds(3600), Optional.empty()));
        for (KeyMemo.Model notTheSame : models) {
            KeyMemo memo = read(stored);
            memo.assembled(notTheSame);
            assertThat(memo.keys(again, digest, none, outputs, maker).reused()).as(notTheSame.toString()).isFalse();
        }
        KeyMemo otherDigest = read(stored);
        otherDigest.assembled(model);
        assertThat(otherDigest.keys(again, digest + 1, none, outputs, maker).reused()).isFalse();
        KeyMemo otherPictures = read(stored);
        otherPictures.assembled(model);
        assertThat(otherPictures.keys(again, digest, other, outputs, maker).reused()).isFalse();
        assertThat(read(stored).keys(again, digest, none, outputs, maker).reused()).isFalse();
        assertThat(made[0]).isEqualTo(7);

        // keys kept for some outputs only: taken, and made for the others
        KeyMemo some = new KeyMemo();
        some.assembled(model);
        KeyMemo.Keys partly = some.keys(site, digest, none, outputs, maker);
        outputs.stream().limit(outputs.size() / 2).forEach(partly::of);
        KeyMemo rest = read(written(some));
        rest.assembled(model);
        KeyMemo.Keys completed = rest.keys(again, digest, none, outputs, () -> {
            made[0]++;
            return pagesAgain.keys(digest, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), WORKERS);
        });
        assertThat(completed.reused()).isTrue();
        assertThat(made[0]).isEqualTo(9);
        assertThat(keysOf(again, pagesAgain, completed::of, problems)).isEqualTo(fresh);
        // and a build that did not say what it assembled keeps nothing in the cache
        KeyMemo untold = new KeyMemo();
        untold.keys(site, digest, none, outputs, maker);
        KeyMemo readUntold = read(written(untold));
        readUntold.assembled(model);
        assertThat(readUntold.keys(again, digest, none, outputs, maker).reused()).isFalse();
    }

    private static byte[] written(KeyMemo memo) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        memo.write(new java.io.DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static KeyMemo read(byte[] bytes) throws IOException {
        KeyMemo memo = new KeyMemo();
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes));
        memo.read(in, 1 << 16);
        assertThat(in.read()).as("read whole").isEqualTo(-1);
        return memo;
    }

    private static Map<String, Long> keysOf(Site site, PageRenderer pages, java.util.function.ToLongFunction<Output> key,
            Problems problems) {
        return Outputs.of(site, pages, problems).all().stream().collect(Collectors.toMap(Output::path,
                key::applyAsLong, (a, b) -> a, java.util.TreeMap::new));
    }

    /** An input record with one more field: the field is in the key without anyone listing it. */
    record Probe(String title, int count, Optional<String> note) {
    }

    @Test
    void everyFieldOfAnInputIsInTheKeyAndAnUnknownTypeIsRefused() throws IOException {
        Problems problems = new Problems();
        Site site = new SiteAssembler().assemble(config, List.of(), List.of(),
                new SiteAssembler.Options(false, Instant.parse("2026-01-01T00:00:00Z")), problems);
        Theme theme = new ThemeLoader().load(ThemeLoader.builtIn(), dir.resolve("_theme"), "vi", problems).orElseThrow();
        PageRenderer pages = new PageRenderer(site, theme, new TemplateRenderer(theme, config), dir.resolve("site.yaml"),
                TaxonomyBuilder.vietnamese());
        OutputKeys keys = pages.keys(pages.siteDigest(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), WORKERS);
        Function<Record, Long> key = input -> keys.of(new Output.File("probe", "probe.txt", input, () -> new byte[0]));
        long base = key.apply(new Probe("a", 1, Optional.empty()));
        assertThat(key.apply(new Probe("a", 1, Optional.empty()))).isEqualTo(base);
        assertThat(List.of(key.apply(new Probe("b", 1, Optional.empty())), key.apply(new Probe("a", 2,
                Optional.empty())), key.apply(new Probe("a", 1, Optional.of(""))))).doesNotContain(base).doesNotHaveDuplicates();
        record Opaque(Object thing) {
        }
        assertThatThrownBy(() -> key.apply(new Opaque(new StringBuilder("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.StringBuilder");
    }
}
