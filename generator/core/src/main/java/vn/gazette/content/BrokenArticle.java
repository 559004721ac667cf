package vn.gazette.content;

import java.util.Objects;
import vn.gazette.source.SourceFile;

/**
 * An article file that cannot be published because reading it found errors (they are reported where they were
 * found). What could be read of it stays known, so that the site stage checks what does not depend on the broken
 * fields, and a link to it is reported once as a link to a broken article rather than as a link to nothing.
 *
 * @param source the file
 * @param known  the fields that are right; nothing when the file could not be read as an article at all
 */
public record BrokenArticle(SourceFile source, PartialFrontMatter known) implements ArticleFile {
    public BrokenArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(known, "known");
    }
}
