package vn.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.gazette.config.Province;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.SiteConfigLoader;
import vn.gazette.internal.Slugs;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.source.TextFile;

/**
 * {@code gazette new "Tiêu đề"}: starts an article at {@code articles/<year>/<slug>.md} with complete front matter,
 * dated today in the site's time zone. Never overwrites a file. Made by picocli once per run; not shared between
 * threads.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates articles/YEAR/SLUG.md in the content folder with complete front matter: the title, "
                + "today's date in the site's time zone, the province (checked against provinces.yaml), and the optional "
                + "fields as comments to fill in. The slug comes from the title. An existing file is never replaced."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the article was created", "1:the file exists already (nothing was written; choose another "
                + "--slug), or site.yaml has errors (printed)", "2:wrong command line (no site.yaml, an unknown "
                + "province, a bad slug or date)", "3:a file could not be read or written"})
final class NewCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The article's headline, in quotes.")
    private String title;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: site.yaml and the articles (default: ${DEFAULT-VALUE}).")
    private Path source;

    @Option(names = "--province", paramLabel = "NAME", description = "The province the article is about.")
    private String province;

    @Option(names = "--conference", description = "Add a conference block to fill in (for a conference or training).")
    private boolean conference;

    @Option(names = "--slug", paramLabel = "SLUG", description = "The file name and last part of the address "
            + "(default: from the title).")
    private String slug;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: today in the "
            + "site's time zone).")
    private String date;

    @Option(names = "--draft", description = "Mark it draft: true, so it is not published until you change that.")
    private boolean draft;

    NewCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return create(out, err);
        } catch (Usage e) {
            err.println("gazette: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("gazette: cannot read or write a file: " + e);
            return ExitCode.FAILURE;
        }
    }

    private int create(PrintWriter out, PrintWriter err) throws IOException {
        Path config = source.resolve(SiteConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(config)) {
            throw new Usage("there is no " + config + ": give the content folder with --source");
        }
        Problems problems = new Problems();
        Optional<SiteConfig> site = TextFile.read(config, problems)
                .flatMap(text -> new SiteConfigLoader().load(text.text(), config, Optional.empty(), problems));
        if (problems.hasErrors() || site.isEmpty()) {
            Path base = Path.of("").toAbsolutePath();
            for (Problem problem : problems.sorted()) {
                err.println(problem.format(base, site.map(SiteConfig::languageCode).orElse("vi")));
            }
            err.println("gazette: fix site.yaml first: the new article needs its time zone and language");
            return ExitCode.CONTENT_ERRORS;
        }
        String headline = Normalizer.normalize(title, Normalizer.Form.NFC).strip();
        if (headline.isEmpty()) {
            throw new Usage("give the article's title, e.g. gazette new \"Hội nghị tập huấn thông tin đối ngoại\"");
        }
        String name = slug(headline);
        LocalDate day = day(site.get());
        Optional<String> provinceName = province(day);
        Path file = source.resolve("articles").resolve(Integer.toString(day.getYear())).resolve(name + ".md");
        Files.createDirectories(file.getParent());
        String text = ArticleSkeleton.text(headline, day, provinceName, conference, draft,
                site.get().languageCode().equals("vi"));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println("gazette: " + file + " already exists and was left as it is: choose another name with --slug, "
                    + "e.g. --slug " + name + "-2");
            return ExitCode.CONTENT_ERRORS;
        }
        out.println("Created " + file);
        return ExitCode.OK;
    }

    private String slug(String headline) {
        if (slug != null) {
            if (!Slugs.isValid(slug)) {
                throw new Usage("--slug '" + slug + "' is not a slug: use a-z, 0-9 and single hyphens, e.g. "
                        + Slugs.slugify(slug).transform(s -> s.isEmpty() ? "tap-huan-2024" : s));
            }
            return slug;
        }
        String made = Slugs.slugify(headline);
        if (made.isEmpty()) {
            throw new Usage("the title has no letters or digits to make a file name from: give one with --slug");
        }
        return made;
    }

    private LocalDate day(SiteConfig site) {
        if (date == null) {
            return LocalDate.now(terminal.clock().withZone(site.timeZone()));
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new Usage("--date must look like 2023-09-22 (year-month-day), not '" + date + "'");
        }
    }

    /** The province as the vocabulary names it; checked only when the site has provinces.yaml. */
    private Optional<String> province(LocalDate day) throws IOException {
        if (province == null) {
            return Optional.empty();
        }
        String wanted = Normalizer.normalize(province, Normalizer.Form.NFC).strip();
        Path file = source.resolve(ProvinceVocabulary.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.of(wanted);
        }
        Problems problems = new Problems();
        ProvinceVocabulary vocabulary = TextFile.read(file, problems)
                .map(text -> ProvinceVocabulary.load(text.text(), file, problems)).orElse(ProvinceVocabulary.empty());
        Optional<Province> found = vocabulary.find(wanted);
        if (found.isEmpty()) {
            throw new Usage("unknown province '" + wanted + "'" + vocabulary.closest(wanted).map(s -> ": did you mean '" + s + "'?").orElse("") + " (the provinces are "
                    + "listed in " + file + ")");
        }
        if (!found.get().existedOn(day)) {
            Province now = vocabulary.currentOf(found.get());
            throw new Usage("'" + found.get().name() + "' no longer existed on " + day + ": it was merged into "
                    + now.name() + "; write --province \"" + now.name() + "\"");
        }
        return Optional.of(found.get().name());
    }

    /** A mistake in the command line, with what to type instead. */
    private static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message, null, false, false);
        }
    }
}
