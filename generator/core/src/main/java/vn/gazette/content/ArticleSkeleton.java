package vn.gazette.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The text of a new article ({@code gazette new}): complete front matter (the optional fields as comments to fill in), and a line of
 * body text, with hints in the site's language. What it writes builds without problems as it is. Stateless and
 * thread-safe.
 */
public final class ArticleSkeleton {

    private ArticleSkeleton() {
    }

    /**
     * @param province   the province's name as the vocabulary spells it; empty to leave a commented example
     * @param conference whether to add the conference block (commented, to fill in)
     * @param vietnamese whether the hints are in Vietnamese (else English)
     */
    public static String text(String title, LocalDate date, Optional<String> province, boolean conference, boolean draft,
            boolean vietnamese) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        text.append("date: ").append(date).append('\n');
        text.append(province.map(name -> "province: " + name + "\n")
                .orElse("# province: Lạng Sơn" + hint(vietnamese ? "tỉnh, thành phố của bài" : "the article's province",
                        "# province: Lạng Sơn") + "\n"));
        text.append(line("tags: []", vietnamese ? "chủ đề, ví dụ: [thông tin đối ngoại, tập huấn]"
                : "topics, e.g. [thông tin đối ngoại, tập huấn]"));
        text.append(line("# author: \"\"", vietnamese ? "tác giả" : "the author"));
        text.append(line("# summary: \"\"", vietnamese ? "một hai câu cho danh sách, nguồn tin và mô tả trang"
                : "one or two sentences for lists, feeds and the page description"));
        text.append(line("draft: " + draft, vietnamese ? "true: chưa đăng lên trang" : "true: not published yet"));
        if (conference) {
            text.append(line("# conference:", vietnamese ? "bỏ dấu # ở đầu các dòng này nếu bài đưa tin hội nghị, tập huấn"
                    : "remove the # of these lines if the article reports a conference or training"));
            text.append(line("#   kind: training", "training | workshop | survey | other"));
            text.append(line("#   start: " + date, vietnamese ? "ngày bắt đầu" : "the first day"));
            text.append(line("#   end: " + date, vietnamese ? "ngày kết thúc, nếu nhiều ngày" : "the last day, if several"));
            text.append("#   organizer: \"\"\n");
            text.append("#   partners: []\n");
            text.append("#   locations: []\n");
            text.append(line("#   format: in-person", "in-person | online | hybrid"));
            text.append(line("#   sites: 1", vietnamese ? "số điểm cầu: chỉ khi online hoặc hybrid"
                    : "connected sites: only for online or hybrid"));
            text.append(line("#   participants: 100", vietnamese ? "số người dự" : "how many took part"));
            text.append("#   speakers:\n");
            text.append("#     - name: \"\"\n");
            text.append("#       role: \"\"\n");
            text.append("#   topics: []\n");
        }
        text.append("---\n\n");
        text.append(vietnamese ? "Nội dung bài viết.\n" : "The article's text.\n");
        return text.toString();
    }

    private static String line(String yaml, String comment) {
        return yaml + hint(comment, yaml) + "\n";
    }

    /** A comment lined up in one column after the value. */
    private static String hint(String comment, String yaml) {
        return " ".repeat(Math.max(1, 30 - yaml.length())) + "# " + comment;
    }

    /** A YAML double-quoted scalar: backslashes and quotes escaped. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
