package vn.gazette.content;

import vn.gazette.source.SourceFile;

/**
 * What reading an article file gave: a {@link ParsedArticle} to publish, or a {@link BrokenArticle} whose errors are
 * reported and which is not published, but which later stages still know of.
 */
public sealed interface ArticleFile permits ParsedArticle, BrokenArticle {

    /** The file. */
    SourceFile source();
}
