package vn.gazette.content;

import java.util.Objects;
import java.util.Optional;
import vn.gazette.problem.SourcePosition;

/**
 * An article's lead image from {@code image:} in its front matter: shown above the body, on cards, and given to
 * social networks and search engines. Immutable.
 *
 * @param src      as written: relative to the article's folder ({@code toan-canh.jpg}), or from the content root
 *                 ({@code /anh/logo.png})
 * @param alt      what the image shows, for readers who cannot see it (required)
 * @param caption  shown under it
 * @param credit   who took it
 * @param position where {@code src} was written, for problems found later (a missing file)
 */
public record LeadImage(String src, String alt, Optional<String> caption, Optional<String> credit,
        SourcePosition position) {

    public LeadImage {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(position, "position");
    }
}
