package vn.gazette.site;

import java.util.Objects;
import vn.gazette.source.SourceFile;

/**
 * A file copied to the output as it is: an image beside an article, or any other non-Markdown file.
 *
 * @param source     the file under content/
 * @param outputPath where it goes, relative to the output folder
 */
public record Asset(SourceFile source, String outputPath) {
    public Asset {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outputPath, "outputPath");
    }
}
