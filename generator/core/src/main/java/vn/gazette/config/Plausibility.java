package vn.gazette.config;

import java.util.List;
import vn.gazette.problem.Message;

/**
 * What a site finds implausible in its articles, and warns about ({@code plausibility:} in site.yaml): dates before
 * {@code earliestYear} (default 1945) or more than {@code yearsAhead} years after the build (default 1), titles longer
 * than {@code titleLength} characters (default 110, the length Google uses for a NewsArticle headline). Immutable and
 * thread-safe.
 */
public record Plausibility(int earliestYear, int yearsAhead, int titleLength) {

    public static final Plausibility DEFAULT = new Plausibility(1945, 1, 110);

    static final List<String> KEYS = List.of("earliestYear", "yearsAhead", "titleLength");

    public Plausibility {
        if (earliestYear < 1 || yearsAhead < 0 || titleLength < 1) {
            throw new IllegalArgumentException("implausible plausibility settings");
        }
    }

    /** Reads {@code plausibility:}; a missing or wrong value keeps its default (a wrong one is reported). */
    static Plausibility read(Fields fields) {
        return fields.mappingOf("plausibility").map(block -> {
            Fields nested = fields.nested(block, "plausibility");
            for (YamlNode.Entry entry : block.entries()) {
                if (!KEYS.contains(entry.key().value())) {
                    fields.problems().warning(entry.key().position(), SiteConfigLoader.STAGE,
                            Message.of("config.plausibility.unknown", entry.key().value(), String.join(", ", KEYS)));
                }
            }
            return new Plausibility(nested.positiveInt("earliestYear", 1, 9999).orElse(DEFAULT.earliestYear()),
                    nested.positiveInt("yearsAhead", 0, 100).orElse(DEFAULT.yearsAhead()),
                    nested.positiveInt("titleLength", 10, 10_000).orElse(DEFAULT.titleLength()));
        }).orElse(DEFAULT);
    }
}
