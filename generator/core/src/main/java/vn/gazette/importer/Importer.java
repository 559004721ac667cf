package vn.gazette.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.SiteConfigLoader;
import vn.gazette.internal.TimeLimit;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * {@code gazette import}: the public entry point that turns captures into draft articles. Reads every capture
 * (nothing from the network), extracts and proposes, then writes each article into the import folder, never over
 * an existing file, and the report. Each capture is read under a time limit, so no page can hang the run; a page
 * that cannot be read is a problem naming it, never a stack trace. Not thread-safe; make one per run.
 */
public final class Importer {

    /** The longest one capture may take to read and convert. */
    static final Duration PER_CAPTURE = Duration.ofSeconds(30);

    private final Problems problems = new Problems();

    private Importer() {
    }

    /** Runs an import. Problems (unreadable captures, unknown encodings) are in the result, not thrown. */
    public static ImportResult run(ImportRequest request) throws IOException {
        return new Importer().go(request);
    }

    private ImportResult go(ImportRequest request) throws IOException {
        Path into = request.into().toAbsolutePath().normalize();
        Optional<Path> root = request.contentRoot().or(() -> contentRoot(into));
        Optional<SiteConfig> site = root.flatMap(this::site);
        ZoneId zone = site.map(SiteConfig::timeZone).orElse(SiteConfig.DEFAULT_ZONE);
        String language = site.map(SiteConfig::languageCode).orElse("vi");
        LocalDate today = LocalDate.ofInstant(request.clock().instant(), zone);
        ProvinceVocabulary vocabulary = root.map(this::vocabulary).orElse(ProvinceVocabulary.empty());
        List<Recipe> recipes = new ArrayList<>(builtInRecipes());
        request.recipes().ifPresent(file -> recipes.addAll(0, recipes(file)));
        List<Capture> captures = Sources.captures(request.sources(), problems);
        Files.createDirectories(into);
        Existing existing = Existing.scan(into);
        HtmlExtractor html = new HtmlExtractor(recipes);
        ProvinceFinder provinces = new ProvinceFinder(vocabulary);
        List<Reading> readings = new ArrayList<>();
        List<ImportedArticle> lines = new ArrayList<>();
        try (TimeLimit limit = new TimeLimit(PER_CAPTURE)) {
            for (Capture capture : captures) {
                read(capture, html, provinces, today, limit).ifPresentOrElse(readings::add,
                        () -> lines.add(Writer.failed(capture)));
            }
            Writer writer = new Writer(into, existing, request.update(), today, problems);
            lines.addAll(writer.writeAll(readings, limit));
        }
        lines.sort(Comparator.comparing(Importer::doubt).thenComparing(ImportedArticle::capture));
        ImportResult result = new ImportResult(lines, problems.sorted(), language);
        if (request.report().isPresent()) {
            ReportJson.write(result, request.report().get(), request.clock());
        }
        return result;
    }

    private static int doubt(ImportedArticle a) {
        return a.outcome() == ImportedArticle.Outcome.FAILED ? -1
                : List.of("none", "low", "medium", "high").indexOf(a.confidence());
    }

    private Optional<Reading> read(Capture capture, HtmlExtractor html, ProvinceFinder provinces, LocalDate today,
            TimeLimit limit) {
        SourcePosition where = SourcePosition.of(capture.file(), 1, 1);
        Optional<TextDecoder.Decoded> text = TextDecoder.decode(capture.bytes(), capture.charset(), capture.html());
        if (text.isEmpty()) {
            problems.error(where, Sources.STAGE, Message.of("importer.encoding.unknown", capture.name()));
            return Optional.empty();
        }
        String sha = MarkdownMaker.sha256(capture.bytes());
        try {
            Optional<Optional<Reading>> reading = limit.run(() -> Reading.of(capture, sha, text.get(), html, provinces,
                    today));
            if (reading.isEmpty()) {
                problems.error(where, Sources.STAGE, Message.of("importer.page.slow", capture.name(),
                        PER_CAPTURE.toSeconds()));
                return Optional.empty();
            }
            if (reading.get().isEmpty()) {
                problems.error(where, Sources.STAGE, Message.of("importer.page.too-complex", capture.name(),
                        Reading.MAX_ELEMENTS));
            }
            return reading.get();
        } catch (ExecutionException e) {
            problems.error(where, Sources.STAGE, Message.of("importer.page.unreadable", capture.name(),
                    String.valueOf(e.getCause() == null ? e : e.getCause().getClass().getSimpleName())));
            return Optional.empty();
        }
    }

    private static Optional<Path> contentRoot(Path into) {
        for (Path p = into; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(SiteConfigLoader.FILE_NAME))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private Optional<SiteConfig> site(Path root) {
        Path file = root.resolve(SiteConfigLoader.FILE_NAME);
        try {
            return Files.isRegularFile(file) ? new SiteConfigLoader().load(Files.readString(file), file,
                    Optional.empty(), new Problems()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private ProvinceVocabulary vocabulary(Path root) {
        Path file = root.resolve(ProvinceVocabulary.FILE_NAME);
        try {
            return Files.isRegularFile(file) ? ProvinceVocabulary.load(Files.readString(file), file, problems)
                    : ProvinceVocabulary.empty();
        } catch (IOException e) {
            problems.error(SourcePosition.of(file, 1, 1), Sources.STAGE, Message.of("importer.source.unreadable", file));
            return ProvinceVocabulary.empty();
        }
    }

    private List<Recipe> recipes(Path file) {
        try {
            return Recipe.load(Files.readString(file, StandardCharsets.UTF_8), file, problems);
        } catch (IOException e) {
            problems.error(SourcePosition.of(file, 1, 1), Sources.STAGE, Message.of("importer.source.unreadable", file));
            return List.of();
        }
    }

    private static List<Recipe> builtInRecipes() throws IOException {
        try (InputStream in = Importer.class.getResourceAsStream("recipes.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Problems ignored = new Problems();
            List<Recipe> recipes = Recipe.load(text, Path.of("recipes.yaml"), ignored);
            if (ignored.hasErrors()) {
                throw new IllegalStateException("the built-in recipes are broken: " + ignored.all());
            }
            return recipes;
        }
    }
}
