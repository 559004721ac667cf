package vn.gazette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.config.Province;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.SiteConfigLoader;
import vn.gazette.content.ArticleSkeleton;
import vn.gazette.internal.Slugs;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.source.TextFile;

/**
 * Starts an article ({@code gazette new}): {@code articles/<year>/<slug>.md} in the content folder with complete
 * front matter. The rules live here, not in the adapters: the slug comes from the title, the date is today in the
 * site's time zone, the province is checked against {@code provinces.yaml} (written as the vocabulary names it; a
 * province merged before the article's date is refused, naming the one it joined). Never replaces a file. Stateless
 * and thread-safe.
 */
public final class NewArticle {

    private NewArticle() {
    }

    /**
     * What to create; the texts as the editor typed them.
     *
     * @param source     the content folder (site.yaml at its top)
     * @param title      the headline
     * @param province   the province the article is about, if any
     * @param slug       the file name and last part of the address (default: from the title)
     * @param date       {@code YYYY-MM-DD} (default: today in the site's time zone)
     * @param conference whether to add the conference block, to fill in
     * @param draft      whether to write {@code draft: true}
     */
    public record Request(Path source, String title, Optional<String> province, Optional<String> slug,
            Optional<String> date, boolean conference, boolean draft) {
        public Request {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(province, "province");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(date, "date");
        }
    }

    /** How it ended. */
    public enum Status {
        /** The file was written. */
        CREATED,
        /** The file exists already and was left as it is. */
        EXISTS,
        /** site.yaml has errors (in {@link Result#problems}): the article needs its time zone and language. */
        SITE_ERRORS,
        /** The request itself is wrong: no site.yaml, an unknown province, a bad slug or date. */
        REFUSED
    }

    /**
     * What happened, and what to tell the editor.
     *
     * @param status   how it ended
     * @param file     the article's file (written, or the one already there)
     * @param problems site.yaml's problems, for {@link Status#SITE_ERRORS}
     * @param message  the line to print: where the file is, or what to give instead
     * @param language the site's language ({@code en} when site.yaml could not be read)
     */
    public record Result(Status status, Optional<Path> file, List<Problem> problems, Message message,
            String language) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** The message in the site's language. */
        public String text() {
            return message.text(language);
        }
    }

    /** Creates the article, as of the time of {@code clock} (today's date). */
    public static Result create(Request request, Clock clock) throws IOException {
        Path config = request.source().resolve(SiteConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(config)) {
            return refused(Message.of("content.new.no-site", config), "en");
        }
        Problems problems = new Problems();
        Optional<SiteConfig> site = TextFile.read(config, problems)
                .flatMap(text -> new SiteConfigLoader().load(text.text(), config, Optional.empty(), problems));
        if (problems.hasErrors() || site.isEmpty()) {
            return new Result(Status.SITE_ERRORS, Optional.empty(), problems.sorted(),
                    Message.of("content.new.site-errors"), site.map(SiteConfig::languageCode).orElse("vi"));
        }
        String language = site.get().languageCode();
        String headline = Normalizer.normalize(request.title(), Normalizer.Form.NFC).strip();
        if (headline.isEmpty()) {
            return refused(Message.of("content.new.no-title"), language);
        }
        Optional<Message> wrong = slugProblem(request.slug(), headline).or(() -> dateProblem(request.date()));
        if (wrong.isPresent()) {
            return refused(wrong.get(), language);
        }
        String name = request.slug().orElseGet(() -> Slugs.slugify(headline));
        LocalDate day = request.date().map(LocalDate::parse)
                .orElseGet(() -> LocalDate.now(clock.withZone(site.get().timeZone())));
        Optional<String> province = request.province().map(p -> Normalizer.normalize(p, Normalizer.Form.NFC).strip());
        Path vocabulary = request.source().resolve(ProvinceVocabulary.FILE_NAME);
        if (province.isPresent() && Files.isRegularFile(vocabulary)) {
            ProvinceVocabulary provinces = load(vocabulary);
            Optional<Message> refusal = provinceProblem(provinces, province.get(), day, vocabulary);
            if (refusal.isPresent()) {
                return refused(refusal.get(), language);
            }
            province = provinces.find(province.get()).map(Province::name);
        }
        return write(request, headline, name, day, province, language);
    }

    private static Result write(Request request, String headline, String name, LocalDate day,
            Optional<String> province, String language) throws IOException {
        Path file = request.source().resolve("articles").resolve(Integer.toString(day.getYear())).resolve(name + ".md");
        Files.createDirectories(file.getParent());
        String text = ArticleSkeleton.text(headline, day, province, request.conference(), request.draft(),
                language.equals("vi"));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            return new Result(Status.EXISTS, Optional.of(file), List.of(), Message.of("content.new.exists", file, name),
                    language);
        }
        return new Result(Status.CREATED, Optional.of(file), List.of(), Message.of("content.new.created", file),
                language);
    }

    private static Result refused(Message why, String language) {
        return new Result(Status.REFUSED, Optional.empty(), List.of(), why, language);
    }

    private static Optional<Message> slugProblem(Optional<String> slug, String headline) {
        if (slug.isPresent()) {
            String given = slug.get();
            return Slugs.isValid(given) ? Optional.empty() : Optional.of(Message.of("content.new.slug.invalid", given,
                    Slugs.slugify(given).transform(s -> s.isEmpty() ? "tap-huan-2024" : s)));
        }
        return Slugs.slugify(headline).isEmpty() ? Optional.of(Message.of("content.new.title.no-slug"))
                : Optional.empty();
    }

    private static Optional<Message> dateProblem(Optional<String> date) {
        try {
            date.ifPresent(LocalDate::parse);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(Message.of("content.new.date.invalid", date.get()));
        }
    }

    /** Why it cannot be written on an article of {@code day}. */
    private static Optional<Message> provinceProblem(ProvinceVocabulary vocabulary, String wanted, LocalDate day,
            Path file) {
        Optional<Province> found = vocabulary.find(wanted);
        if (found.isEmpty()) {
            return Optional.of(vocabulary.closest(wanted)
                    .map(s -> Message.of("content.new.province.unknown.suggest", wanted, s, file))
                    .orElse(Message.of("content.new.province.unknown", wanted, file)));
        }
        if (!found.get().existedOn(day)) {
            Province now = vocabulary.currentOf(found.get());
            return Optional.of(Message.of("content.new.province.merged", found.get().name(), day, now.name()));
        }
        return Optional.empty();
    }

    private static ProvinceVocabulary load(Path file) throws IOException {
        Problems problems = new Problems();
        return TextFile.read(file, problems).map(text -> ProvinceVocabulary.load(text.text(), file, problems))
                .orElse(ProvinceVocabulary.empty());
    }
}
