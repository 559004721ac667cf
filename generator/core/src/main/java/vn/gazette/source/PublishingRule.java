package vn.gazette.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.gazette.config.FileRules;
import vn.gazette.internal.Glob;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Decides what each file of the content folder becomes: an article ({@code *.md}, {@code *.markdown} and the site's
 * {@code articleExtensions}), a static file published as it is (a web asset type of {@link #PUBLISHED_TYPES}, or one
 * the site lists under {@code include:}), or nothing. Backups, swap and lock files of editors and office programs are
 * never published, and nor is anything under {@code exclude:}; any other file is left out with a warning that says how
 * to publish it. A file the site includes that starts with front matter is an article saved under the wrong name:
 * a warning, and it is left out when it says {@code draft: true}. Immutable and thread-safe.
 */
public final class PublishingRule {

    /**
     * The types (file extensions) published without being listed: images, audio, video, captions, PDF and e-books for
     * download, fonts, style sheets and scripts. Text, data and office files ({@code .txt}, {@code .json}, {@code .docx}
     * ...) are more often an editor's notes or working files than something for readers, so a site lists them.
     */
    public static final Set<String> PUBLISHED_TYPES = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "bmp",
            "mp3", "m4a", "aac", "oga", "ogg", "opus", "wav", "flac", "weba",
            "mp4", "m4v", "webm", "ogv", "mov", "vtt",
            "pdf", "epub",
            "woff", "woff2", "ttf", "otf",
            "css", "js");

    /** Editors' backups, swap and lock files, and files operating systems leave in folders. */
    private static final Pattern NEVER = Pattern.compile(
            "(?i)(.*~|~\\$.*|#.*#|.*\\.(swp|swo|swx|swn|bak|tmp|temp|orig|rej|part|crdownload|lck)|thumbs\\.db"
                    + "|ehthumbs\\.db|desktop\\.ini|icon\\r)");

    private static final Pattern DRAFT = Pattern.compile("(?mi)^draft\\s*:\\s*[\"']?(true|yes|on)[\"']?\\s*(#.*)?$");

    /** How much of an included file is read to see whether it starts with front matter. */
    private static final int SNIFF_BYTES = 16 * 1024;

    private final FileRules rules;
    private final Predicate<String> included;
    private final Predicate<String> excluded;

    public PublishingRule(FileRules rules) {
        this.rules = rules;
        this.included = Glob.anyOf(rules.include());
        this.excluded = Glob.anyOf(rules.exclude());
    }

    /** Whether a file name is a backup, swap or lock file (never published). */
    public static boolean isBackupOrLock(String name) {
        return mayBeBackupOrLock(name) && NEVER.matcher(name).matches();
    }

    /**
     * Whether {@link #NEVER} can match a name at all: only one that ends with {@code ~} or {@code #}, starts with
     * {@code ~$}, or has one of its extensions or names ({@link #NEVER_ENDINGS}). Most names have none of them, and
     * are not given to the regular expression (it is tried on every file of the content folder).
     */
    private static boolean mayBeBackupOrLock(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return last == '~' || last == '#' || name.startsWith("~$") || name.equalsIgnoreCase("icon\r")
                || NEVER_ENDINGS.contains(Glob.extension(name));
    }

    /** The extensions in {@link #NEVER}, and those of the names in it ({@code thumbs.db}, {@code desktop.ini}). */
    private static final Set<String> NEVER_ENDINGS = Set.of("swp", "swo", "swx", "swn", "bak", "tmp", "temp", "orig",
            "rej", "part", "crdownload", "lck", "db", "ini");

    /** The file as an article or a static file, or empty when it is not published (reported when it should be). */
    public Optional<SourceFile> decide(SourceFile file, Problems problems) throws IOException {
        if (file.kind() == SourceFile.Kind.SITE_CONFIG || file.kind() == SourceFile.Kind.PROVINCES) {
            return Optional.of(file);
        }
        if (isBackupOrLock(file.name()) || excluded.test(file.relative())) {
            return Optional.empty();
        }
        if (rules.isArticle(file.relative())) {
            return Optional.of(new SourceFile(file.path(), file.relative(), SourceFile.Kind.ARTICLE));
        }
        String type = Glob.extension(file.name());
        SourceFile asset = new SourceFile(file.path(), file.relative(), SourceFile.Kind.ASSET);
        if (PUBLISHED_TYPES.contains(type)) {
            return Optional.of(asset);
        }
        if (!included.test(file.relative())) {
            problems.warning(SourcePosition.of(file.path()), SourceTree.STAGE, type.isEmpty()
                    ? Message.of("source.file.not.published.untyped", file.relative())
                    : Message.of("source.file.not.published", type, file.relative()));
            return Optional.empty();
        }
        Optional<String> front = frontMatter(file);
        if (front.isEmpty()) {
            return Optional.of(asset);
        }
        String articleName = file.name().substring(0, file.name().length() - type.length()) + "md";
        if (DRAFT.matcher(front.get()).find()) {
            problems.warning(SourcePosition.of(file.path(), 1, 1), SourceTree.STAGE,
                    Message.of("source.file.draft.by.content", articleName));
            return Optional.empty();
        }
        problems.warning(SourcePosition.of(file.path(), 1, 1), SourceTree.STAGE,
                Message.of("source.file.article.by.content", articleName, type));
        return Optional.of(asset);
    }

    /** The front matter block a file starts with ({@code ---} lines), if it has one within its first bytes. */
    private static Optional<String> frontMatter(SourceFile file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file.path())) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? Optional.empty() : Optional.of(text.substring(4, end).toLowerCase(Locale.ROOT));
    }
}
