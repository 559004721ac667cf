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
        /** {@code *.md}, {@code *.markdown} or another extension the site names: an article. */
        ARTICLE,
        /** {@code site.yaml} at the top: the settings. */
        SITE_CONFIG,
        /** {@code provinces.yaml} at the top: the province vocabulary. */
        PROVINCES,
        /** A file the site publishes as it is (see {@code PublishingRule}). */
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

    /** {@link #relative} without the file's extension ({@code articles/2023/x} for {@code articles/2023/x.md}). */
    public String withoutExtension() {
        int dot = relative.lastIndexOf('.');
        return dot <= relative.lastIndexOf('/') + 1 ? relative : relative.substring(0, dot);
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
