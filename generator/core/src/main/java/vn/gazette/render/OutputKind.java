package vn.gazette.render;

import java.util.List;
import vn.gazette.site.Site;

/**
 * A kind of output (a page kind, a feed, the sitemap, an export): what outputs of that kind a site has, where each
 * is published and how it is made. Kinds are listed, in publishing order, in the registry of outputs
 * ({@code vn.gazette.publish.Outputs}); a kind makes each output from its input record only (see
 * {@link OutputKeys}). Implementations are stateless and thread-safe.
 */
public interface OutputKind {

    /** The kind's name: a page kind's template is {@code <name>.ftlh}. */
    String name();

    /**
     * This kind's outputs for a site, in order.
     *
     * @param earlier the outputs of the kinds listed before this one (the sitemap lists the pages); empty for a kind
     *                that does not read them ({@link #readsEarlier})
     */
    List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier);

    /**
     * Whether {@link #outputs} reads {@code earlier}: a kind that does not is given an empty list, and its outputs
     * are listed at the same time as the other such kinds'.
     */
    default boolean readsEarlier() {
        return false;
    }
}
