package vn.gazette.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.gazette.importer.Finding.Confidence;

/**
 * Takes the article out of a plain-text capture (the visible text of a page, menus and footers included, as the
 * seed captures are): lines are joined where a sentence runs on, the lead is the first real paragraph, the title
 * the heading line above it, the lines above that may hold the date, and the body runs until the related-news or
 * sharing block. Short lines inside the body are photo captions. Stateless and thread-safe.
 */
final class TextExtractor {

    private static final Pattern SENTENCE_END = Pattern.compile(".*([.!?…:;]|\\./\\.)[\"”’)]?$");
    private static final Pattern END = Pattern.compile("(?iu)^\\s*(chia sẻ( bài viết)?|chia sẻ:?|in bài( viết)?|"
            + "bình luận|ý kiến bạn đọc|gửi bình luận|về đầu trang|lên đầu trang|about|bản quyền.*|"
            + "copyright.*|©.*|\\d+( \\d+)+\\s*(\\.\\.\\.)?)\\s*$");
    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^\\s*(skip to (main )?content|tiếng việt\\s*\\|.*|"
            + "đăng nhập|đăng ký|trang chủ|lượt xem:?\\s*\\d*|thống kê truy cập|thông tin mới nhất|•.*|"
            + "(đang truy cập|hôm nay|trong tuần|tổng lượt truy cập|tất cả):.*|.{0,3})\\s*$");
    /** "anh tin bai" glued to a caption: an image's leftover alt text in plain ASCII. */
    private static final Pattern GLUED_ALT = Pattern.compile("^[a-z][a-z ]{2,30}(?=\\p{Lu})");

    private TextExtractor() {
    }

    static Extracted extract(String text) {
        List<String> blocks = blocks(text);
        int lead = lead(blocks);
        int titleAt = -1;
        for (int i = lead - 1; i >= 0 && titleAt < 0; i--) {
            String b = blocks.get(i);
            if (b.length() >= 15 && b.length() <= 400 && b.split("\\s+").length >= 4 && !BOILERPLATE.matcher(b).matches()
                    && !VietnameseDates.startsWithDate(b)) {
                titleAt = i;
            }
        }
        List<String> dateTexts = new ArrayList<>();
        for (int i = lead - 1; i >= 0; i--) {
            if (i != titleAt && blocks.get(i).length() <= 160) {
                dateTexts.add(blocks.get(i));
            }
        }
        Element body = new Element("div");
        int end = blocks.size();
        for (int i = Math.max(lead, 0); i < blocks.size(); i++) {
            if (MainContent.RELATED.matcher(blocks.get(i)).matches() || END.matcher(blocks.get(i)).matches()) {
                end = i;
                break;
            }
        }
        for (int i = Math.max(lead, 0); i < end; i++) {
            String b = blocks.get(i);
            if (BOILERPLATE.matcher(b).matches()) {
                continue;
            }
            boolean caption = b.length() < 200 && !SENTENCE_END.matcher(b).matches() && i > lead && i < end - 1;
            Element p = body.appendElement("p");
            if (caption) {
                p.appendElement("em").text(GLUED_ALT.matcher(b).replaceFirst(""));
            } else {
                p.text(b);
            }
        }
        Finding<String> title = titleAt >= 0 ? Finding.of(blocks.get(titleAt), Confidence.HIGH, "heading line")
                : Finding.none();
        Finding<String> author = Bylines.trailing(body);
        return new Extracted(title, body, Finding.none(), dateTexts, author, List.of(), Optional.empty(),
                Optional.empty());
    }

    /** Lines, with a line that starts in lower case joined to the line it continues; empty lines dropped. */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        boolean afterBlank = true;
        for (String raw : text.split("\\n")) {
            String line = raw.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            boolean continues = !blocks.isEmpty() && !afterBlank && Character.isLowerCase(line.codePointAt(0))
                    && !SENTENCE_END.matcher(blocks.get(blocks.size() - 1)).matches();
            if (continues) {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + line);
            } else {
                blocks.add(line);
            }
            afterBlank = false;
        }
        return blocks;
    }

    /** The first block that reads as a paragraph of the article. */
    private static int lead(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (b.length() >= 80 && (SENTENCE_END.matcher(b).matches() || b.contains(". "))
                    && !BOILERPLATE.matcher(b).matches()) {
                return i;
            }
        }
        return 0;
    }
}
