package vn.gazette.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.gazette.importer.Finding.Confidence;

/**
 * Finds who wrote an article from its byline: "Tác giả: ...", "Người viết: ...", or the short line of a name at the
 * end of the body ("Minh Tâm", "TRANG NINH", "Hồng Nhung – Sở TT&amp;TT"), which is then removed from the body.
 * Stateless and thread-safe.
 */
final class Bylines {

    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)^\\s*(?:tác giả|người viết|bài và ảnh|bài, ảnh|bài|tin, ảnh|tin và ảnh|tin)\\s*:\\s*(.{2,80}?)\\s*$");
    /** A person's name: two to five capitalised syllables, or the same in capitals. */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,4}|\\p{Lu}[\\p{Lu}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}]*){1,4}");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");

    private Bylines() {
    }

    /** The byline at the end of {@code body}, removed from it; none when the last lines are no byline. */
    static Finding<String> trailing(Element body) {
        List<Element> blocks = new ArrayList<>(body.select("p, div, strong, em, b, span, h4, h5, h6"));
        for (Element e : blocks) {
            if (e.parent() != null && e.children().isEmpty()) {
                Matcher m = LABELLED.matcher(e.text());
                if (m.matches() && m.group(1).length() <= 60) {
                    String name = m.group(1);
                    e.remove();
                    return Finding.of(name, Confidence.HIGH, "byline \"" + e.text().split(":")[0].strip() + ":\"");
                }
            }
        }
        List<Element> last = lastBlocks(body, 3);
        for (Element e : last) {
            Optional<String> name = name(e.text());
            if (name.isPresent()) {
                removeFrom(e, last);
                return Finding.of(name.get(), Confidence.MEDIUM, "name at the end of the article");
            }
        }
        return Finding.none();
    }

    /** Removes a trailing line that repeats the byline found elsewhere. */
    static void removeTrailing(Element body, String author) {
        for (Element e : lastBlocks(body, 2)) {
            if (name(e.text()).map(n -> n.equalsIgnoreCase(clean(author))).orElse(false)) {
                e.remove();
            }
        }
    }

    /** A byline's name as written in a name line: "Hồng Nhung – Sở TT&TT" is Hồng Nhung, "TRANG NINH" Trang Ninh. */
    static Optional<String> name(String line) {
        String text = line.strip().replaceFirst("\\.$", "");
        if (text.length() < 4 || text.length() > 80 || text.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String first = DASH.split(text, 2)[0].strip();
        if (!NAME.matcher(first).matches() || first.length() > 40 || organisation(first)) {
            return Optional.empty();
        }
        return Optional.of(clean(first));
    }

    /** Cleans a byline: "TRANG NINH" becomes "Trang Ninh", a credit after a dash is dropped. */
    static String clean(String author) {
        String name = DASH.split(author.strip(), 2)[0].strip();
        if (name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 3) {
            StringBuilder out = new StringBuilder();
            for (String word : name.toLowerCase(new Locale("vi")).split("\\s+")) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word.substring(
                        Character.charCount(word.codePointAt(0))));
            }
            return out.toString();
        }
        return name;
    }

    private static boolean organisation(String text) {
        String lower = text.toLowerCase(new Locale("vi"));
        for (String word : List.of("trung tâm", "sở ", "ban ", "ủy ban", "phòng ", "báo ", "đài ", "cổng ", "tin khác",
                "chia sẻ", "liên quan", "xem thêm", "bộ ", "cục ", "thông tin", "hội nghị", "ubnd", "văn phòng")) {
            if (lower.startsWith(word) || lower.contains(" " + word.strip() + " ")) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> lastBlocks(Element body, int count) {
        List<Element> blocks = new ArrayList<>();
        List<Element> all = body.select("p, div, h4, h5, h6, strong, b, em");
        for (int i = all.size() - 1; i >= 0 && blocks.size() < count; i--) {
            Element e = all.get(i);
            if (!e.text().isBlank() && e.select("p, div").size() <= 1 && e.select("img").isEmpty()) {
                if (blocks.stream().noneMatch(b -> b.parents().contains(e) || e.parents().contains(b))) {
                    blocks.add(e);
                }
            }
        }
        return blocks;
    }

    private static void removeFrom(Element e, List<Element> last) {
        for (Element after : last.subList(0, last.indexOf(e))) {
            if (after.text().strip().length() < 60) {
                after.remove(); // the byline's credit line: "Trung tâm Công nghệ số"
            }
        }
        Element top = e;
        while (top.parent() != null && top.parent().text().strip().equals(e.text().strip())
                && top.parent().tagName().matches("p|div|strong|b|em|span")) {
            top = top.parent();
        }
        top.remove();
    }
}
