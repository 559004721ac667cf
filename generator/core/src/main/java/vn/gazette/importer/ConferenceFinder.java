package vn.gazette.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the conference facts of an article that reports a training, workshop, working visit or meeting: the
 * kind from the title (else the first paragraph), the days ("trong 2 ngày 14–15/9", "trong thời gian hai ngày"),
 * organiser and partners from "X phối hợp với Y tổ chức", places from "tại huyện ...", the format and sites
 * ("trực tuyến", "15 điểm cầu"), the participants ("trên 130 đại biểu" is 130) and the speakers with their roles.
 * Every fact is a proposal: the article stays a draft until an editor has read it. Stateless and thread-safe.
 */
final class ConferenceFinder {

    private static final String NAME = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:\\s\\p{Lu}[\\p{Ll}\\p{M}]+){1,4}";
    private static final String PLACE_NAME = "\\p{Lu}[\\p{L}\\p{M}]*(?: \\p{Lu}[\\p{L}\\p{M}]*){0,3}";
    private static final Pattern TRAINING = Pattern.compile("(?iu)tập huấn|bồi dưỡng|đào tạo|lớp học|huấn luyện");
    private static final Pattern WORKSHOP = Pattern.compile("(?iu)hội thảo|tọa đàm|toạ đàm|diễn đàn");
    private static final Pattern SURVEY = Pattern.compile("(?iu)khảo sát|đoàn công tác|thăm và làm việc|làm việc với đoàn");
    private static final Pattern MEETING = Pattern.compile("(?iu)hội nghị|họp báo|lễ |giao ban");
    private static final Pattern DAYS = Pattern.compile(
            "(?iu)(?:trong|thời gian|kéo dài)\\s+(?:thời gian\\s+)?(\\d|một|hai|ba|bốn|năm|sáu|bảy)\\s+ngày");
    private static final Pattern RANGE = Pattern.compile("(?u)(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})");
    private static final Pattern SITES = Pattern.compile("(?iu)(\\d{1,4})\\s+điểm cầu");
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?iu)(?:(trên|hơn|khoảng|gần|chừng|gần)\\s+)?(\\d{1,3}(?:[.,]\\d{3})*|\\d+)\\s+(đại biểu|học viên|người|cán bộ|"
            + "thành viên|phóng viên)");
    private static final Pattern ORGANIZER = Pattern.compile(
            "^(?:.{0,40}?\\d{1,2}/\\d{1,2}(?:/\\d{4})?\\)?,\\s*)(.{4,120}?)\\s+(?:chủ trì|phối hợp với|tổ chức|khai mạc|mở)");
    private static final Pattern PARTNERS = Pattern.compile("phối hợp với\\s+(.{4,160}?)\\s+tổ chức");
    private static final Pattern LOCATIONS = Pattern.compile(
            "(?u)tại\\s+((?:các\\s+)?(?:huyện|thành phố|thị xã|xã|tỉnh|thị trấn)\\s+" + PLACE_NAME
            + "(?:(?:\\s+và\\s+(?:(?:huyện|thành phố|thị xã|xã)\\s+)?|\\s*,\\s*(?:huyện|thành phố|thị xã|xã)\\s+)"
            + PLACE_NAME + ")*)");
    private static final Pattern SPEAKER_NAME_FIRST = Pattern.compile(
            "(?u)(?:đồng chí|ông|bà|TS\\.?|ThS\\.?|PGS\\.?)\\s+(" + NAME + "),\\s+([^;:.]{5,160}?)\\s+"
            + "(?:truyền đạt|báo cáo|trình bày|giới thiệu|hướng dẫn)");
    private static final Pattern SPEAKER_ROLE_FIRST = Pattern.compile(
            "(?u)nghe\\s+([^;:.]{5,160}?)\\s+[–—-]\\s+(" + NAME + ")\\s+(?:truyền đạt|báo cáo|trình bày)");
    private static final Pattern SPEAKER_BODIES = Pattern.compile(
            "(?u)báo cáo viên\\s+(?:đến từ|của)\\s+(.{4,160}?)\\s+(?:truyền đạt|trình bày|báo cáo)");

    private ConferenceFinder() {
    }

    static Optional<ConferenceFacts> find(String title, String lead, String body, LocalDate start, String province) {
        List<String> clues = new ArrayList<>();
        Optional<String> kind = kind(title, clues).or(() -> kind(lead, clues));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String all = title + "\n" + body;
        Optional<LocalDate> end = end(all, start, clues);
        String format = format(all, clues);
        OptionalInt sites = number(SITES, all, 1, clues);
        if (sites.isPresent() && format.equals("in-person")) {
            format = "online";
        }
        OptionalInt participants = participants(body, clues);
        Optional<String> organizer = organizer(lead, province);
        List<String> partners = partners(lead);
        List<String> locations = locations(title + "\n" + lead, province);
        return Optional.of(new ConferenceFacts(kind.get(), start, end, organizer, partners, locations, format, sites,
                participants, speakers(body), List.copyOf(clues)));
    }

    private static Optional<String> kind(String text, List<String> clues) {
        for (Object[] k : new Object[][] {{SURVEY, "survey"}, {TRAINING, "training"}, {WORKSHOP, "workshop"},
                {MEETING, "other"}}) {
            Matcher m = ((Pattern) k[0]).matcher(text);
            if (m.find()) {
                clues.add("kind: \"" + m.group() + "\"");
                return Optional.of((String) k[1]);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> end(String text, LocalDate start, List<String> clues) {
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            int month = Integer.parseInt(range.group(3));
            if (from == start.getDayOfMonth() && month == start.getMonthValue() && to > from && to - from < 10) {
                clues.add("days: \"" + range.group() + "\"");
                return VietnameseDates.of(start.getYear(), month, to);
            }
        }
        Matcher days = DAYS.matcher(text);
        if (days.find()) {
            int n = count(days.group(1));
            if (n > 1) {
                clues.add("days: \"" + days.group() + "\"");
                return Optional.of(start.plusDays(n - 1L));
            }
        }
        return Optional.empty();
    }

    private static int count(String word) {
        List<String> words = List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy");
        int i = words.indexOf(word.toLowerCase(new Locale("vi")));
        return i >= 0 ? i + 1 : Integer.parseInt(word);
    }

    private static String format(String text, List<String> clues) {
        String lower = text.toLowerCase(new Locale("vi"));
        boolean online = lower.contains("trực tuyến") || lower.contains("trực huyến") || lower.contains("điểm cầu");
        boolean inPerson = lower.contains("trực tiếp kết hợp") || lower.contains("kết hợp trực tiếp")
                || lower.contains("trực tiếp và trực tuyến");
        if (online && inPerson) {
            clues.add("format: in person and online");
            return "hybrid";
        }
        if (online) {
            clues.add("format: \"trực tuyến\" / \"điểm cầu\"");
            return "online";
        }
        return "in-person";
    }

    private static OptionalInt number(Pattern pattern, String text, int min, List<String> clues) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= min) {
                clues.add("\"" + m.group() + "\"");
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt participants(String text, List<String> clues) {
        Matcher m = PARTICIPANTS.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(2).replace(".", "").replace(",", ""));
            if (n >= 5 && n <= 100_000) {
                clues.add("participants: \"" + m.group() + "\"");
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    private static Optional<String> organizer(String lead, String province) {
        Matcher m = ORGANIZER.matcher(lead);
        if (!m.find()) {
            return Optional.empty();
        }
        String who = m.group(1).replaceAll("\\s*\\([^)]*\\)", "").strip();
        if (who.toLowerCase(new Locale("vi")).startsWith("đồng chí") || who.contains(",")) {
            return Optional.empty();
        }
        if (!province.isEmpty() && !who.contains(province)) {
            if (who.endsWith(" tỉnh")) {
                who = who + " " + province;
            } else if (who.startsWith("Sở ")) {
                who = who + " tỉnh " + province;
            }
        }
        return Optional.of(who.replace("Ủy ban nhân dân", "UBND"));
    }

    private static List<String> partners(String lead) {
        Matcher m = PARTNERS.matcher(lead);
        if (!m.find()) {
            return List.of();
        }
        List<String> partners = new ArrayList<>();
        String prefix = "";
        for (String part : m.group(1).split("\\s*(?:,|\\svà\\s)\\s*")) {
            String p = part.strip().replaceAll("\\s*\\([^)]*\\)", "");
            if (p.isEmpty()) {
                continue;
            }
            Matcher organ = Pattern.compile("^(UBND|Ủy ban nhân dân|Sở|Phòng|Ban)\\s").matcher(p);
            if (organ.find()) {
                prefix = organ.group(1);
            } else if (!prefix.isEmpty() && p.matches("(?u)(huyện|thành phố|thị xã|xã|tỉnh)\\s.*")) {
                p = prefix + " " + p;
            }
            partners.add(p);
        }
        return partners;
    }

    private static List<String> locations(String text, String province) {
        LinkedHashSet<String> places = new LinkedHashSet<>();
        Matcher m = LOCATIONS.matcher(text);
        while (m.find() && places.size() < 8) {
            String kind = "";
            for (String part : m.group(1).replaceFirst("^các\\s+", "").split("\\s*(?:,|\\svà\\s)\\s*")) {
                Matcher k = Pattern.compile("^(huyện|thành phố|thị xã|xã|tỉnh|thị trấn)\\s").matcher(part);
                if (k.find()) {
                    kind = k.group(1);
                    places.add(part.strip());
                } else if (!kind.isEmpty() && !part.isBlank()) {
                    places.add(kind + " " + part.strip());
                }
            }
        }
        if (places.isEmpty() && !province.isEmpty()) {
            places.add("tỉnh " + province);
        }
        return List.copyOf(places);
    }

    private static List<ConferenceFacts.Speaker> speakers(String body) {
        List<ConferenceFacts.Speaker> speakers = new ArrayList<>();
        Matcher a = SPEAKER_NAME_FIRST.matcher(body);
        while (a.find() && speakers.size() < 10) {
            add(speakers, a.group(1), a.group(2));
        }
        Matcher b = SPEAKER_ROLE_FIRST.matcher(body);
        while (b.find() && speakers.size() < 10) {
            add(speakers, b.group(2), b.group(1));
        }
        Matcher c = SPEAKER_BODIES.matcher(body);
        if (c.find()) {
            for (String org : c.group(1).split("\\s+và\\s+")) {
                add(speakers, org.strip(), "báo cáo viên");
            }
        }
        return List.copyOf(speakers);
    }

    private static void add(List<ConferenceFacts.Speaker> speakers, String name, String role) {
        String n = name.strip();
        if (speakers.stream().noneMatch(s -> s.name().equals(n))) {
            speakers.add(new ConferenceFacts.Speaker(n, role.strip()));
        }
    }
}
