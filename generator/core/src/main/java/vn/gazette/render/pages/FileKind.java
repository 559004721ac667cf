package vn.gazette.render.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Site;

/**
 * A kind of file Gazette writes itself (a feed, the sitemap, an export), text or binary: its inputs (one record per
 * file), the path rule and the bytes made from an input alone. Stateless and thread-safe.
 *
 * @param <I> the input record of one file
 */
public abstract class FileKind<I extends Record> implements OutputKind {

    /** One input per file, in publishing order; {@code earlier} are the outputs of the kinds listed before. */
    protected abstract List<I> inputs(Site site, List<Output> earlier);

    /** The file's path in the output folder. */
    protected abstract String path(I input);

    /** The file's bytes, made from its input only (and the settings). */
    protected abstract byte[] bytes(I input, PageRenderer pages);

    @Override
    public final List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier) {
        List<Output> outputs = new ArrayList<>();
        for (I input : inputs(site, earlier)) {
            outputs.add(new Output.File(name(), path(input), input, () -> bytes(input, pages)));
        }
        return outputs;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
