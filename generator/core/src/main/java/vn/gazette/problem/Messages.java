package vn.gazette.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese wording of problem messages. Every message is written in English where it is found (the
 * English text is the reference the tests check); for a Vietnamese site it is translated when printed, by the
 * first pattern of this catalog that matches the whole message. A message no pattern matches is printed in
 * English, so a missing translation never hides a problem. Immutable and thread-safe.
 *
 * <p>Each entry is one shape of message: an English regular expression whose groups are the parts that vary
 * (values, names, numbers, paths), and the Vietnamese text, in which {@code $1}..{@code $9} stand for a group as
 * written and {@code %1}..{@code %9} for a group translated through {@link #WORDS} (the few fixed phrases that
 * code puts into several messages, such as "a list"). Values, field names, examples and paths are never
 * translated. Where two patterns could match the same message the more specific one comes first.
 */
public final class Messages {

    private record Translation(Pattern english, String vietnamese) {
    }

    /** Fixed English phrases that are parts of messages, and their Vietnamese. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            // kinds of YAML value (YamlNode.kindName)
            Map.entry("a single value", "một giá trị đơn"),
            Map.entry("a list", "một danh sách"),
            Map.entry("a mapping (key: value lines)", "một khối các dòng tên: giá trị"),
            // what a required field holds (Fields.requiredText hints)
            Map.entry("the article's headline", "tiêu đề bài viết"),
            Map.entry("the publication date", "ngày đăng bài"),
            Map.entry("the first day of the event", "ngày đầu tiên của sự kiện"),
            Map.entry("the site's name", "tên trang web"),
            Map.entry("the address the site is published at", "địa chỉ của trang web"),
            Map.entry("the province's name", "tên tỉnh"),
            // the built-in taxonomies (TaxonomyBuilder)
            Map.entry("tag", "thẻ"),
            Map.entry("province", "tỉnh"));

    private static final String KIND = oneOf("a single value", "a list", "a mapping (key: value lines)");
    private static final String REQUIRED = oneOf("the article's headline", "the publication date",
            "the first day of the event", "the site's name", "the address the site is published at",
            "the province's name");
    private static final String TAXONOMY = oneOf("tag", "province");
    private static final String DAY = "(\\d{4}-\\d{2}-\\d{2})";
    private static final String NUMBER = "(-?\\d+)";

    private static final List<Translation> VIETNAMESE = new ArrayList<>();

    static {
        // --- source: files and folders (SourceTree, TextFile, ThemeLoader) ---
        add("symbolic link skipped: copy the file into the content folder instead",
                "đã bỏ qua liên kết tượng trưng (symbolic link): hãy chép chính tệp đó vào thư mục nội dung");
        add("symbolic link skipped: copy the file into the theme",
                "đã bỏ qua liên kết tượng trưng (symbolic link): hãy chép chính tệp đó vào thư mục giao diện");
        add("'(.+)' and '(.+)' differ only in case or accents encoding and would overwrite each other: rename one",
                "'$1' và '$2' chỉ khác nhau ở chữ hoa, chữ thường hoặc cách mã hóa dấu nên sẽ ghi đè lên nhau: "
                        + "hãy đổi tên một trong hai");
        add("file is (\\d+) bytes; the limit is (\\d+) MiB \\((\\d+) bytes\\): split it into several articles",
                "tệp có dung lượng $1 byte, vượt quá giới hạn $2 MiB ($3 byte): hãy tách thành nhiều bài viết");
        add("not valid UTF-8 \\(byte (0x[0-9A-F]{2})\\): save the file with the UTF-8 encoding",
                "tệp không được lưu đúng bảng mã UTF-8 (gặp byte $1): hãy lưu lại tệp với bảng mã UTF-8");

        // --- YAML syntax (YamlReader), in site.yaml, provinces.yaml, theme.yaml and front matter ---
        add("YAML type tags such as (.+) are not allowed: write the plain value",
                "không được dùng nhãn kiểu dữ liệu của YAML như $1: hãy viết giá trị bình thường");
        add("anchors and aliases \\(& and \\*\\) are not allowed here: write the value out in full",
                "không được dùng neo và bí danh của YAML (& và *) ở đây: hãy viết đầy đủ giá trị");
        add("YAML is nested more than (\\d+) levels deep: put fewer lists and blocks inside each other",
                "YAML lồng nhau quá $1 tầng: hãy bớt các danh sách và khối lồng vào nhau");
        add("YAML is nested too deeply: put fewer lists and blocks inside each other",
                "YAML lồng nhau quá sâu: hãy bớt các danh sách và khối lồng vào nhau");
        add("duplicate key '(.+)' \\(first written on line (\\d+)\\): keep only one",
                "trường '$1' bị viết hai lần (lần đầu ở dòng $2): chỉ giữ lại một");
        add("a key must be a plain name, not " + KIND,
                "tên trường phải là một tên bình thường, không được là %1");
        add("not valid YAML: mapping values are not allowed here \\(a value that contains ': ' must be put in quotes\\)",
                "YAML không hợp lệ: giá trị có chứa ': ' phải được đặt trong dấu ngoặc kép");
        add("not valid YAML: .+ \\(indent with spaces, not tabs\\)",
                "YAML không hợp lệ: hãy thụt lề bằng dấu cách, không dùng phím Tab");
        add("not valid YAML: .+ \\(a closing quote is missing\\)",
                "YAML không hợp lệ: thiếu dấu nháy đóng (\" hoặc ')");
        add("not valid YAML: could not find expected ':' \\(write each line as 'key: value'\\)",
                "YAML không hợp lệ: thiếu dấu ':' (hãy viết mỗi dòng theo dạng 'tên: giá trị')");
        add("not valid YAML: expected ',' or '\\]', but got .+ \\(a closing \\] is missing\\)",
                "YAML không hợp lệ: thiếu dấu ] đóng");
        add("not valid YAML: expected ',' or '\\}', but got .+ \\(a closing \\} is missing\\)",
                "YAML không hợp lệ: thiếu dấu } đóng");
        add("not valid YAML: expected <block end>, but found '<scalar>' \\(nothing may follow a closing quote or "
                + "bracket: put the whole value in quotes, and write '' for a ' inside '\\.\\.\\.'\\)",
                "YAML không hợp lệ: sau dấu nháy hoặc dấu ngoặc đóng không được viết thêm gì (hãy đặt cả giá trị "
                        + "trong dấu ngoặc kép, và trong '...' thì viết '' thay cho một dấu ')");
        add("not valid YAML: expected <block end>, but found '<block .+>' \\(this line is indented differently from "
                + "the lines above: line it up with the other keys of its block\\)",
                "YAML không hợp lệ: dòng này thụt lề khác với các dòng phía trên (hãy thụt lề cho thẳng hàng với "
                        + "các trường khác trong cùng khối)");
        add("not valid YAML: found unknown escape character .+ \\(inside \"\\.\\.\\.\" write a backslash as \\\\\\\\, "
                + "or put the value in '\\.\\.\\.' instead\\)",
                "YAML không hợp lệ: dấu gạch chéo ngược không hợp lệ (trong \"...\" hãy viết \\\\ cho một dấu gạch "
                        + "chéo ngược, hoặc đặt giá trị trong '...')");
        add("not valid YAML: found a second document \\(remove this '---' line\\)",
                "YAML không hợp lệ: dòng '---' này mở đầu một phần thứ hai (hãy xóa dòng này)");
        add("not valid YAML: found character '(.)' that cannot start any token \\(a value that starts with \\1 must "
                + "be put in quotes\\)",
                "YAML không hợp lệ: giá trị bắt đầu bằng ký tự $1 phải được đặt trong dấu ngoặc kép");
        add("not valid YAML: (.+)", "YAML không hợp lệ: $1");

        // --- values of any YAML file (Fields) ---
        add("'(.+)' is missing: write " + REQUIRED + ", e\\.g\\. (.+)", "thiếu '$1': hãy viết %2, ví dụ $3");
        add("'(.+)' is empty: write " + REQUIRED + ", e\\.g\\. (.+)", "'$1' đang để trống: hãy viết %2, ví dụ $3");
        add("'(.+)' is missing: write one of (.+)", "thiếu '$1': hãy viết một trong các giá trị $2");
        add("'(.+)' is empty: write one of (.+)", "'$1' đang để trống: hãy viết một trong các giá trị $2");
        add("'(.+)' must be a single value, not " + KIND, "'$1' chỉ được có một giá trị, không được là %2");
        add("'(.+)' must be a single value", "'$1' chỉ được có một giá trị");
        add("'(.+)' must be a list: write (.+)", "'$1' phải là một danh sách: hãy viết $2");
        add("each item of '(.+)' must be a single value, not an empty one",
                "mỗi mục của '$1' phải có một giá trị, không được để trống");
        add("each item of '(.+)' must be a single value, not " + KIND,
                "mỗi mục của '$1' phải là một giá trị đơn, không được là %2");
        add("'(.+)' must be one of (.+), not '(.*)': did you mean '(.+)'\\?",
                "'$1' phải là một trong các giá trị $2, không phải '$3': có phải ý bạn là '$4'?");
        add("'(.+)' must be one of (.+), not '(.*)'", "'$1' phải là một trong các giá trị $2, không phải '$3'");
        add("'(.+)' must be true or false, not '(.*)'", "'$1' phải là true hoặc false, không phải '$2'");
        add("'(.+)' must be a whole number, not '(.*)' \\(write e\\.g\\. " + NUMBER + "\\)",
                "'$1' phải là một số nguyên, không phải '$2' (ví dụ: $3)");
        add("'(.+)' must be a whole number, not '(.*)' \\(write the number alone: (\\d+)\\)",
                "'$1' phải là một số nguyên, không phải '$2' (chỉ viết con số: $3)");
        add("'(.+)' must be a whole number, not '(.*)' \\(write a whole number such as (\\d+)\\)",
                "'$1' phải là một số nguyên, không phải '$2' (hãy viết một số nguyên, ví dụ $3)");
        add("'(.+)' must be between " + NUMBER + " and " + NUMBER + ", not " + NUMBER,
                "'$1' phải nằm trong khoảng từ $2 đến $3, không phải $4");
        add("'(.+)' must be zero or more, not " + NUMBER, "'$1' phải từ 0 trở lên, không phải $2");
        add("'(.+)' must be at least " + NUMBER + ", not " + NUMBER, "'$1' phải ít nhất là $2, không phải $3");
        add("'(.+)' must be a mapping \\(key: value lines\\), not " + KIND,
                "'$1' phải là một khối các dòng tên: giá trị, không được là %2");

        // --- dates (DateParser, FrontMatterParser, ProvinceVocabulary) ---
        add("'(.+)' is not a date: \"(.*)\" \\(write " + DAY + ": year-month-day\\)",
                "'$1' không phải là ngày: \"$2\" (hãy viết $3, theo thứ tự năm-tháng-ngày)");
        add("'(.+)' is not a date: \"(.*)\" \\(write it like 2023-09-22, or 2023-09-22T09:30 with a time\\)",
                "'$1' không phải là ngày: \"$2\" (hãy viết như 2023-09-22, hoặc 2023-09-22T09:30 nếu có giờ)");
        add("'(.+)' is not a date: \"(.*)\" \\(write it like " + DAY + "\\)",
                "'$1' không phải là ngày: \"$2\" (hãy viết như $3)");
        add("'(.+)' is not a real date or time: \"(.*)\" \\(check the day of the month and the hour\\)",
                "'$1' không phải là ngày giờ có thật: \"$2\" (hãy kiểm tra lại ngày trong tháng và giờ)");
        add("'(.+)' is a day without a time of day: write " + DAY,
                "'$1' chỉ ghi ngày, không ghi giờ: hãy viết $2");

        // --- front matter (ArticleText, FrontMatterParser) ---
        add("no front matter: start the file with a line '---', then 'title:' and 'date:' lines, then '---'",
                "bài viết chưa có phần thông tin đầu bài (front matter): hãy bắt đầu tệp bằng một dòng '---', "
                        + "tiếp theo là các dòng 'title:' và 'date:', rồi một dòng '---'");
        add("the front matter is not closed: add a line '---' after the last front-matter line",
                "phần thông tin đầu bài (front matter) chưa được đóng lại: hãy thêm một dòng '---' sau dòng cuối "
                        + "cùng của phần này");
        add("front matter is longer than (\\d+) KiB: move long text into the article body",
                "phần thông tin đầu bài (front matter) dài quá $1 KiB: hãy chuyển phần chữ dài xuống thân bài");
        add("front matter must be key: value lines, starting with 'title:' and 'date:'",
                "phần thông tin đầu bài (front matter) phải gồm các dòng dạng tên: giá trị, bắt đầu bằng 'title:' "
                        + "và 'date:'");
        add("unknown front-matter key '(.+)': did you mean '(.+)'\\? \\(put extra fields for the theme under "
                + "'params:'\\)",
                "phần thông tin đầu bài không có trường '$1': có phải ý bạn là '$2'? (các trường riêng cho giao diện "
                        + "hãy đặt dưới 'params:')");
        add("unknown front-matter key '(.+)' \\(put extra fields for the theme under 'params:'\\)",
                "phần thông tin đầu bài không có trường '$1' (các trường riêng cho giao diện hãy đặt dưới "
                        + "'params:')");
        add("'lastmod' and 'updated' mean the same: keep only one",
                "'lastmod' và 'updated' có cùng ý nghĩa: chỉ giữ lại một trong hai");
        add("'slug' may only hold a-z, 0-9 and single hyphens \\(at most (\\d+) characters\\): '(.*)' \\(write (.+)\\)",
                "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn (tối đa $1 ký tự): '$2' (hãy viết $3)");
        add("'slug' may only hold a-z, 0-9 and single hyphens \\(at most (\\d+) characters\\): '(.*)'",
                "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn (tối đa $1 ký tự): '$2'");

        // --- the conference block (FrontMatterParser) ---
        add("unknown key 'conference\\.(.+)': did you mean '(.+)'\\?",
                "khối hội nghị không có trường 'conference.$1': có phải ý bạn là '$2'?");
        add("unknown key 'conference\\.(.+)': write one of (.+)",
                "khối hội nghị không có trường 'conference.$1': hãy dùng một trong các trường $2");
        add("'conference\\.end' \\(" + DAY + "\\) is before 'conference\\.start' \\(" + DAY + "\\): the end is the "
                + "last day of the event",
                "'conference.end' ($1) sớm hơn 'conference.start' ($2): 'end' là ngày cuối cùng của sự kiện");
        add("'conference\\.sites' counts connected sites \\(điểm cầu\\) of an online or hybrid event: set format: "
                + "online or format: hybrid, or remove 'sites'",
                "'conference.sites' là số điểm cầu của hội nghị trực tuyến hoặc kết hợp: hãy ghi format: online "
                        + "hoặc format: hybrid, hoặc bỏ 'sites'");
        add("'conference\\.start' \\(" + DAY + "\\) is (\\d+) days from the article's date \\(" + DAY + "\\): check "
                + "both dates",
                "'conference.start' ($1) cách ngày đăng bài ($3) $2 ngày: hãy kiểm tra lại cả hai ngày");
        add("'conference\\.speakers' must be a list of '- name: \\.\\.\\.' entries with an optional 'role:'",
                "'conference.speakers' phải là danh sách báo cáo viên, mỗi người một mục '- name: ...', có thể "
                        + "thêm 'role:'");
        add("each speaker needs a name: write '- name: Nguyễn Văn A'",
                "mỗi báo cáo viên cần có tên: hãy viết '- name: Nguyễn Văn A'");
        add("unknown key '(.+)' in a speaker: did you mean '(.+)'\\? \\(a speaker has 'name' and 'role'\\)",
                "báo cáo viên không có trường '$1': có phải ý bạn là '$2'? (mỗi báo cáo viên có 'name' và 'role')");
        add("unknown key '(.+)' in a speaker \\(a speaker has 'name' and 'role'\\)",
                "báo cáo viên không có trường '$1' (mỗi báo cáo viên có 'name' và 'role')");
        add("a speaker without a name: add 'name:' to this entry",
                "báo cáo viên chưa có tên: hãy thêm 'name:' vào mục này");

        // --- site.yaml (SiteConfigLoader, Generator) ---
        add("site\\.yaml is missing: create it with at least 'title:' and 'baseUrl:' lines",
                "chưa có tệp site.yaml: hãy tạo tệp này với ít nhất hai dòng 'title:' và 'baseUrl:'");
        add("site\\.yaml is empty: write at least 'title: Tên trang' and 'baseUrl: https://example\\.gov\\.vn/'",
                "site.yaml đang trống: hãy viết ít nhất 'title: Tên trang' và 'baseUrl: https://example.gov.vn/'");
        add("site\\.yaml must be key: value lines, not " + KIND,
                "site.yaml phải gồm các dòng dạng tên: giá trị, không được là %1");
        add("unknown setting '(.+)': did you mean '(.+)'\\? \\(it is ignored\\)",
                "không có mục cài đặt '$1': có phải ý bạn là '$2'? (mục này bị bỏ qua)");
        add("unknown setting '(.+)' \\(it is ignored\\)", "không có mục cài đặt '$1' (mục này bị bỏ qua)");
        add("'conferenceKinds' may only list (.+), not '(.+)': did you mean '(.+)'\\?",
                "'conferenceKinds' chỉ được liệt kê $1, không được có '$2': có phải ý bạn là '$3'?");
        add("'conferenceKinds' may only list (.+), not '(.+)'",
                "'conferenceKinds' chỉ được liệt kê $1, không được có '$2'");
        add("'segments\\.archive' must differ from 'segments\\.page' \\('(.+)'\\)",
                "'segments.archive' phải khác 'segments.page' ('$1')");
        add("'segments\\.conferences' must differ from 'segments\\.page' and 'segments\\.archive'",
                "'segments.conferences' phải khác 'segments.page' và 'segments.archive'");
        add("'(.+)' must be a URL segment of a-z, 0-9 and hyphens, not only digits: '(.*)' \\(write (.+)\\)",
                "'$1' phải là một đoạn địa chỉ (URL) gồm chữ a-z, số 0-9 và dấu gạch nối, không được chỉ có số: "
                        + "'$2' (hãy viết $3)");
        add("'(.+)' must be a URL segment of a-z, 0-9 and hyphens, not only digits: '(.*)'",
                "'$1' phải là một đoạn địa chỉ (URL) gồm chữ a-z, số 0-9 và dấu gạch nối, không được chỉ có số: "
                        + "'$2'");
        add("'(.+)' is a front-matter field of its own and cannot be a taxonomy: choose another name",
                "'$1' đã là một trường của phần thông tin đầu bài nên không dùng làm nhóm phân loại được: hãy chọn "
                        + "tên khác");
        add("'taxonomies\\.(.+)' must be a mapping with 'segment:' and 'title:'",
                "'taxonomies.$1' phải là một khối có 'segment:' và 'title:'");
        add("the slug for '(.+)' may only hold a-z, 0-9 and single hyphens: '(.*)'",
                "slug của '$1' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn: '$2'");
        add("'(.+)' is '(.+)', the URL segment of taxonomies\\.(.+) \\(built in\\): choose another",
                "'$1' đang là '$2', trùng với đoạn địa chỉ (URL) của taxonomies.$3 (có sẵn): hãy chọn đoạn khác");
        add("the URL segment '(.+)' is already used by taxonomies\\.(.+) \\(built in\\): choose another 'segment:'",
                "đoạn địa chỉ (URL) '$1' đã được taxonomies.$2 (có sẵn) dùng: hãy chọn 'segment:' khác");
        add("the URL segment '(.+)' is already used by (.+): choose another 'segment:'",
                "đoạn địa chỉ (URL) '$1' đã được $2 dùng: hãy chọn 'segment:' khác");
        add("unknown time zone '(.+)': write a zone name such as Asia/Ho_Chi_Minh",
                "không có múi giờ '$1': hãy viết tên múi giờ, ví dụ Asia/Ho_Chi_Minh");
        add("the base URL given to the build \\('(.*)'\\) is not an absolute http\\(s\\) URL: write it like "
                + "https://example\\.gov\\.vn/",
                "địa chỉ gốc (base URL) đưa vào lệnh tạo trang ('$1') không phải là địa chỉ http(s) đầy đủ: hãy "
                        + "viết như https://example.gov.vn/");
        add("'baseUrl' is not an absolute http\\(s\\) URL: '(.*)' \\(write it like https://example\\.gov\\.vn/\\)",
                "'baseUrl' không phải là địa chỉ http(s) đầy đủ: '$1' (hãy viết như https://example.gov.vn/)");

        // --- provinces.yaml (ProvinceVocabulary) ---
        add("provinces\\.yaml must hold 'provinces:' followed by a list of '- name: \\.\\.\\.' entries",
                "provinces.yaml phải có dòng 'provinces:' rồi đến danh sách các mục '- name: ...'");
        add("each province is a '- name: \\.\\.\\.' entry with slug, kind and aliases",
                "mỗi tỉnh là một mục '- name: ...' kèm slug, kind và aliases");
        add("'mergedInto: (.+)' names no province of this file: did you mean '(.+)'\\?",
                "'mergedInto: $1' không phải là tỉnh nào trong tệp này: có phải ý bạn là '$2'?");
        add("'mergedInto: (.+)' names no province of this file: write the name of one of its provinces",
                "'mergedInto: $1' không phải là tỉnh nào trong tệp này: hãy viết tên một tỉnh có trong tệp");
        add("'mergedInto: (.+)' names a province that was itself merged: name the province it belongs to today",
                "'mergedInto: $1' là một tỉnh cũng đã được sáp nhập: hãy ghi tỉnh mà nó thuộc về hiện nay");
        add("'mergedInto' and 'until' go together: a merged province needs both its new province and its last day",
                "'mergedInto' và 'until' phải đi cùng nhau: tỉnh đã sáp nhập cần ghi cả tỉnh mới lẫn ngày cuối cùng "
                        + "của nó");
        add("the slug is already used on line (\\d+): each must be unique",
                "slug này đã được dùng ở dòng $1: mỗi slug phải khác nhau");
        add("the name or alias '(.+)' is already used on line (\\d+): each must be unique",
                "tên hoặc tên gọi khác '$1' đã được dùng ở dòng $2: mỗi tên phải khác nhau");
        add("'slug' may only hold a-z, 0-9 and single hyphens: '(.*)' \\(write (.+)\\)",
                "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn: '$1' (hãy viết $2)");
        add("'slug' may only hold a-z, 0-9 and single hyphens: '(.*)'",
                "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn: '$1'");
        // after the conference and speaker keys, which these would match too
        add("unknown key '(.+)': did you mean '(.+)'\\?", "không có trường '$1': có phải ý bạn là '$2'?");
        add("unknown key '(.+)': write one of (.+)", "không có trường '$1': hãy dùng một trong các trường $2");

        // --- tags, provinces and other taxonomies (TaxonomyBuilder) ---
        add("unknown province '(.+)': did you mean '(.+)'\\? \\(the names are listed in provinces\\.yaml\\)",
                "không có tỉnh '$1': có phải ý bạn là '$2'? (tên các tỉnh được liệt kê trong provinces.yaml)");
        add("unknown province '(.+)' \\(the names are listed in provinces\\.yaml\\)",
                "không có tỉnh '$1' (tên các tỉnh được liệt kê trong provinces.yaml)");
        add("'(.+)' was merged into '(.+)' on " + DAY + ": an article dated " + DAY + " should name '(.+)'",
                "'$1' đã được sáp nhập vào '$2' từ ngày $3: bài viết đăng ngày $4 nên ghi '$5'");
        add("the " + TAXONOMY + " '(.+)' has no letters or digits to make a URL from: write it with letters",
                "%1 '$2' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy viết bằng chữ");
        add("the (.+) value '(.+)' has no letters or digits to make a URL from: write it with letters",
                "giá trị $1 '$2' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy viết bằng chữ");
        add("the " + TAXONOMY + " '(.+)' and the " + TAXONOMY + " '(.+)' of (.+) would both be published at (.+): "
                + "give one its own slug under taxonomies\\.(.+)\\.slugs in site\\.yaml \\(e\\.g\\. \"(.+)\": (.+)\\)",
                "%1 '$2' và %3 '$4' của $5 sẽ cùng được đăng ở địa chỉ $6: hãy đặt slug riêng cho một trong hai "
                        + "tại taxonomies.$7.slugs trong site.yaml (ví dụ \"$8\": $9)");
        add("the (.+) value '(.+)' and the \\1 value '(.+)' of (.+) would both be published at (.+): give one its "
                + "own slug under taxonomies\\.(.+)\\.slugs in site\\.yaml \\(e\\.g\\. \"(.+)\": (.+)\\)",
                "giá trị $1 '$2' và giá trị $1 '$3' của $4 sẽ cùng được đăng ở địa chỉ $5: hãy đặt slug riêng cho "
                        + "một trong hai tại taxonomies.$6.slugs trong site.yaml (ví dụ \"$7\": $8)");

        // --- addresses of articles and files (SiteAssembler, Generator) ---
        add("this article and (.+) would both be published at (.+): give one of them another 'slug:'",
                "bài viết này và $1 sẽ cùng được đăng ở địa chỉ $2: hãy đặt 'slug:' khác cho một trong hai bài");
        add("(/.*) is also the address of a list page \\(tags, provinces, archives or page numbers\\): move the file "
                + "or give it another 'slug:'",
                "$1 cũng là địa chỉ của một trang danh sách (thẻ, tỉnh, lưu trữ hoặc trang đánh số): hãy chuyển tệp "
                        + "sang chỗ khác hoặc đặt 'slug:' khác");
        add("this file would overwrite the page of an article \\((.+)\\): rename it",
                "tệp này sẽ ghi đè lên trang của một bài viết ($1): hãy đổi tên tệp");
        add("this file would overwrite (.+), which Gazette writes itself: rename or move it",
                "tệp này sẽ ghi đè lên $1, là tệp Gazette tự tạo ra: hãy đổi tên tệp hoặc chuyển sang chỗ khác");
        add("this file and (.+) would both be published as (.+): rename one",
                "tệp này và $1 sẽ cùng được đăng thành $2: hãy đổi tên một trong hai tệp");
        add("this file would replace the theme's (.+): to replace a theme file, put it under (.+)/static/ instead",
                "tệp này sẽ thay thế tệp $1 của giao diện: muốn thay tệp của giao diện thì hãy đặt tệp dưới "
                        + "$2/static/");
        add("the folder name '(.+)' has no letters or digits to make a URL from: rename the folder",
                "tên thư mục '$1' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy đổi tên thư mục");
        add("the file name '(.+)' has no letters or digits to make a URL from: rename the file or add a 'slug:' line",
                "tên tệp '$1' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy đổi tên tệp hoặc thêm "
                        + "dòng 'slug:'");
        add("'(/.+/)' is reserved for the pages of the home list: choose another slug",
                "'$1' được dành cho các trang của danh sách bài trên trang chủ: hãy chọn slug khác");

        // --- Markdown bodies (ArticleReader, MarkdownConverter) ---
        add("the file changed while the site was being built: build again",
                "tệp đã thay đổi trong lúc đang tạo trang: hãy tạo trang lại");
        add("the Markdown took more than (\\d+) s to convert and was given up: look for long runs of backslash "
                + "escapes \\(\\\\\\) or brackets and simplify them",
                "phần Markdown mất hơn $1 giây để chuyển đổi nên đã bị bỏ qua: hãy tìm những chuỗi dài dấu gạch "
                        + "chéo ngược (\\) hoặc dấu ngoặc và viết lại cho đơn giản");
        add("the Markdown is nested too deeply to convert \\(lists, quotes or emphasis inside each other hundreds of "
                + "times\\): flatten it",
                "phần Markdown lồng nhau quá sâu nên không chuyển đổi được (danh sách, trích dẫn hoặc chữ nhấn mạnh "
                        + "lồng vào nhau hàng trăm lần): hãy bớt các tầng lồng nhau");

        // --- themes and templates (ThemeLoader, TemplateRenderer); FreeMarker's own words stay in English ---
        add("not a theme folder \\(no theme\\.yaml\\): give the folder that holds theme\\.yaml, templates/ and "
                + "static/",
                "đây không phải thư mục giao diện (không có theme.yaml): hãy chỉ đến thư mục chứa theme.yaml, "
                        + "templates/ và static/");
        add("the theme has no UI strings for language '(.+)': add i18n/(.+)\\.properties or set another language "
                + "in site\\.yaml",
                "giao diện chưa có chữ hiển thị cho ngôn ngữ '$1': hãy thêm i18n/$2.properties hoặc chọn ngôn ngữ "
                        + "khác trong site.yaml");
        add("the theme has no template '(.+)': add templates/(.+)",
                "giao diện không có mẫu trang (template) '$1': hãy thêm templates/$2");
        add("template syntax: (.+)", "lỗi cú pháp trong mẫu trang (template): $1");
        add("The following has evaluated to null or missing: ==> (.+) \\(write \\$\\{x!\\} or <#if x\\?\\?> where a "
                + "value may be missing\\)",
                "giá trị sau không có (null hoặc bị thiếu): ==> $1 (ở chỗ giá trị có thể không có, hãy viết ${x!} "
                        + "hoặc <#if x??>)");
        add("(.+) \\(write \\$\\{x!\\} or <#if x\\?\\?> where a value may be missing\\)",
                "$1 (ở chỗ giá trị có thể không có, hãy viết ${x!} hoặc <#if x??>)");
        add("the page grew past (\\d+) MiB: the template is probably looping",
                "trang dài quá $1 MiB: có lẽ mẫu trang bị lặp không dừng");
        add("cannot read the template: (.+)", "không đọc được mẫu trang: $1");
        add("template refused: (.+)", "mẫu trang bị từ chối: $1");
    }

    private Messages() {
    }

    private static void add(String english, String vietnamese) {
        VIETNAMESE.add(new Translation(Pattern.compile(english), vietnamese));
    }

    /** A regular expression group matching exactly one of {@code phrases}. */
    private static String oneOf(String... phrases) {
        StringBuilder group = new StringBuilder("(");
        for (String phrase : phrases) {
            group.append(group.length() > 1 ? "|" : "").append(Pattern.quote(phrase));
        }
        return group.append(')').toString();
    }

    /** The message in {@code language} ({@code vi} or {@code en}); English when no translation is known. */
    public static String translate(String message, String language) {
        if (!language.equals("vi")) {
            return message;
        }
        for (Translation translation : VIETNAMESE) {
            Matcher matcher = translation.english().matcher(message);
            if (matcher.matches()) {
                return expand(translation.vietnamese(), matcher);
            }
        }
        return message;
    }

    /**
     * The note a template problem ends with: {@code (rendering content/articles/a.md and 3 other pages)}.
     *
     * @param page   the page being rendered, as printed
     * @param others how many other pages the same problem broke
     */
    public static String rendering(String page, int others, String language) {
        if (language.equals("vi")) {
            return "(khi tạo trang từ " + page + (others > 0 ? " và " + others + " trang khác" : "") + ")";
        }
        return "(rendering " + page + (others > 0 ? " and " + others + " other page" + (others == 1 ? "" : "s") : "")
                + ")";
    }

    /** {@code $n}: group n as written; {@code %n}: group n through {@link #WORDS}; anything else as it is. */
    private static String expand(String template, Matcher matcher) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            char next = i + 1 < template.length() ? template.charAt(i + 1) : ' ';
            if ((c == '$' || c == '%') && next >= '1' && next <= '9') {
                String group = matcher.group(next - '0');
                String value = group == null ? "" : group;
                out.append(c == '%' ? WORDS.getOrDefault(value, value) : value);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The number of catalog entries (for tests). */
    static int size() {
        return VIETNAMESE.size();
    }

    /** The position in the catalog of the entry that translates {@code message}, or -1 (for tests). */
    static int entryFor(String message) {
        for (int i = 0; i < VIETNAMESE.size(); i++) {
            if (VIETNAMESE.get(i).english().matcher(message).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The English pattern of entry {@code index} (for tests). */
    static String pattern(int index) {
        return VIETNAMESE.get(index).english().pattern();
    }
}
