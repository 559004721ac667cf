package vn.gazette.render.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.gazette.render.ConferenceExports;
import vn.gazette.render.Output;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Conferences;
import vn.gazette.site.Site;

/** The conference record as data, beside its index: conferences.json, its schema, conferences.csv and .ics. */
public final class ConferenceFiles extends FileKind<ConferenceFiles.Input> {

    /** The files, by name. */
    public enum Format {
        JSON("conferences.json"), SCHEMA("conferences.schema.json"), CSV("conferences.csv"), ICS("conferences.ics");

        final String file;

        Format(String file) {
            this.file = file;
        }
    }

    /**
     * @param format      which file
     * @param folder      the folder of the index, e.g. {@code hoi-nghi-tap-huan/}
     * @param conferences the record (null for the schema, which reads none of it)
     */
    public record Input(Format format, String folder, Conferences conferences) {
    }

    @Override
    public String name() {
        return "conference-data";
    }

    @Override
    protected List<Input> inputs(Site site, List<Output> earlier) {
        if (site.conferences().entries().isEmpty()) {
            return List.of();
        }
        String folder = site.conferences().url().substring(1);
        return List.of(new Input(Format.JSON, folder, site.conferences()), new Input(Format.SCHEMA, folder, null),
                new Input(Format.CSV, folder, site.conferences()), new Input(Format.ICS, folder, site.conferences()));
    }

    @Override
    protected String path(Input input) {
        return input.folder() + input.format().file;
    }

    @Override
    protected byte[] bytes(Input input, PageRenderer pages) {
        ConferenceExports exports = new ConferenceExports(pages.site().config());
        return switch (input.format()) {
            case JSON -> utf8(exports.json(input.conferences()));
            case SCHEMA -> schema();
            case CSV -> exports.csv(input.conferences());
            case ICS -> utf8(exports.ics(input.conferences()));
        };
    }

    /** The JSON schema of conferences.json, shipped inside Gazette. */
    private static byte[] schema() {
        try (InputStream in = ConferenceExports.class.getResourceAsStream("conferences.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("conferences.schema.json is missing from the Gazette jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
