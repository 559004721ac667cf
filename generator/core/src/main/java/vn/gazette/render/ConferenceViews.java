package vn.gazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import freemarker.core.TemplateHTMLOutputModel;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.Conference;
import vn.gazette.content.Speaker;
import vn.gazette.internal.Texts;
import vn.gazette.site.Conferences;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;
import vn.gazette.site.Term;

/**
 * View objects for the conference index, its views, the speakers page and the facts box of conference
 * articles. Labels (kinds, formats, date ranges) are worked out here from the theme's UI strings. Thread-safe.
 */
public final class ConferenceViews {

    /** One row of the conference table. */
    public record RowView(String dateText, String dateIso, String title, String url, Views.LinkView province,
            String provinceNow, String organizer, String format, String participants, List<String> speakers,
            String kind) {
    }

    /** The numbers at the top of the index. */
    public record SummaryView(int count, int participants, int provinces, String first, String last, String text) {
    }

    /**
     * The index page: its group's rows, the summary and chart of the main index, and the links to the views.
     *
     * @param heading    the page's heading
     * @param main       whether this is the main index (not a year, province or kind view)
     * @param chart      the inline SVG chart (main index, first page only), already escaped
     * @param legend     the chart's colours ({@code url} holds the colour), or empty
     * @param speaker    on a speaker's page, what it says of the speaker; else null
     */
    public record IndexView(String heading, boolean main, List<RowView> rows, SummaryView summary,
            TemplateHTMLOutputModel chart, List<Views.LinkView> legend, List<Views.LinkView> years,
            List<Views.LinkView> provinces, List<Views.LinkView> kinds, String indexUrl, String speakersUrl,
            List<Views.LinkView> exports, SpeakerPageView speaker) {
    }

    /**
     * What a speaker's own page says of them: the roles they were introduced with, and their own conferences
     * counted by year and by province (not the whole index's).
     */
    public record SpeakerPageView(String name, List<String> roles, List<Views.LinkView> years,
            List<Views.LinkView> provinces) {
    }

    /**
     * A speaker on the speakers index: their page, how many conferences they spoke at, and the latest few.
     *
     * @param more whether they spoke at more than {@code conferences} shows
     */
    public record SpeakerView(String name, String id, String url, int count, List<RowView> conferences, boolean more) {
    }

    /** The facts box of a conference article. */
    public record FactsView(String kind, String dateText, String place, String organizer, List<String> partners,
            String format, String participants, List<SpeakerLine> speakers, List<String> topics, String indexUrl) {
    }

    /** A speaker and their role, as the facts box lists them; {@code url} is their page, or null. */
    public record SpeakerLine(String name, String role, String url) {
    }

    private final Site site;
    private final SiteConfig config;
    private final DateText dates;
    private final Map<String, String> messages;
    private final Map<String, Conferences.SpeakerRecord> speakersByKey = new java.util.HashMap<>();

    private final java.util.Comparator<String> names;

    /** @param names the order of province names (Vietnamese collation) */
    ConferenceViews(Site site, DateText dates, Map<String, String> messages, java.util.Comparator<String> names) {
        this.site = site;
        this.names = names;
        this.config = site.config();
        this.dates = dates;
        this.messages = Map.copyOf(messages);
        site.conferences().speakers().forEach(s -> speakersByKey.put(Texts.fold(s.name()), s));
    }

    /** "34.413" in Vietnamese, "34,413" in English. */
    String number(int n) {
        return java.text.NumberFormat.getIntegerInstance(config.language()).format(n);
    }

    private String text(String key) {
        return messages.getOrDefault(key, key);
    }

    String kindLabel(Conference.Kind kind) {
        return text("conf.kind." + kind.word());
    }

    /** "14–15/09/2023", or one day, or a range across months or years. */
    String dateRange(Conference conference) {
        LocalDate start = conference.start();
        LocalDate end = conference.lastDay();
        if (end.equals(start)) {
            return dates.short_(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return String.format("%02d–%s", start.getDayOfMonth(), dates.short_(end));
        }
        return dates.short_(start) + " – " + dates.short_(end);
    }

    String format(Conference conference) {
        String label = text("conf.format." + conference.format().word());
        if (conference.sites().isPresent()) {
            label += ", " + text("conf.sites").replace("{n}", String.valueOf(conference.sites().getAsInt()));
        }
        return label;
    }

    RowView row(Conferences.Entry entry) {
        Conference conference = entry.conference();
        List<String> speakers = new ArrayList<>();
        conference.speakers().forEach(s -> speakers.add(s.name()));
        Views.LinkView province = entry.province().map(t -> new Views.LinkView(t.name(), config.link(t.url()), false,
                null)).orElse(entry.article().front().province().map(p -> new Views.LinkView(p, null, false, null))
                .orElse(null));
        String now = entry.province().flatMap(Term::now).map(Term.Link::name).orElse(null);
        return new RowView(dateRange(conference), conference.start().toString(), entry.article().title(),
                config.link(entry.article().url()), province, now, conference.organizer().orElse(null),
                format(conference), conference.participants().isPresent()
                        ? number(conference.participants().getAsInt()) : null, speakers,
                kindLabel(conference.kind()));
    }

    IndexView index(Conferences.Group group, Pager<Conferences.Entry> pager, ConferenceChart.Chart chart) {
        Conferences conferences = site.conferences();
        boolean main = group.url().equals(conferences.url());
        List<RowView> rows = new ArrayList<>();
        pager.items().forEach(e -> rows.add(row(e)));
        List<Views.LinkView> years = new ArrayList<>();
        conferences.years().forEach(g -> years.add(link(g, group)));
        List<Views.LinkView> provinces = new ArrayList<>();
        conferences.provinces()
                .forEach(g -> provinces.add(link(g, group)));
        List<Views.LinkView> kinds = new ArrayList<>();
        conferences.otherKinds().forEach(g -> kinds.add(new Views.LinkView(text("conf.kind." + g.label()),
                config.link(g.url()), g.url().equals(group.url()), String.valueOf(g.entries().size()))));
        String heading = main ? text("conf.title") : heading(group);
        String base = conferences.url();
        List<Views.LinkView> exports = List.of(
                new Views.LinkView("JSON", config.link(base + "conferences.json"), false, null),
                new Views.LinkView("CSV", config.link(base + "conferences.csv"), false, null),
                new Views.LinkView("iCalendar", config.link(base + "conferences.ics"), false, null));
        boolean counted = main && !conferences.main().isEmpty();
        List<Views.LinkView> legend = chart == null ? List.of() : chart.legend().stream()
                .map(l -> new Views.LinkView(l.label(), l.colour(), false, null)).toList();
        SpeakerPageView speaker = group.url().startsWith(conferences.speakersUrl()) ? speakerPage(group) : null;
        return new IndexView(heading, main, rows, counted ? summary(conferences.main()) : null,
                chart == null ? null : Views.markup(chart.svg()), legend, years, provinces, kinds, config.link(base),
                config.link(conferences.speakersUrl()), exports, speaker);
    }

    /** A speaker's roles as written (each once) and their conferences counted by year and by province. */
    private SpeakerPageView speakerPage(Conferences.Group group) {
        String key = Texts.fold(group.label());
        Set<String> roles = new LinkedHashSet<>();
        Map<String, Integer> years = new java.util.LinkedHashMap<>();
        Map<String, Integer> provinces = new java.util.TreeMap<>(names);
        for (Conferences.Entry entry : group.entries()) {
            entry.conference().speakers().stream().filter(s -> Texts.fold(s.name()).equals(key))
                    .forEach(s -> s.role().ifPresent(r -> roles.add(Texts.nfc(r.strip()))));
            years.merge(String.valueOf(entry.conference().start().getYear()), 1, Integer::sum);
            entry.province().ifPresent(t -> provinces.merge(t.name(), 1, Integer::sum));
        }
        return new SpeakerPageView(group.label(), List.copyOf(roles), counts(years), counts(provinces));
    }

    private List<Views.LinkView> counts(Map<String, Integer> counts) {
        List<Views.LinkView> list = new ArrayList<>();
        counts.forEach((label, n) -> list.add(new Views.LinkView(label, null, false, number(n))));
        return list;
    }

    private String heading(Conferences.Group group) {
        String base = site.conferences().url();
        if (group.url().startsWith(site.conferences().speakersUrl())) {
            return text("conf.speaker") + ": " + group.label();
        }
        if (group.url().startsWith(base + "loai/")) {
            return text("conf.kind." + group.label());
        }
        return text("conf.title") + " – " + group.label();
    }

    private Views.LinkView link(Conferences.Group group, Conferences.Group current) {
        return new Views.LinkView(group.label(), config.link(group.url()), group.url().equals(current.url()),
                String.valueOf(group.entries().size()));
    }

    SummaryView summary(List<Conferences.Entry> entries) {
        int participants = 0;
        Set<String> provinces = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Conferences.Entry entry : entries) {
            Conference conference = entry.conference();
            participants += conference.participants().orElse(0);
            entry.province().ifPresent(t -> provinces.add(t.name()));
            first = first == null || conference.start().isBefore(first) ? conference.start() : first;
            last = last == null || conference.lastDay().isAfter(last) ? conference.lastDay() : last;
        }
        String firstText = first == null ? "" : dates.short_(first);
        String lastText = last == null ? "" : dates.short_(last);
        long counted = entries.stream().filter(e -> e.conference().participants().isPresent()).count();
        // a total over the conferences that give a head count says so, unless all of them do
        String people = counted == 0 ? "" : text(counted == entries.size() ? "conf.summary.participants"
                : "conf.summary.participantsSome").replace("{participants}", number(participants))
                .replace("{counted}", number((int) counted)).replace("{count}", number(entries.size()));
        String text = text("conf.summary").replace("{count}", number(entries.size()))
                .replace("{participants}", number(participants))
                .replace("{provinces}", number(provinces.size()))
                .replace("{first}", firstText).replace("{last}", lastText) + people;
        return new SummaryView(entries.size(), participants, provinces.size(), firstText, lastText, text);
    }

    /** The speakers of one page of the index, each with at most this many of their latest conferences. */
    static final int LATEST = 5;

    List<SpeakerView> speakers(Pager<Conferences.SpeakerRecord> pager) {
        List<SpeakerView> views = new ArrayList<>();
        for (Conferences.SpeakerRecord speaker : pager.items()) {
            List<RowView> rows = new ArrayList<>();
            speaker.entries().stream().limit(LATEST).forEach(e -> rows.add(row(e)));
            views.add(new SpeakerView(speaker.name(), speaker.slug(), config.link(speaker.url()), speaker.entries().size(),
                    rows, speaker.entries().size() > LATEST));
        }
        return views;
    }

    /** Whether the main index lists this conference's kind (only its speakers have pages). */
    private boolean mainKind(Conference conference) {
        return site.conferences().mainKinds().contains(conference.kind());
    }

    FactsView facts(Conferences.Entry entry) {
        Conference conference = entry.conference();
        List<String> places = new ArrayList<>(conference.locations());
        entry.province().ifPresent(t -> {
            if (places.stream().noneMatch(p -> p.contains(t.name()))) {
                places.add(t.name());
            }
        });
        List<SpeakerLine> speakers = new ArrayList<>();
        for (Speaker speaker : conference.speakers()) {
            Conferences.SpeakerRecord page = mainKind(conference) ? speakersByKey.get(Texts.fold(speaker.name())) : null;
            speakers.add(new SpeakerLine(speaker.name(), speaker.role().orElse(null),
                    page == null ? null : config.link(page.url())));
        }
        return new FactsView(kindLabel(conference.kind()), dateRange(conference), places.isEmpty() ? null
                : String.join("; ", places), conference.organizer().orElse(null), conference.partners(),
                format(conference), conference.participants().isPresent()
                        ? number(conference.participants().getAsInt()) : null, speakers, conference.topics(),
                config.link(site.conferences().indexUrl(conference.kind())));
    }
}
