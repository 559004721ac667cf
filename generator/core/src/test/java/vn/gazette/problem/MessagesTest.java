package vn.gazette.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gazette.BuildResult;
import vn.gazette.MiniSite;
import vn.gazette.config.ProvinceVocabulary;

/**
 * The Vietnamese wording of every message that had one before the catalogs were keyed: each pair of a real English
 * message (copied from the tests that check it, or built as the code builds it) and the exact Vietnamese it was
 * printed as on a {@code vi} site. The key whose English wording gives the English must give that Vietnamese, with the
 * same arguments; real inputs (provinces.yaml mistakes, a mini-site) must produce both.
 */
class MessagesTest {

    /** English (the reference) → Vietnamese, in the order of the old pattern catalog. */
    private static final String[][] CASES = {
        // source
        {"symbolic link skipped: copy the file into the content folder instead",
            "đã bỏ qua liên kết tượng trưng (symbolic link): hãy chép chính tệp đó vào thư mục nội dung"},
        {"symbolic link skipped: copy the file into the theme",
            "đã bỏ qua liên kết tượng trưng (symbolic link): hãy chép chính tệp đó vào thư mục giao diện"},
        {"'articles/bai.md' and 'articles/Bai.md' differ only in case or accents encoding and would overwrite each "
                + "other: rename one",
            "'articles/bai.md' và 'articles/Bai.md' chỉ khác nhau ở chữ hoa, chữ thường hoặc cách mã hóa dấu nên sẽ "
                + "ghi đè lên nhau: hãy đổi tên một trong hai"},
        {"file is 4194305 bytes; the limit is 4 MiB (4194304 bytes): split it into several articles",
            "tệp có dung lượng 4194305 byte, vượt quá giới hạn 4 MiB (4194304 byte): hãy tách thành nhiều bài viết"},
        {"not valid UTF-8 (byte 0xE0): save the file with the UTF-8 encoding",
            "tệp không được lưu đúng bảng mã UTF-8 (gặp byte 0xE0): hãy lưu lại tệp với bảng mã UTF-8"},

        // YAML syntax
        {"YAML type tags such as !!javax.script.ScriptEngineManager are not allowed: write the plain value",
            "không được dùng nhãn kiểu dữ liệu của YAML như !!javax.script.ScriptEngineManager: hãy viết giá trị bình "
                + "thường"},
        {"anchors and aliases (& and *) are not allowed here: write the value out in full",
            "không được dùng neo và bí danh của YAML (& và *) ở đây: hãy viết đầy đủ giá trị"},
        {"YAML is nested more than 12 levels deep: put fewer lists and blocks inside each other",
            "YAML lồng nhau quá 12 tầng: hãy bớt các danh sách và khối lồng vào nhau"},
        {"YAML is nested too deeply: put fewer lists and blocks inside each other",
            "YAML lồng nhau quá sâu: hãy bớt các danh sách và khối lồng vào nhau"},
        {"duplicate key 'title' (first written on line 2): keep only one",
            "trường 'title' bị viết hai lần (lần đầu ở dòng 2): chỉ giữ lại một"},
        {"a key must be a plain name, not a list",
            "tên trường phải là một tên bình thường, không được là một danh sách"},
        {"not valid YAML: mapping values are not allowed here (a value that contains ': ' must be put in quotes)",
            "YAML không hợp lệ: giá trị có chứa ': ' phải được đặt trong dấu ngoặc kép"},
        {"not valid YAML: found character '\\t(TAB)' that cannot start any token (indent with spaces, not tabs)",
            "YAML không hợp lệ: hãy thụt lề bằng dấu cách, không dùng phím Tab"},
        {"not valid YAML: found unexpected end of stream (a closing quote is missing)",
            "YAML không hợp lệ: thiếu dấu nháy đóng (\" hoặc ')"},
        {"not valid YAML: could not find expected ':' (write each line as 'key: value')",
            "YAML không hợp lệ: thiếu dấu ':' (hãy viết mỗi dòng theo dạng 'tên: giá trị')"},
        {"not valid YAML: expected ',' or ']', but got : (a closing ] is missing)",
            "YAML không hợp lệ: thiếu dấu ] đóng"},
        {"not valid YAML: expected ',' or '}', but got : (a closing } is missing)",
            "YAML không hợp lệ: thiếu dấu } đóng"},
        {"not valid YAML: expected <block end>, but found '<scalar>' (nothing may follow a closing quote or bracket: "
                + "put the whole value in quotes, and write '' for a ' inside '...')",
            "YAML không hợp lệ: sau dấu nháy hoặc dấu ngoặc đóng không được viết thêm gì (hãy đặt cả giá trị trong "
                + "dấu ngoặc kép, và trong '...' thì viết '' thay cho một dấu ')"},
        {"not valid YAML: expected <block end>, but found '<block mapping start>' (this line is indented differently "
                + "from the lines above: line it up with the other keys of its block)",
            "YAML không hợp lệ: dòng này thụt lề khác với các dòng phía trên (hãy thụt lề cho thẳng hàng với các "
                + "trường khác trong cùng khối)"},
        {"not valid YAML: found unknown escape character q(113) (inside \"...\" write a backslash as \\\\, or put the "
                + "value in '...' instead)",
            "YAML không hợp lệ: dấu gạch chéo ngược không hợp lệ (trong \"...\" hãy viết \\\\ cho một dấu gạch chéo "
                + "ngược, hoặc đặt giá trị trong '...')"},
        {"not valid YAML: found a second document (remove this '---' line)",
            "YAML không hợp lệ: dòng '---' này mở đầu một phần thứ hai (hãy xóa dòng này)"},
        {"not valid YAML: found character '@' that cannot start any token (a value that starts with @ must be put in "
                + "quotes)",
            "YAML không hợp lệ: giá trị bắt đầu bằng ký tự @ phải được đặt trong dấu ngoặc kép"},
        {"not valid YAML: expected <block end>, but found '?'",
            "YAML không hợp lệ: expected <block end>, but found '?'"},

        // values of any YAML file
        {"'title' is missing: write the article's headline, e.g. title: \"Hội nghị tập huấn ...\"",
            "thiếu 'title': hãy viết tiêu đề bài viết, ví dụ title: \"Hội nghị tập huấn ...\""},
        {"'date' is missing: write the publication date, e.g. date: 2023-09-22",
            "thiếu 'date': hãy viết ngày đăng bài, ví dụ date: 2023-09-22"},
        {"'conference.start' is missing: write the first day of the event, e.g. start: 2023-09-22",
            "thiếu 'conference.start': hãy viết ngày đầu tiên của sự kiện, ví dụ start: 2023-09-22"},
        {"'baseUrl' is missing: write the address the site is published at, e.g. baseUrl: https://example.gov.vn/",
            "thiếu 'baseUrl': hãy viết địa chỉ của trang web, ví dụ baseUrl: https://example.gov.vn/"},
        {"'name' is missing: write the province's name, e.g. name: Lạng Sơn",
            "thiếu 'name': hãy viết tên tỉnh, ví dụ name: Lạng Sơn"},
        {"'title' is empty: write the site's name, e.g. title: \"Lưu trữ tin tỉnh Lạng Sơn\"",
            "'title' đang để trống: hãy viết tên trang web, ví dụ title: \"Lưu trữ tin tỉnh Lạng Sơn\""},
        {"'conference.kind' is missing: write one of training, workshop, survey, other",
            "thiếu 'conference.kind': hãy viết một trong các giá trị training, workshop, survey, other"},
        {"'conference.kind' is empty: write one of training, workshop, survey, other",
            "'conference.kind' đang để trống: hãy viết một trong các giá trị training, workshop, survey, other"},
        {"'title' must be a single value, not a list",
            "'title' chỉ được có một giá trị, không được là một danh sách"},
        {"'author' must be a single value, not a mapping (key: value lines)",
            "'author' chỉ được có một giá trị, không được là một khối các dòng tên: giá trị"},
        {"'taxonomies.linh-vuc.title.vi' must be a single value",
            "'taxonomies.linh-vuc.title.vi' chỉ được có một giá trị"},
        {"'tags' must be a list: write tags: [tập huấn]",
            "'tags' phải là một danh sách: hãy viết tags: [tập huấn]"},
        {"each item of 'tags' must be a single value, not an empty one",
            "mỗi mục của 'tags' phải có một giá trị, không được để trống"},
        {"each item of 'tags' must be a single value, not a list",
            "mỗi mục của 'tags' phải là một giá trị đơn, không được là một danh sách"},
        {"'conference.kind' must be one of training, workshop, survey, other, not 'trainning': did you mean "
                + "'training'?",
            "'conference.kind' phải là một trong các giá trị training, workshop, survey, other, không phải "
                + "'trainning': có phải ý bạn là 'training'?"},
        {"'conference.format' must be one of in-person, online, hybrid, not 'trực tuyến'",
            "'conference.format' phải là một trong các giá trị in-person, online, hybrid, không phải 'trực tuyến'"},
        {"'draft' must be true or false, not 'yes'",
            "'draft' phải là true hoặc false, không phải 'yes'"},
        {"'pageSize' must be a whole number, not 'mười' (write e.g. 10)",
            "'pageSize' phải là một số nguyên, không phải 'mười' (ví dụ: 10)"},
        {"'conference.participants' must be a whole number, not 'trên 130' (write the number alone: 130)",
            "'conference.participants' phải là một số nguyên, không phải 'trên 130' (chỉ viết con số: 130)"},
        {"'conference.participants' must be a whole number, not '12.5' (write a whole number such as 130)",
            "'conference.participants' phải là một số nguyên, không phải '12.5' (hãy viết một số nguyên, ví dụ 130)"},
        {"'pageSize' must be between 1 and 1000, not 0",
            "'pageSize' phải nằm trong khoảng từ 1 đến 1000, không phải 0"},
        {"'conference.participants' must be zero or more, not -5",
            "'conference.participants' phải từ 0 trở lên, không phải -5"},
        {"'conference.sites' must be at least 1, not 0",
            "'conference.sites' phải ít nhất là 1, không phải 0"},
        {"'conference' must be a mapping (key: value lines), not a single value",
            "'conference' phải là một khối các dòng tên: giá trị, không được là một giá trị đơn"},

        // dates
        {"'date' is not a date: \"28/10/2020\" (write 2020-10-28: year-month-day)",
            "'date' không phải là ngày: \"28/10/2020\" (hãy viết 2020-10-28, theo thứ tự năm-tháng-ngày)"},
        {"'date' is not a date: \"hôm qua\" (write it like 2023-09-22, or 2023-09-22T09:30 with a time)",
            "'date' không phải là ngày: \"hôm qua\" (hãy viết như 2023-09-22, hoặc 2023-09-22T09:30 nếu có giờ)"},
        {"'conference.start' is not a date: \"tháng 9\" (write it like 2023-09-22)",
            "'conference.start' không phải là ngày: \"tháng 9\" (hãy viết như 2023-09-22)"},
        {"'until' is not a date: \"30/6/2025\" (write it like 2025-06-30)",
            "'until' không phải là ngày: \"30/6/2025\" (hãy viết như 2025-06-30)"},
        {"'date' is not a real date or time: \"2023-02-30\" (check the day of the month and the hour)",
            "'date' không phải là ngày giờ có thật: \"2023-02-30\" (hãy kiểm tra lại ngày trong tháng và giờ)"},
        {"'conference.start' is a day without a time of day: write 2023-09-22",
            "'conference.start' chỉ ghi ngày, không ghi giờ: hãy viết 2023-09-22"},

        // front matter
        {"no front matter: start the file with a line '---', then 'title:' and 'date:' lines, then '---'",
            "bài viết chưa có phần thông tin đầu bài (front matter): hãy bắt đầu tệp bằng một dòng '---', tiếp theo "
                + "là các dòng 'title:' và 'date:', rồi một dòng '---'"},
        {"the front matter is not closed: add a line '---' after the last front-matter line",
            "phần thông tin đầu bài (front matter) chưa được đóng lại: hãy thêm một dòng '---' sau dòng cuối cùng của "
                + "phần này"},
        {"front matter is longer than 64 KiB: move long text into the article body",
            "phần thông tin đầu bài (front matter) dài quá 64 KiB: hãy chuyển phần chữ dài xuống thân bài"},
        {"front matter must be key: value lines, starting with 'title:' and 'date:'",
            "phần thông tin đầu bài (front matter) phải gồm các dòng dạng tên: giá trị, bắt đầu bằng 'title:' và "
                + "'date:'"},
        {"unknown front-matter key 'titel': did you mean 'title'? (put extra fields for the theme under 'params:')",
            "phần thông tin đầu bài không có trường 'titel': có phải ý bạn là 'title'? (các trường riêng cho giao "
                + "diện hãy đặt dưới 'params:')"},
        {"unknown front-matter key 'nguon_anh' (put extra fields for the theme under 'params:')",
            "phần thông tin đầu bài không có trường 'nguon_anh' (các trường riêng cho giao diện hãy đặt dưới "
                + "'params:')"},
        {"'lastmod' and 'updated' mean the same: keep only one",
            "'lastmod' và 'updated' có cùng ý nghĩa: chỉ giữ lại một trong hai"},
        {"'slug' may only hold a-z, 0-9 and single hyphens (at most 80 characters): 'Tập huấn Đồng Đăng 2023' "
                + "(write tap-huan-dong-dang-2023)",
            "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn (tối đa 80 ký tự): 'Tập huấn Đồng Đăng 2023' "
                + "(hãy viết tap-huan-dong-dang-2023)"},
        {"'slug' may only hold a-z, 0-9 and single hyphens (at most 80 characters): '--'",
            "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn (tối đa 80 ký tự): '--'"},

        // the conference block
        {"unknown key 'conference.organiser': did you mean 'organizer'?",
            "khối hội nghị không có trường 'conference.organiser': có phải ý bạn là 'organizer'?"},
        {"unknown key 'conference.ghi-chu': write one of kind, start, end, organizer, partners, locations, format, "
                + "sites, participants, speakers, topics",
            "khối hội nghị không có trường 'conference.ghi-chu': hãy dùng một trong các trường kind, start, end, "
                + "organizer, partners, locations, format, sites, participants, speakers, topics"},
        {"'conference.end' (2023-09-20) is before 'conference.start' (2023-09-22): the end is the last day of the "
                + "event",
            "'conference.end' (2023-09-20) sớm hơn 'conference.start' (2023-09-22): 'end' là ngày cuối cùng của sự "
                + "kiện"},
        {"'conference.sites' counts connected sites (điểm cầu) of an online or hybrid event: set format: online or "
                + "format: hybrid, or remove 'sites'",
            "'conference.sites' là số điểm cầu của hội nghị trực tuyến hoặc kết hợp: hãy ghi format: online hoặc "
                + "format: hybrid, hoặc bỏ 'sites'"},
        {"'conference.start' (2023-06-01) is 113 days from the article's date (2023-09-22): check both dates",
            "'conference.start' (2023-06-01) cách ngày đăng bài (2023-09-22) 113 ngày: hãy kiểm tra lại cả hai ngày"},
        {"'conference.speakers' must be a list of '- name: ...' entries with an optional 'role:'",
            "'conference.speakers' phải là danh sách báo cáo viên, mỗi người một mục '- name: ...', có thể thêm "
                + "'role:'"},
        {"each speaker needs a name: write '- name: Nguyễn Văn A'",
            "mỗi báo cáo viên cần có tên: hãy viết '- name: Nguyễn Văn A'"},
        {"unknown key 'rol' in a speaker: did you mean 'role'? (a speaker has 'name' and 'role')",
            "báo cáo viên không có trường 'rol': có phải ý bạn là 'role'? (mỗi báo cáo viên có 'name' và 'role')"},
        {"unknown key 'chuc-vu' in a speaker (a speaker has 'name' and 'role')",
            "báo cáo viên không có trường 'chuc-vu' (mỗi báo cáo viên có 'name' và 'role')"},
        {"a speaker without a name: add 'name:' to this entry",
            "báo cáo viên chưa có tên: hãy thêm 'name:' vào mục này"},

        // site.yaml
        {"site.yaml is missing: create it with at least 'title:' and 'baseUrl:' lines",
            "chưa có tệp site.yaml: hãy tạo tệp này với ít nhất hai dòng 'title:' và 'baseUrl:'"},
        {"site.yaml is empty: write at least 'title: Tên trang' and 'baseUrl: https://example.gov.vn/'",
            "site.yaml đang trống: hãy viết ít nhất 'title: Tên trang' và 'baseUrl: https://example.gov.vn/'"},
        {"site.yaml must be key: value lines, not a list",
            "site.yaml phải gồm các dòng dạng tên: giá trị, không được là một danh sách"},
        {"unknown setting 'pagesize': did you mean 'pageSize'? (it is ignored)",
            "không có mục cài đặt 'pagesize': có phải ý bạn là 'pageSize'? (mục này bị bỏ qua)"},
        {"unknown setting 'theme' (it is ignored)",
            "không có mục cài đặt 'theme' (mục này bị bỏ qua)"},
        {"'conferenceKinds' may only list training, workshop, survey, other, not 'worksop': did you mean 'workshop'?",
            "'conferenceKinds' chỉ được liệt kê training, workshop, survey, other, không được có 'worksop': có phải ý "
                + "bạn là 'workshop'?"},
        {"'conferenceKinds' may only list training, workshop, survey, other, not 'meeting'",
            "'conferenceKinds' chỉ được liệt kê training, workshop, survey, other, không được có 'meeting'"},
        {"'segments.archive' must differ from 'segments.page' ('trang')",
            "'segments.archive' phải khác 'segments.page' ('trang')"},
        {"'segments.conferences' must differ from 'segments.page' and 'segments.archive'",
            "'segments.conferences' phải khác 'segments.page' và 'segments.archive'"},
        {"'segments.page' must be a URL segment of a-z, 0-9 and hyphens, not only digits: 'Trang số' (write trang-so)",
            "'segments.page' phải là một đoạn địa chỉ (URL) gồm chữ a-z, số 0-9 và dấu gạch nối, không được chỉ có "
                + "số: 'Trang số' (hãy viết trang-so)"},
        {"'segments.page' must be a URL segment of a-z, 0-9 and hyphens, not only digits: '2023'",
            "'segments.page' phải là một đoạn địa chỉ (URL) gồm chữ a-z, số 0-9 và dấu gạch nối, không được chỉ có "
                + "số: '2023'"},
        {"'title' is a front-matter field of its own and cannot be a taxonomy: choose another name",
            "'title' đã là một trường của phần thông tin đầu bài nên không dùng làm nhóm phân loại được: hãy chọn tên "
                + "khác"},
        {"'taxonomies.linh-vuc' must be a mapping with 'segment:' and 'title:'",
            "'taxonomies.linh-vuc' phải là một khối có 'segment:' và 'title:'"},
        {"the slug for 'Huệ' may only hold a-z, 0-9 and single hyphens: 'Huệ'",
            "slug của 'Huệ' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn: 'Huệ'"},
        {"'segments.page' is 'the', the URL segment of taxonomies.tags (built in): choose another",
            "'segments.page' đang là 'the', trùng với đoạn địa chỉ (URL) của taxonomies.tags (có sẵn): hãy chọn đoạn "
                + "khác"},
        {"the URL segment 'the' is already used by taxonomies.tags (built in): choose another 'segment:'",
            "đoạn địa chỉ (URL) 'the' đã được taxonomies.tags (có sẵn) dùng: hãy chọn 'segment:' khác"},
        {"the URL segment 'chu-de' is already used by taxonomies.linh-vuc: choose another 'segment:'",
            "đoạn địa chỉ (URL) 'chu-de' đã được taxonomies.linh-vuc dùng: hãy chọn 'segment:' khác"},
        {"unknown time zone 'Hanoi': write a zone name such as Asia/Ho_Chi_Minh",
            "không có múi giờ 'Hanoi': hãy viết tên múi giờ, ví dụ Asia/Ho_Chi_Minh"},
        {"the base URL given to the build ('preview.example') is not an absolute http(s) URL: write it like "
                + "https://example.gov.vn/",
            "địa chỉ gốc (base URL) đưa vào lệnh tạo trang ('preview.example') không phải là địa chỉ http(s) đầy đủ: "
                + "hãy viết như https://example.gov.vn/"},
        {"'baseUrl' is not an absolute http(s) URL: 'example.gov.vn' (write it like https://example.gov.vn/)",
            "'baseUrl' không phải là địa chỉ http(s) đầy đủ: 'example.gov.vn' (hãy viết như https://example.gov.vn/)"},

        // provinces.yaml
        {"provinces.yaml must hold 'provinces:' followed by a list of '- name: ...' entries",
            "provinces.yaml phải có dòng 'provinces:' rồi đến danh sách các mục '- name: ...'"},
        {"each province is a '- name: ...' entry with slug, kind and aliases",
            "mỗi tỉnh là một mục '- name: ...' kèm slug, kind và aliases"},
        {"'mergedInto: Tuyen Quang' names no province of this file: did you mean 'Tuyên Quang'?",
            "'mergedInto: Tuyen Quang' không phải là tỉnh nào trong tệp này: có phải ý bạn là 'Tuyên Quang'?"},
        {"'mergedInto: Hà Nội' names no province of this file: write the name of one of its provinces",
            "'mergedInto: Hà Nội' không phải là tỉnh nào trong tệp này: hãy viết tên một tỉnh có trong tệp"},
        {"'mergedInto: Hà Giang' names a province that was itself merged: name the province it belongs to today",
            "'mergedInto: Hà Giang' là một tỉnh cũng đã được sáp nhập: hãy ghi tỉnh mà nó thuộc về hiện nay"},
        {"'mergedInto' and 'until' go together: a merged province needs both its new province and its last day",
            "'mergedInto' và 'until' phải đi cùng nhau: tỉnh đã sáp nhập cần ghi cả tỉnh mới lẫn ngày cuối cùng của "
                + "nó"},
        {"the slug is already used on line 2: each must be unique",
            "slug này đã được dùng ở dòng 2: mỗi slug phải khác nhau"},
        {"the name or alias 'tỉnh Lạng Sơn' is already used on line 3: each must be unique",
            "tên hoặc tên gọi khác 'tỉnh Lạng Sơn' đã được dùng ở dòng 3: mỗi tên phải khác nhau"},
        {"'slug' may only hold a-z, 0-9 and single hyphens: 'Lạng Sơn' (write lang-son)",
            "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn: 'Lạng Sơn' (hãy viết lang-son)"},
        {"'slug' may only hold a-z, 0-9 and single hyphens: '!!!'",
            "'slug' chỉ được gồm chữ a-z, số 0-9 và dấu gạch nối đơn: '!!!'"},
        {"unknown key 'nmae': did you mean 'name'?",
            "không có trường 'nmae': có phải ý bạn là 'name'?"},
        {"unknown key 'dan-so': write one of name, slug, kind, aliases, mergedInto, until",
            "không có trường 'dan-so': hãy dùng một trong các trường name, slug, kind, aliases, mergedInto, until"},

        // tags, provinces and other taxonomies
        {"unknown province 'Lạng Sơm': did you mean 'Lạng Sơn'? (the names are listed in provinces.yaml)",
            "không có tỉnh 'Lạng Sơm': có phải ý bạn là 'Lạng Sơn'? (tên các tỉnh được liệt kê trong provinces.yaml)"},
        {"unknown province 'Sài Gòn' (the names are listed in provinces.yaml)",
            "không có tỉnh 'Sài Gòn' (tên các tỉnh được liệt kê trong provinces.yaml)"},
        {"'Hà Giang' was merged into 'Tuyên Quang' on 2025-07-01: an article dated 2025-08-01 should name 'Tuyên "
                + "Quang'",
            "'Hà Giang' đã được sáp nhập vào 'Tuyên Quang' từ ngày 2025-07-01: bài viết đăng ngày 2025-08-01 nên ghi "
                + "'Tuyên Quang'"},
        {"the tag '!!!' has no letters or digits to make a URL from: write it with letters",
            "thẻ '!!!' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy viết bằng chữ"},
        {"the linh-vuc value '???' has no letters or digits to make a URL from: write it with letters",
            "giá trị linh-vuc '???' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy viết bằng chữ"},
        {"the tag 'Huệ' and the tag 'Huế' of articles/a.md would both be published at /the/hue/: give one its own "
                + "slug under taxonomies.tags.slugs in site.yaml (e.g. \"Huệ\": hue-2)",
            "thẻ 'Huệ' và thẻ 'Huế' của articles/a.md sẽ cùng được đăng ở địa chỉ /the/hue/: hãy đặt slug riêng cho "
                + "một trong hai tại taxonomies.tags.slugs trong site.yaml (ví dụ \"Huệ\": hue-2)"},
        {"the linh-vuc value 'Kinh tế' and the linh-vuc value 'kinh-te' of articles/a.md would both be published at "
                + "/linh-vuc/kinh-te/: give one its own slug under taxonomies.linh-vuc.slugs in site.yaml (e.g. "
                + "\"Kinh tế\": kinh-te-2)",
            "giá trị linh-vuc 'Kinh tế' và giá trị linh-vuc 'kinh-te' của articles/a.md sẽ cùng được đăng ở địa chỉ "
                + "/linh-vuc/kinh-te/: hãy đặt slug riêng cho một trong hai tại taxonomies.linh-vuc.slugs trong "
                + "site.yaml (ví dụ \"Kinh tế\": kinh-te-2)"},

        // addresses of articles and files
        {"this article and articles/2023/hoi-nghi.md would both be published at /articles/2023/hoi-nghi/: give one "
                + "of them another 'slug:'",
            "bài viết này và articles/2023/hoi-nghi.md sẽ cùng được đăng ở địa chỉ /articles/2023/hoi-nghi/: hãy đặt "
                + "'slug:' khác cho một trong hai bài"},
        {"/the/ is also the address of a list page (tags, provinces, archives or page numbers): move the file or "
                + "give it another 'slug:'",
            "/the/ cũng là địa chỉ của một trang danh sách (thẻ, tỉnh, lưu trữ hoặc trang đánh số): hãy chuyển tệp "
                + "sang chỗ khác hoặc đặt 'slug:' khác"},
        {"this file would overwrite the page of an article (articles/2023/tap-huan/index.html): rename it",
            "tệp này sẽ ghi đè lên trang của một bài viết (articles/2023/tap-huan/index.html): hãy đổi tên tệp"},
        {"this file would overwrite robots.txt, which Gazette writes itself: rename or move it",
            "tệp này sẽ ghi đè lên robots.txt, là tệp Gazette tự tạo ra: hãy đổi tên tệp hoặc chuyển sang chỗ khác"},
        {"this file and articles/2023/hoi-nghi/anh-1.jpg would both be published as articles/2023/tap-huan/anh-1.jpg: "
                + "rename one",
            "tệp này và articles/2023/hoi-nghi/anh-1.jpg sẽ cùng được đăng thành articles/2023/tap-huan/anh-1.jpg: "
                + "hãy đổi tên một trong hai tệp"},
        {"this file would replace the theme's css/gazette.css: to replace a theme file, put it under _theme/static/ "
                + "instead",
            "tệp này sẽ thay thế tệp css/gazette.css của giao diện: muốn thay tệp của giao diện thì hãy đặt tệp dưới "
                + "_theme/static/"},
        {"the folder name '!!!' has no letters or digits to make a URL from: rename the folder",
            "tên thư mục '!!!' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy đổi tên thư mục"},
        {"the file name '___.md' has no letters or digits to make a URL from: rename the file or add a 'slug:' line",
            "tên tệp '___.md' không có chữ cái hoặc chữ số nào để tạo địa chỉ (URL): hãy đổi tên tệp hoặc thêm dòng "
                + "'slug:'"},
        {"'/trang/' is reserved for the pages of the home list: choose another slug",
            "'/trang/' được dành cho các trang của danh sách bài trên trang chủ: hãy chọn slug khác"},

        // Markdown bodies
        {"the file changed while the site was being built: build again",
            "tệp đã thay đổi trong lúc đang tạo trang: hãy tạo trang lại"},
        {"the Markdown took more than 10 s to convert and was given up: look for long runs of backslash escapes (\\) "
                + "or brackets and simplify them",
            "phần Markdown mất hơn 10 giây để chuyển đổi nên đã bị bỏ qua: hãy tìm những chuỗi dài dấu gạch chéo "
                + "ngược (\\) hoặc dấu ngoặc và viết lại cho đơn giản"},
        {"the Markdown is nested too deeply to convert (lists, quotes or emphasis inside each other hundreds of "
                + "times): flatten it",
            "phần Markdown lồng nhau quá sâu nên không chuyển đổi được (danh sách, trích dẫn hoặc chữ nhấn mạnh lồng "
                + "vào nhau hàng trăm lần): hãy bớt các tầng lồng nhau"},

        // themes and templates
        {"not a theme folder (no theme.yaml): give the folder that holds theme.yaml, templates/ and static/",
            "đây không phải thư mục giao diện (không có theme.yaml): hãy chỉ đến thư mục chứa theme.yaml, templates/ "
                + "và static/"},
        {"the theme has no UI strings for language 'vi': add i18n/vi.properties or set another language in site.yaml",
            "giao diện chưa có chữ hiển thị cho ngôn ngữ 'vi': hãy thêm i18n/vi.properties hoặc chọn ngôn ngữ khác "
                + "trong site.yaml"},
        {"the theme has no template 'list.ftlh': add templates/list.ftlh",
            "giao diện không có mẫu trang (template) 'list.ftlh': hãy thêm templates/list.ftlh"},
        {"template syntax: Unclosed comment; the end of the file was reached",
            "lỗi cú pháp trong mẫu trang (template): Unclosed comment; the end of the file was reached"},
        {"The following has evaluated to null or missing: ==> article.subtitle (write ${x!} or <#if x??> where a "
                + "value may be missing)",
            "giá trị sau không có (null hoặc bị thiếu): ==> article.subtitle (ở chỗ giá trị có thể không có, hãy viết "
                + "${x!} hoặc <#if x??>)"},
        {"The name \"tieude\" is undefined. (write ${x!} or <#if x??> where a value may be missing)",
            "The name \"tieude\" is undefined. (ở chỗ giá trị có thể không có, hãy viết ${x!} hoặc <#if x??>)"},
        {"the page grew past 8 MiB: the template is probably looping",
            "trang dài quá 8 MiB: có lẽ mẫu trang bị lặp không dừng"},
        {"cannot read the template: article.ftlh (Permission denied)",
            "không đọc được mẫu trang: article.ftlh (Permission denied)"},
        {"template refused: Instantiating freemarker.template.utility.Execute is not allowed",
            "mẫu trang bị từ chối: Instantiating freemarker.template.utility.Execute is not allowed"},
    };

    @TempDir
    Path dir;

    /** The fixed phrases messages are built from (kinds of YAML value, hints, taxonomy labels...), never a whole one. */
    private static final Pattern PHRASES = Pattern.compile(
            "config\\.yaml\\.kind\\..*|.*\\.hint\\..*|site\\.term\\.(tag|province|value)|site\\.left-out\\..*"
                    + "|transform\\.noun\\..*");

    static Stream<Arguments> cases() {
        return Stream.of(CASES).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theKeyThatWordsTheEnglishWordsTheVietnameseAsBefore(String english, String vietnamese) {
        Message message = keyed(english).orElseThrow(() -> new AssertionError("no key words " + english));
        assertThat(message.text("en")).isEqualTo(english);
        assertThat(message.text("vi")).isEqualTo(vietnamese);
    }

    @Test
    void valuesAreCopiedAsWrittenEvenWithBracesDollarsAndBackslashes() {
        assertThat(Message.of("config.field.not-boolean", "draft", "$1 \\d %2 {0}").text("vi"))
                .isEqualTo("'draft' phải là true hoặc false, không phải '$1 \\d %2 {0}'");
    }

    @Test
    void theNoteOfATemplateProblemIsInTheSitesLanguageToo() {
        Path base = dir.toAbsolutePath();
        Problem problem = Problem.error(SourcePosition.of(base.resolve("themes/default/templates/article.ftlh"), 2, 6),
                "render", Message.of("render.template.too-large", 8));
        Path page = base.resolve("content/articles/a.md");
        assertThat(problem.onPage(page, 3).format(base, "vi")).isEqualTo("themes/default/templates/article.ftlh:2:6: "
                + "error: trang dài quá 8 MiB: có lẽ mẫu trang bị lặp không dừng (khi tạo trang từ content/articles/a.md "
                + "và 3 trang khác)");
        assertThat(problem.onPage(page, 0).format(base, "vi")).endsWith("(khi tạo trang từ content/articles/a.md)");
        assertThat(problem.onPage(page, 1).format(base, "en")).isEqualTo("themes/default/templates/article.ftlh:2:6: "
                + "error: the page grew past 8 MiB: the template is probably looping (rendering content/articles/a.md "
                + "and 1 other page)");
        assertThat(problem.onPage(page, 2).format(base)).endsWith("(rendering content/articles/a.md and 2 other pages)");
    }

    /**
     * The message whose English wording is exactly {@code english}: the most specific key that fits (the one with the
     * most fixed words), its arguments read back from the text; an argument that is one of the {@link #PHRASES} becomes
     * that phrase's message, as the code passes it.
     */
    static Optional<Message> keyed(String english) {
        return keyed(english, false);
    }

    private static Optional<Message> keyed(String english, boolean phrase) {
        Catalog catalog = Catalog.of("en");
        Message best = null;
        int bestFixed = -1;
        for (String key : catalog.keys()) {
            if (PHRASES.matcher(key).matches() != phrase) {
                continue;
            }
            String wording = catalog.wording(key);
            Matcher matcher = pattern(wording).matcher(english);
            if (!matcher.matches()) {
                continue;
            }
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < 10 && wording.contains("{" + i + "}"); i++) {
                String value = matcher.group("a" + i);
                args.add(phrase ? value : keyed(value, true).map(Object.class::cast).orElse(value));
            }
            Message candidate = new Message(key, args);
            int fixed = wording.replaceAll("\\{\\d\\}", "").length();
            if (candidate.text("en").equals(english) && fixed > bestFixed) {
                best = candidate;
                bestFixed = fixed;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The wording as a regular expression: fixed words as written, {@code {n}} a group (a back-reference again). */
    private static Pattern pattern(String wording) {
        StringBuilder regex = new StringBuilder();
        Set<Integer> seen = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\{(\\d)\\}").matcher(wording);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(wording.substring(last, placeholder.start())));
            int n = Integer.parseInt(placeholder.group(1));
            regex.append(seen.add(n) ? "(?<a" + n + ">.*)" : "\\k<a" + n + ">");
            last = placeholder.end();
        }
        regex.append(Pattern.quote(wording.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Province files with one mistake each, and the one English message each gives: the cases come from here. */
    static Stream<Arguments> provinceMistakes() {
        String tuyenQuang = "  - name: Tuyên Quang\n";
        return Stream.of(
                Arguments.of("tinh: []\n",
                        "provinces.yaml must hold 'provinces:' followed by a list of '- name: ...' entries"),
                Arguments.of("provinces:\n  - Lạng Sơn\n",
                        "each province is a '- name: ...' entry with slug, kind and aliases"),
                Arguments.of("provinces:\n  - slug: lang-son\n",
                        "'name' is missing: write the province's name, e.g. name: Lạng Sơn"),
                Arguments.of("provinces:\n  - name: Hà Giang\n    mergedInto: Tuyen Quang\n    until: 2025-06-30\n"
                        + tuyenQuang, "'mergedInto: Tuyen Quang' names no province of this file: did you mean "
                        + "'Tuyên Quang'?"),
                Arguments.of("provinces:\n  - name: Hà Giang\n    mergedInto: Hà Nội\n    until: 2025-06-30\n"
                        + tuyenQuang, "'mergedInto: Hà Nội' names no province of this file: write the name of one "
                        + "of its provinces"),
                Arguments.of("provinces:\n  - name: Vị Xuyên\n    mergedInto: Hà Giang\n    until: 2020-01-31\n"
                        + "  - name: Hà Giang\n    mergedInto: Tuyên Quang\n    until: 2025-06-30\n" + tuyenQuang,
                        "'mergedInto: Hà Giang' names a province that was itself merged: name the province it belongs "
                                + "to today"),
                Arguments.of("provinces:\n  - name: Hà Giang\n    mergedInto: Tuyên Quang\n" + tuyenQuang,
                        "'mergedInto' and 'until' go together: a merged province needs both its new province and its "
                                + "last day"),
                Arguments.of("provinces:\n  - name: Hà Giang\n    mergedInto: Tuyên Quang\n    until: 30/6/2025\n"
                        + tuyenQuang, "'until' is not a date: \"30/6/2025\" (write it like 2025-06-30)"),
                Arguments.of("provinces:\n  - name: Lạng Sơn\n    slug: lang-son\n  - name: Lang Son\n    slug: lang-son\n",
                        "the slug is already used on line 3: each must be unique"),
                Arguments.of("provinces:\n  - name: Lạng Sơn\n    aliases: [tỉnh Lạng Sơn]\n  - name: Tỉnh Lạng Sơn\n"
                        + "    slug: tinh-lang-son\n",
                        "the name or alias 'Tỉnh Lạng Sơn' is already used on line 3: each must be unique"),
                Arguments.of("provinces:\n  - name: Lạng Sơn\n    slug: Lạng Sơn\n",
                        "'slug' may only hold a-z, 0-9 and single hyphens: 'Lạng Sơn' (write lang-son)"),
                Arguments.of("provinces:\n  - name: Lạng Sơn\n    slug: '!!!'\n",
                        "'slug' may only hold a-z, 0-9 and single hyphens: '!!!'"),
                Arguments.of("provinces:\n  - name: Lạng Sơn\n    kind: tinh\n",
                        "'kind' must be one of province, city, not 'tinh'"),
                Arguments.of("provinces:\n  - name: Lạng Sơn\n    nmae: x\n",
                        "unknown key 'nmae': did you mean 'name'?"),
                Arguments.of("provinces:\n  - name: Lạng Sơn\n    dan-so: 782811\n",
                        "unknown key 'dan-so': write one of name, slug, kind, aliases, mergedInto, until"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("provinceMistakes")
    void everyMistakeInProvincesYamlIsExplainedInVietnamese(String yaml, String english) {
        Problems problems = new Problems();
        ProvinceVocabulary.load(yaml, dir.resolve("content/provinces.yaml"), problems);
        assertThat(problems.sorted()).extracting(Problem::message).containsExactly(english);
        Message made = problems.sorted().get(0).text();
        assertThat(made.key()).isEqualTo(keyed(english).orElseThrow().key());
        Stream.of(CASES).filter(c -> c[0].equals(english)).findFirst()
                .ifPresent(c -> assertThat(made.text("vi")).isEqualTo(c[1]));
        assertThat(made.text("vi")).isNotEqualTo(english);
    }

    private static final String SITE = """
            -- site.yaml --
            title: Lưu trữ tin tỉnh Lạng Sơn
            baseUrl: https://example.gov.vn/
            language: %s
            pagesize: 20
            -- articles/a.md --
            ---
            title: Hội nghị tập huấn
            date: 28/10/2020
            titel: Tập huấn
            tags: tập huấn
            ---
            Nội dung.
            -- articles/b.md --
            ---
            title: Hội nghị báo cáo viên
            date: 2023-09-22
            conference:
              kind: trainning
              start: 2023-09-22
              participants: trên 130
              ghi-chu: x
            ---
            Nội dung.
            -- articles/c.md --
            # Tin không có phần đầu
            """;

    @Test
    void aVietnameseSitePrintsEveryMistakeInVietnameseAtTheSamePositionsAsTheEnglishReference() {
        MiniSite vi = MiniSite.of(dir.resolve("vi"), SITE.formatted("vi"));
        BuildResult viResult = vi.build();
        assertThat(viResult.language()).isEqualTo("vi");
        assertThat(viResult.messages(vi.root().toAbsolutePath())).containsExactly(
                "content/articles/a.md:3:7: error: 'date' không phải là ngày: \"28/10/2020\" (hãy viết 2020-10-28, theo "
                        + "thứ tự năm-tháng-ngày)",
                "content/articles/a.md:4:1: warning: phần thông tin đầu bài không có trường 'titel': có phải ý bạn là "
                        + "'title'? (các trường riêng cho giao diện hãy đặt dưới 'params:')",
                "content/articles/a.md:5:7: error: 'tags' phải là một danh sách: hãy viết tags: [tập huấn]",
                "content/articles/b.md:5:9: error: 'conference.kind' phải là một trong các giá trị training, workshop, "
                        + "survey, other, không phải 'trainning': có phải ý bạn là 'training'?",
                "content/articles/b.md:7:17: error: 'conference.participants' phải là một số nguyên, không phải "
                        + "'trên 130' (chỉ viết con số: 130)",
                "content/articles/b.md:8:3: error: khối hội nghị không có trường 'conference.ghi-chu': hãy dùng một "
                        + "trong các trường kind, start, end, organizer, partners, locations, format, sites, "
                        + "participants, speakers, topics",
                "content/articles/c.md:1:1: error: bài viết chưa có phần thông tin đầu bài (front matter): hãy bắt đầu "
                        + "tệp bằng một dòng '---', tiếp theo là các dòng 'title:' và 'date:', rồi một dòng '---'",
                "content/site.yaml:4:1: warning: không có mục cài đặt 'pagesize': có phải ý bạn là 'pageSize'? (mục "
                        + "này bị bỏ qua)");

        MiniSite en = MiniSite.of(dir.resolve("en"), SITE.formatted("en"));
        BuildResult enResult = en.build();
        assertThat(enResult.language()).isEqualTo("en");
        List<String> english = enResult.messages(en.root().toAbsolutePath());
        assertThat(english).containsExactly(
                "content/articles/a.md:3:7: error: 'date' is not a date: \"28/10/2020\" (write 2020-10-28: "
                        + "year-month-day)",
                "content/articles/a.md:4:1: warning: unknown front-matter key 'titel': did you mean 'title'? (put "
                        + "extra fields for the theme under 'params:')",
                "content/articles/a.md:5:7: error: 'tags' must be a list: write tags: [tập huấn]",
                "content/articles/b.md:5:9: error: 'conference.kind' must be one of training, workshop, survey, other, "
                        + "not 'trainning': did you mean 'training'?",
                "content/articles/b.md:7:17: error: 'conference.participants' must be a whole number, not 'trên 130' "
                        + "(write the number alone: 130)",
                "content/articles/b.md:8:3: error: unknown key 'conference.ghi-chu': write one of kind, start, end, "
                        + "organizer, partners, locations, format, sites, participants, speakers, topics",
                "content/articles/c.md:1:1: error: no front matter: start the file with a line '---', then 'title:' "
                        + "and 'date:' lines, then '---'",
                "content/site.yaml:4:1: warning: unknown setting 'pagesize': did you mean 'pageSize'? (it is ignored)");
        assertThat(english).isEqualTo(en.messages(enResult));
        assertThat(positions(viResult.messages(vi.root().toAbsolutePath()))).isEqualTo(positions(english));
    }

    /** {@code content/articles/a.md:3:7: error} of each line: what the language must not change. */
    private static List<String> positions(List<String> lines) {
        List<String> positions = new ArrayList<>();
        for (String line : lines) {
            int severity = line.indexOf(": error: ") >= 0 ? line.indexOf(": error: ") : line.indexOf(": warning: ");
            positions.add(line.substring(0, line.indexOf(':', severity + 2)));
        }
        return positions;
    }
}
