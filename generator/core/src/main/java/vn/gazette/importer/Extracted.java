package vn.gazette.importer;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * An article taken out of its page, before facts are looked for in it.
 *
 * @param title     the article's heading
 * @param body      the article's body (a detached element), boilerplate, title and byline removed
 * @param metaDate  the publication date from the page's metadata, as written there
 * @param dateTexts short texts around the heading that may say when the article was published, nearest first
 * @param author    who wrote it
 * @param tags      the page's keywords
 * @param canonical the page's own address, when it says
 * @param recipe    the recipe used, or empty when the heuristics were
 */
record Extracted(Finding<String> title, Element body, Finding<String> metaDate, List<String> dateTexts,
        Finding<String> author, List<String> tags, Optional<URI> canonical, Optional<String> recipe) {
}
