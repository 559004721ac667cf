package vn.gazette.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one planned article: front matter as in the content contract, then a Markdown body of 500 to 800 words
 * with headings, emphasis, a bullet list, a GFM table, a blockquote and links to other articles of the corpus.
 * Each article draws from its own random stream, so articles can be written in any order, in parallel.
 */
final class ArticleWriter {

    static final int MIN_WORDS = 500;
    static final int MAX_WORDS = 800;

    /** The text of an article and the number of words of its body. */
    record Text(String text, int bodyWords) {
    }

    private final List<Plan.Item> plan;
    private final long seed;

    ArticleWriter(List<Plan.Item> plan, long seed) {
        this.plan = plan;
        this.seed = seed;
    }

    Text write(Plan.Item item) {
        Prose prose = new Prose(new SplittableRandom(mix(seed, item.index())));
        String lead = lead(prose, item);
        StringBuilder front = new StringBuilder(1024).append("---\n");
        front.append("title: ").append(quote(item.title())).append('\n');
        front.append("date: ").append(item.date()).append('\n');
        front.append("province: ").append(item.province()).append('\n');
        front.append("tags: [").append(String.join(", ", item.tags())).append("]\n");
        front.append("author: ").append(quote(item.author())).append('\n');
        front.append("summary: ").append(quote(lead)).append('\n');
        if (item.kind() != null) {
            conference(prose, item, front);
        }
        front.append("---\n");
        String body = "";
        int words = 0;
        for (int attempt = 0; attempt < 20 && (words < MIN_WORDS || words > MAX_WORDS); attempt++) {
            body = body(prose, item, lead);
            words = Prose.words(body);
        }
        return new Text(Normalizer.normalize(front + body, Normalizer.Form.NFC), words);
    }

    private static String lead(Prose prose, Plan.Item item) {
        String topic = item.tags().get(0);
        if (item.kind() == null) {
            return "Tỉnh " + item.province() + " " + prose.pick(Words.MODALS) + " " + prose.pick(Words.VERBS) + " "
                    + prose.pick(Words.OBJECTS) + " trong lĩnh vực " + topic + ", " + prose.pick(Words.PURPOSES) + ".";
        }
        String event = switch (item.kind()) {
            case "training" -> prose.chance(0.7) ? "hội nghị tập huấn" : "lớp bồi dưỡng";
            case "workshop" -> prose.chance(0.7) ? "hội thảo" : "buổi tọa đàm";
            case "survey" -> "chuyến khảo sát";
            default -> "buổi giao lưu";
        };
        LocalDate day = item.day();
        return "Ngày " + day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear() + ", "
                + String.format(prose.pick(Words.ORGANIZERS), item.province()) + " tổ chức " + event + " về " + topic
                + " tại huyện " + item.district() + ".";
    }

    private static void conference(Prose prose, Plan.Item item, StringBuilder out) {
        out.append("conference:\n");
        out.append("  kind: ").append(item.kind()).append('\n');
        out.append("  start: ").append(item.day()).append('\n');
        if (prose.chance(0.35)) {
            out.append("  end: ").append(item.day().plusDays(prose.between(1, 2))).append('\n');
        }
        out.append("  organizer: ").append(quote(String.format(prose.pick(Words.ORGANIZERS), item.province()))).append('\n');
        List<String> partners = new ArrayList<>(List.of("Ủy ban nhân dân huyện " + item.district()));
        distinct(prose, Words.PARTNERS, prose.between(0, 2), partners);
        out.append("  partners: ").append(quotedList(partners)).append('\n');
        List<String> locations = new ArrayList<>(List.of("huyện " + item.district()));
        for (int i = prose.between(0, 2); i > 0; i--) {
            String other = "huyện " + prose.pick(item.districts());
            if (!locations.contains(other)) {
                locations.add(other);
            }
        }
        out.append("  locations: ").append(quotedList(locations)).append('\n');
        double f = prose.random().nextDouble();
        String format = f < 0.65 ? "in-person" : f < 0.8 ? "online" : "hybrid";
        out.append("  format: ").append(format).append('\n');
        if (!format.equals("in-person")) {
            out.append("  sites: ").append(prose.between(3, 40)).append('\n');
        }
        out.append("  participants: ").append(prose.between(30, 350)).append('\n');
        out.append("  speakers:\n");
        for (int i = prose.between(1, 3); i > 0; i--) {
            out.append("    - name: ").append(quote(prose.person())).append('\n');
            out.append("      role: ").append(quote(prose.pick(Words.ROLES))).append('\n');
        }
        out.append("  topics: ").append(quotedList(distinct(prose, Words.CONFERENCE_TOPICS, prose.between(2, 4),
                new ArrayList<>()))).append('\n');
    }

    private String body(Prose prose, Plan.Item item, String lead) {
        List<String> blocks = new ArrayList<>();
        List<String> headings = distinct(prose, Words.HEADINGS, prose.between(2, 3), new ArrayList<>());
        List<Plan.Item> links = links(prose, item, prose.between(1, 2));
        blocks.add(lead + " " + prose.paragraph(1, 2));
        blocks.add(prose.paragraph(3, 5));
        blocks.add("## " + headings.get(0));
        blocks.add(prose.paragraph(2, 4));
        List<String> bullets = new ArrayList<>();
        for (int i = prose.between(3, 5); i > 0; i--) {
            bullets.add("- " + prose.assessment());
        }
        bullets.set(prose.random().nextInt(bullets.size()),
                "- **" + Prose.capitalize(prose.pick(Words.VERBS)) + "**: " + prose.sentence());
        blocks.add(String.join("\n", bullets));
        blocks.add("## " + headings.get(1));
        blocks.add(prose.paragraph(2, 4));
        blocks.add(table(prose, item));
        String linked = links.isEmpty() ? "" : " " + prose.pick(new String[] {"Trước đó, bài", "Như đã đưa tin, bài",
            "Liên quan đến nội dung này, bài"}) + " " + link(links.get(0)) + " " + prose.pick(new String[] {
                "đã phản ánh", "đã nêu", "đã đề cập"}) + " " + prose.pick(Words.OBJECTS) + " " + prose.pick(Words.PLACES) + ".";
        blocks.add(prose.paragraph(2, 3) + linked);
        blocks.add("> “" + prose.sentence() + " " + prose.assessment() + "”\n>\n> — " + prose.person() + ", "
                + prose.pick(Words.ROLES));
        if (headings.size() > 2) {
            blocks.add("## " + headings.get(2));
            blocks.add(prose.paragraph(2, 4));
        }
        String seeAlso = links.size() > 1 ? "Xem thêm: " + link(links.get(1)) + "." : "";
        int target = prose.between(520, 760);
        int words = Prose.words(String.join("\n", blocks)) + Prose.words(seeAlso);
        while (words < target) {
            StringBuilder p = new StringBuilder();
            for (int i = prose.between(2, 5); i > 0 && words < target; i--) {
                String s = prose.sentence();
                p.append(p.length() == 0 ? "" : " ").append(s);
                words += Prose.words(s);
            }
            blocks.add(p.toString());
        }
        if (!seeAlso.isEmpty()) {
            blocks.add(seeAlso);
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static String table(Prose prose, Plan.Item item) {
        String[] head = prose.pick(Words.TABLE_HEADS);
        StringBuilder t = new StringBuilder("| ").append(String.join(" | ", head)).append(" |\n| --- | ---: | ---: |");
        for (int i = prose.between(3, 5); i > 0; i--) {
            String name = switch (prose.random().nextInt(3)) {
                case 0 -> "Huyện " + prose.pick(item.districts());
                case 1 -> "Xã " + prose.pick(Words.SYLLABLES) + " " + prose.pick(Words.SYLLABLES);
                default -> "Năm " + prose.between(2015, 2025);
            };
            t.append("\n| ").append(name).append(" | ").append(prose.between(10, 5000)).append(" | ")
                    .append(prose.between(10, 99)).append(',').append(prose.between(0, 9)).append(" |");
        }
        return t.toString();
    }

    /** Other articles of the corpus to link to (none in a corpus of one). */
    private List<Plan.Item> links(Prose prose, Plan.Item item, int count) {
        List<Plan.Item> links = new ArrayList<>();
        for (int tries = 0; links.size() < count && tries < 8 && plan.size() > 1; tries++) {
            Plan.Item other = prose.pick(plan);
            if (other != item && !links.contains(other)) {
                links.add(other);
            }
        }
        return links;
    }

    private static String link(Plan.Item target) {
        return "[" + target.title() + "](" + target.url() + ")";
    }

    private static List<String> distinct(Prose prose, String[] from, int count, List<String> into) {
        int wanted = into.size() + count;
        while (into.size() < wanted) {
            String s = prose.pick(from);
            if (!into.contains(s)) {
                into.add(s);
            }
        }
        return into;
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String quotedList(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (String s : items) {
            out.append(out.length() > 1 ? ", " : "").append(quote(s));
        }
        return out.append(']').toString();
    }

    /** A well-mixed seed for article {@code index} (SplitMix64 finaliser). */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + (index + 1L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
