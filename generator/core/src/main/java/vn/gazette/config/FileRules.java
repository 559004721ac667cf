package vn.gazette.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gazette.internal.Glob;
import vn.gazette.problem.Message;

/**
 * Which files of the content folder a site publishes, and which files of the output folder a build leaves alone:
 * {@code articleExtensions}, {@code include}, {@code exclude} and {@code keep} in site.yaml, the patterns checked
 * to be valid {@link Glob}s. Immutable and thread-safe.
 *
 * @param articleExtensions file extensions (lower case, no dot) of articles besides {@code md} and {@code markdown}
 * @param include           static files to publish although their type is not published by default
 * @param exclude           files never published (articles included), whatever their type
 * @param keep              files of the output folder the build did not write and must keep
 */
public record FileRules(List<String> articleExtensions, List<String> include, List<String> exclude, List<String> keep) {

    /** The extensions that always make an article. */
    public static final List<String> ARTICLE_EXTENSIONS = List.of("md", "markdown");

    public static final FileRules DEFAULT = new FileRules(ARTICLE_EXTENSIONS, List.of(), List.of(), List.of());

    public FileRules {
        articleExtensions = List.copyOf(articleExtensions);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        keep = List.copyOf(keep);
    }

    /** Whether a relative path names an article by its extension. */
    public boolean isArticle(String relative) {
        return articleExtensions.contains(Glob.extension(relative));
    }

    /** Reads the four settings; a wrong item is reported at its line and left out. */
    static FileRules read(Fields fields) {
        List<String> extensions = new ArrayList<>(ARTICLE_EXTENSIONS);
        for (String extension : fields.textList("articleExtensions")) {
            String word = extension.startsWith(".") ? extension.substring(1) : extension;
            if (!word.matches("[A-Za-z0-9]{1,16}")) {
                error(fields, "articleExtensions", Message.of("config.files.extension.invalid", extension));
            } else if (!extensions.contains(word.toLowerCase(Locale.ROOT))) {
                extensions.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return new FileRules(extensions, globs(fields, "include"), globs(fields, "exclude"), globs(fields, "keep"));
    }

    private static List<String> globs(Fields fields, String key) {
        List<String> globs = new ArrayList<>();
        for (String text : fields.textList(key)) {
            if (Glob.isValid(text)) {
                globs.add(Glob.of(text).pattern());
            } else {
                error(fields, key, Message.of("config.files.pattern.invalid", text, key));
            }
        }
        return globs;
    }

    private static void error(Fields fields, String key, Message message) {
        fields.problems().error(fields.positionOf(key), SiteConfigLoader.STAGE, message);
    }
}
