package vn.gazette.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import vn.gazette.importer.ImportedArticle.Field;
import vn.gazette.importer.ImportedArticle.Outcome;
import vn.gazette.internal.Slugs;
import vn.gazette.internal.TimeLimit;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Decides where each read capture goes and writes it: {@code YEAR/slug.md} in the import folder with its images in
 * {@code YEAR/slug/}, never over an existing file; a capture imported before (same SHA-256) is skipped, or with
 * {@code update} rewritten when the editor has not changed it and written beside it when they have. Every path is
 * checked to stay inside the import folder. Not thread-safe; one per run.
 */
final class Writer {

    private record Plan(Reading reading, Path file, Outcome outcome, Optional<Path> earlier) {
    }

    private final Path into;
    private final Existing existing;
    private final boolean update;
    private final LocalDate today;
    private final Problems problems;
    private final Set<Path> taken = new HashSet<>();
    private final MarkdownMaker markdown = new MarkdownMaker();

    Writer(Path into, Existing existing, boolean update, LocalDate today, Problems problems) {
        this.into = into;
        this.existing = existing;
        this.update = update;
        this.today = today;
        this.problems = problems;
    }

    List<ImportedArticle> writeAll(List<Reading> readings, TimeLimit limit) {
        List<Plan> plans = new ArrayList<>();
        Map<String, Path> links = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Reading r : readings) {
            Plan plan = plan(r, seen.add(r.sha256()));
            plans.add(plan);
            r.capture().keys(r.page().canonical()).forEach(k -> links.putIfAbsent(k, plan.file()));
        }
        List<ImportedArticle> lines = new ArrayList<>();
        for (Plan plan : plans) {
            lines.add(write(plan, links, limit));
        }
        return lines;
    }

    private Plan plan(Reading r, boolean firstOfItsBytes) {
        Optional<Existing.Earlier> earlier = existing.bySha(r.sha256())
                .or(() -> update ? r.capture().url().map(URI::toString).flatMap(existing::byUrl) : Optional.empty());
        if (earlier.isPresent() && !update || !firstOfItsBytes) {
            Path file = earlier.map(Existing.Earlier::file).orElse(into);
            return new Plan(r, file, Outcome.SKIPPED, earlier.map(Existing.Earlier::file));
        }
        if (earlier.isPresent() && earlier.get().unchanged()) {
            return new Plan(r, earlier.get().file(), Outcome.UPDATED, Optional.of(earlier.get().file()));
        }
        if (earlier.isPresent()) {
            Path old = earlier.get().file();
            String stem = old.getFileName().toString().replaceFirst("\\.md$", "");
            return new Plan(r, free(old.getParent(), stem + "-cap-nhat"), Outcome.BESIDE, Optional.of(old));
        }
        LocalDate date = r.dates().published().value().map(DateFinder.Day::date).orElse(today);
        String slug = Slugs.slugify(r.title().value().orElse(r.capture().name()));
        Path folder = into.resolve(String.valueOf(date.getYear()));
        return new Plan(r, free(folder, slug.isEmpty() ? "bai-viet" : slug), Outcome.WRITTEN, Optional.empty());
    }

    /** {@code stem.md} in {@code folder}, or {@code stem-2.md} and so on: a name no file has yet. */
    private Path free(Path folder, String stem) {
        for (int n = 1; ; n++) {
            Path file = folder.resolve(n == 1 ? stem + ".md" : stem + "-" + n + ".md");
            if (!taken.contains(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(folder.resolve(file.getFileName().toString().replaceFirst("\\.md$", "")))) {
                taken.add(file);
                return file;
            }
        }
    }

    private ImportedArticle write(Plan plan, Map<String, Path> links, TimeLimit limit) {
        Reading r = plan.reading();
        List<String> notes = new ArrayList<>();
        if (plan.outcome() == Outcome.SKIPPED) {
            notes.add(plan.earlier().map(e -> "imported before as " + into.relativize(e)).orElse("same bytes as another capture"));
            return line(r, plan.earlier().map(into::relativize), Outcome.SKIPPED, 0, List.of(), notes);
        }
        Path folder = plan.file().getParent();
        Optional<MarkdownMaker.Made> made;
        try {
            made = limit.run(() -> markdown.make(r.body(), r.capture(), r.capture().url().or(() -> r.page().canonical()),
                    key -> Optional.ofNullable(links.get(key)).filter(p -> !p.equals(plan.file()))
                            .map(p -> folder.relativize(p).toString().replace('\\', '/'))));
        } catch (ExecutionException e) {
            made = Optional.empty();
        }
        if (made.isEmpty()) {
            problems.error(SourcePosition.of(r.capture().file(), 1, 1), Sources.STAGE,
                    Message.of("importer.page.unreadable", r.capture().name(), "Markdown"));
            return failed(r.capture());
        }
        String text = ArticleFile.render(fields(r), made.get().markdown());
        try {
            writeInside(plan.file(), text.getBytes(StandardCharsets.UTF_8), plan.outcome() == Outcome.UPDATED);
            Path assets = folder.resolve(plan.file().getFileName().toString().replaceFirst("\\.md$", ""));
            for (Map.Entry<String, byte[]> image : made.get().images().entrySet()) {
                writeInside(assets.resolve(image.getKey()), image.getValue(), plan.outcome() == Outcome.UPDATED);
            }
        } catch (IOException e) {
            problems.error(SourcePosition.of(plan.file(), 1, 1), Sources.STAGE, Message.of("importer.write.failed",
                    into.relativize(plan.file()), String.valueOf(e.getMessage())));
            return failed(r.capture());
        }
        if (plan.outcome() == Outcome.BESIDE) {
            Path old = into.relativize(plan.earlier().get());
            problems.warning(SourcePosition.of(plan.earlier().get(), 1, 1), Sources.STAGE, Message.of("importer.update.edited",
                    old, into.relativize(plan.file())));
            notes.add("edited since import: new version beside " + old);
        }
        made.get().missingImages().stream().limit(3).forEach(src -> notes.add("image not in the capture: " + src));
        return line(r, Optional.of(into.relativize(plan.file())), plan.outcome(), made.get().images().size(),
                made.get().missingImages(), notes);
    }

    /** Writes a file that must be new (or, for an update, replaces one), refusing any path outside the folder. */
    private void writeInside(Path file, byte[] bytes, boolean replace) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(into)) {
            throw new IOException("outside the import folder");
        }
        Files.createDirectories(target.getParent());
        if (!target.getParent().toRealPath().startsWith(into.toRealPath())) {
            throw new IOException("a link leads outside the import folder");
        }
        if (replace) {
            Path temp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            if (!java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                throw new IOException(target.getFileName() + " exists already");
            }
        }
    }

    private ArticleFile.Fields fields(Reading r) {
        Optional<String> author = r.page().author().value();
        return new ArticleFile.Fields(r.title().value().orElse(r.capture().name()),
                r.dates().published().value().map(DateFinder.Day::frontMatter).orElse(today.toString()),
                r.province().value(), r.page().tags(), author, Optional.of(r.summary()).filter(s -> !s.isBlank()),
                r.capture().url().or(() -> r.page().canonical()).map(URI::toString), r.capture().name(), r.sha256(),
                today, r.conference());
    }

    private static ImportedArticle line(Reading r, Optional<Path> file, Outcome outcome, int images,
            List<String> missing, List<String> notes) {
        Finding<String> date = r.dates().published().map(DateFinder.Day::frontMatter);
        List<Finding<?>> key = List.of(r.title(), date, r.province());
        Finding.Confidence least = key.stream().map(Finding::confidence).min(Enum::compareTo).orElseThrow();
        Optional<Field> conference = r.conference().map(c -> new Field(Optional.of(describe(c)),
                Finding.Confidence.LOW.word(), String.join("; ", c.clues())));
        return new ImportedArticle(r.capture().name(), r.capture().url().or(() -> r.page().canonical())
                .map(URI::toString), file.map(p -> p.toString().replace('\\', '/')), outcome, least.word(), r.encoding(),
                r.page().recipe(), Field.of(r.title()), Field.of(date), Field.of(r.province()), Field.of(r.page().author()),
                r.page().tags(), images, missing, conference, notes);
    }

    static String describe(ConferenceFacts c) {
        StringBuilder s = new StringBuilder(c.kind());
        c.end().ifPresent(e -> s.append(", ").append(c.start().until(e).getDays() + 1).append(" ngày"));
        s.append(", ").append(c.format());
        c.sites().ifPresent(n -> s.append(", ").append(n).append(" điểm cầu"));
        c.participants().ifPresent(n -> s.append(", ").append(n).append(" người"));
        if (!c.speakers().isEmpty()) {
            s.append(", ").append(c.speakers().size()).append(" báo cáo viên");
        }
        return s.toString();
    }

    static ImportedArticle failed(Capture capture) {
        Field none = Field.of(Finding.none());
        return new ImportedArticle(capture.name(), capture.url().map(URI::toString), Optional.empty(), Outcome.FAILED,
                "none", "", Optional.empty(), none, none, none, none, List.of(), 0, List.of(), Optional.empty(),
                List.of("see the problems above"));
    }
}
