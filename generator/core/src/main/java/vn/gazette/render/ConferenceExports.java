package vn.gazette.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.Conference;
import vn.gazette.content.Speaker;
import vn.gazette.site.Conferences;

/**
 * The conference record as data others can reuse, written beside the conference index: {@code conferences.json}
 * (schema version {@value #SCHEMA_VERSION}, described by {@code conferences.schema.json}), {@code conferences.csv}
 * (UTF-8 with a byte order mark, so spreadsheet programs show Vietnamese correctly) and {@code conferences.ics}
 * (iCalendar, one all-day event per conference). Every kind is exported, newest first; nothing depends on the
 * build time. Thread-safe.
 */
public final class ConferenceExports {

    public static final int SCHEMA_VERSION = 1;
    static final List<String> CSV_COLUMNS = List.of("id", "url", "title", "kind", "start", "end", "days", "province",
            "province_now", "organizer", "partners", "locations", "format", "sites", "participants", "speakers",
            "topics", "article_date");

    private final SiteConfig config;

    public ConferenceExports(SiteConfig config) {
        this.config = config;
    }

    private String base(Conferences conferences) {
        return config.absoluteUrl(conferences.url());
    }

    /** A stable identifier: the article's path, which never changes when the title is corrected. */
    static String id(Conferences.Entry entry) {
        String url = entry.article().url();
        return url.substring(1, url.length() - 1);
    }

    private static String provinceNow(Conferences.Entry entry) {
        return entry.provinceNow().orElse(null);
    }

    private static String province(Conferences.Entry entry) {
        return entry.provinceName().orElse(null);
    }

    public String json(Conferences conferences) {
        return Json.pretty(json -> {
            json.writeStartObject();
            json.writeStringField("$schema", base(conferences) + "conferences.schema.json");
            json.writeNumberField("version", SCHEMA_VERSION);
            json.writeObjectFieldStart("site");
            json.writeStringField("title", config.title());
            json.writeStringField("url", config.baseUrl().toString());
            json.writeEndObject();
            json.writeNumberField("count", conferences.entries().size());
            json.writeArrayFieldStart("conferences");
            for (Conferences.Entry entry : conferences.entries()) {
                writeEntry(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void writeEntry(JsonGenerator json, Conferences.Entry entry) throws IOException {
        Conference c = entry.conference();
        json.writeStartObject();
        json.writeStringField("id", id(entry));
        json.writeStringField("url", config.absoluteUrl(entry.article().url()));
        json.writeStringField("title", entry.article().title());
        json.writeStringField("kind", c.kind().word());
        json.writeStringField("start", c.start().toString());
        json.writeStringField("end", c.lastDay().toString());
        json.writeNumberField("days", c.days());
        nullable(json, "province", province(entry));
        nullable(json, "provinceNow", provinceNow(entry));
        nullable(json, "organizer", c.organizer().orElse(null));
        strings(json, "partners", c.partners());
        strings(json, "locations", c.locations());
        json.writeStringField("format", c.format().word());
        if (c.sites().isPresent()) {
            json.writeNumberField("sites", c.sites().getAsInt());
        } else {
            json.writeNullField("sites");
        }
        if (c.participants().isPresent()) {
            json.writeNumberField("participants", c.participants().getAsInt());
        } else {
            json.writeNullField("participants");
        }
        json.writeArrayFieldStart("speakers");
        for (Speaker speaker : c.speakers()) {
            json.writeStartObject();
            json.writeStringField("name", speaker.name());
            nullable(json, "role", speaker.role().orElse(null));
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "topics", c.topics());
        json.writeStringField("articleDate", entry.article().date().iso());
        nullable(json, "summary", entry.article().front().summary().orElse(null));
        json.writeEndObject();
    }

    private static void nullable(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The CSV export's bytes: a UTF-8 byte order mark, a header row, one row per conference, CRLF line ends. */
    public byte[] csv(Conferences conferences) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(new String[0])).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Conferences.Entry entry : conferences.entries()) {
                Conference c = entry.conference();
                List<String> speakers = new ArrayList<>();
                c.speakers().forEach(s -> speakers.add(s.name() + s.role().map(r -> " (" + r + ")").orElse("")));
                csv.printRecord(id(entry), config.absoluteUrl(entry.article().url()), entry.article().title(),
                        c.kind().word(), c.start(), c.lastDay(), c.days(), blank(province(entry)),
                        blank(provinceNow(entry)), c.organizer().orElse(""), String.join("; ", c.partners()),
                        String.join("; ", c.locations()), c.format().word(),
                        c.sites().isPresent() ? c.sites().getAsInt() : "",
                        c.participants().isPresent() ? c.participants().getAsInt() : "", String.join("; ", speakers),
                        String.join("; ", c.topics()), entry.article().date().iso());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory failed", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    /**
     * iCalendar (RFC 5545): all-day events with DTEND the day after the last day, as the standard says; UIDs from
     * the article's path and the site's host, so they stay the same across builds; DTSTAMP from the article's last
     * change, not the build time.
     */
    public String ics(Conferences conferences) {
        IcsText ics = new IcsText();
        ics.line("BEGIN:VCALENDAR");
        ics.line("VERSION:2.0");
        ics.line("PRODID:-//Gazette//" + config.title() + "//VI");
        ics.line("CALSCALE:GREGORIAN");
        // no METHOD: this is a calendar to subscribe to, not an iTIP message; METHOD:PUBLISH would require an
        // ORGANIZER address in every event (RFC 5546, 3.2.1), which the archive does not have
        ics.property("X-WR-CALNAME", config.title());
        String host = config.baseUrl().getHost();
        for (Conferences.Entry entry : conferences.entries()) {
            Conference c = entry.conference();
            ics.line("BEGIN:VEVENT");
            ics.line("UID:" + id(entry).replace('/', '-') + "@" + host);
            ics.line("DTSTAMP:" + entry.article().front().lastModified().value().withZoneSameInstant(ZoneOffset.UTC)
                    .format(STAMP));
            ics.line("DTSTART;VALUE=DATE:" + c.start().format(DAY));
            ics.line("DTEND;VALUE=DATE:" + c.lastDay().plusDays(1).format(DAY));
            ics.property("SUMMARY", entry.article().title());
            List<String> places = new ArrayList<>(c.locations());
            String province = province(entry);
            if (province != null && places.stream().noneMatch(p -> p.contains(province))) {
                places.add(province);
            }
            if (!places.isEmpty()) {
                ics.property("LOCATION", String.join(", ", places));
            }
            List<String> description = new ArrayList<>();
            c.organizer().ifPresent(o -> description.add(o));
            entry.article().front().summary().ifPresent(description::add);
            if (!description.isEmpty()) {
                ics.property("DESCRIPTION", String.join("\n", description));
            }
            ics.line("URL:" + config.absoluteUrl(entry.article().url()));
            ics.property("CATEGORIES", c.kind().word().toUpperCase(java.util.Locale.ROOT));
            ics.line("END:VEVENT");
        }
        ics.line("END:VCALENDAR");
        return ics.toString();
    }

    /** iCalendar text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character. */
    private static final class IcsText {
        private final StringBuilder out = new StringBuilder(4096);

        void property(String name, String value) {
            line(name + ":" + value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                    .replace("\r\n", "\\n").replace("\n", "\\n"));
        }

        void line(String text) {
            int octets = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
