package vn.gazette.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file found under the content folder.
 *
 * @param path     the file as the build was told about it (source folder + relative path), used in messages
 * @param relative the path below the content folder, NFC-normalised, with {@code /} separators
 * @param kind     what the build does with it
 */
public record SourceFile(Path path, String relative, Kind kind) implements Comparable<SourceFile> {

    /** What a file under content/ is for. */
    public enum Kind {
        /** {@code *.md}: an article. */
        ARTICLE,
        /** {@code site.yaml} at the top: the settings. */
        SITE_CONFIG,
        /** {@code provinces.yaml} at the top: the province vocabulary. */
        PROVINCES,
        /** Anything else: copied to the output as it is. */
        ASSET
    }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relative, "relative");
        Objects.requireNonNull(kind, "kind");
    }

    /** The file name without its folder. */
    public String name() {
        int slash = relative.lastIndexOf('/');
        return relative.substring(slash + 1);
    }

    /** The folder part of {@link #relative}, empty at the top, without a trailing slash. */
    public String folder() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    @Override
    public int compareTo(SourceFile other) {
        return relative.compareTo(other.relative);
    }
}
