package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gazette.source.PublishingRule;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defects 1 and 2: only {@code .md} files were articles and every other file of the content folder was
 * copied to the site, so a draft saved as {@code .markdown}, an editor's backup {@code bai.md~}, notes, office
 * documents, swap and lock files were published with their full text.
 */
class PublishingRuleTest {

    private static final String SITE = "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n";
    private static final String SECRET = "Bí mật chưa đăng";

    @TempDir
    Path dir;

    private static String article(String title, String extra) {
        return "---\ntitle: \"" + title + "\"\ndate: 2023-09-22\n" + extra + "---\n" + SECRET + " — " + title + ".\n";
    }

    /** Every published file that holds the unpublished text. */
    private List<String> leaks(MiniSite site) throws IOException {
        return site.outputFiles().stream().filter(path -> {
            try {
                return new String(Files.readAllBytes(site.output().resolve(path)), StandardCharsets.UTF_8)
                        .contains(SECRET);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void everyKindOfBackupSwapAndLockNameIsKnownInAnyCaseAndNoOtherName() {
        assertThat(List.of("bai.md~", "~", "~$bai.docx", "~$", "#bai.md#", "##", ".bai.md.swp", "a.SWO", "a.swx",
                "a.swn", "a.Bak", "a.tmp", "a.TEMP", "a.orig", "a.rej", "a.part", "a.crdownload", "a.lck", "Thumbs.db",
                "ehthumbs.db", "desktop.INI", "Icon\r"))
                .allSatisfy(name -> assertThat(PublishingRule.isBackupOrLock(name)).as(name).isTrue());
        assertThat(List.of("bai.md", "#bai.md", "bai#.md", "~bai.md", "a~b", "a.swpx", "a.db", "a.ini", "thumbs.dbx",
                "xthumbs.db", "desktop.ini.md", "Icon", "icon\rx", "a.bak.md", "", "ảnh.jpg"))
                .allSatisfy(name -> assertThat(PublishingRule.isBackupOrLock(name)).as(name).isFalse());
    }

    @Test
    void aDraftSavedAsMarkdownAndAnEditorsBackupAreNotPublished() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE
                + "-- articles/2023/nhap.markdown --\n" + article("Bản nháp", "draft: true\n")
                + "-- articles/2023/bai.md~ --\n" + article("Bản sao lưu", "draft: true\n")
                + "-- articles/2023/bai.md --\n---\ntitle: \"Bài đã đăng\"\ndate: 2023-09-22\n---\nNội dung.\n");

        BuildResult result = site.build();

        assertThat(site.messages(result)).isEmpty();
        assertThat(leaks(site)).isEmpty();
        assertThat(site.exists("articles/2023/bai.md~")).isFalse();
        assertThat(site.exists("articles/2023/nhap/index.html")).isFalse();
        assertThat(site.exists("articles/2023/bai/index.html")).isTrue();
    }

    @Test
    void aMarkdownFileThatIsNoDraftIsAnArticle() {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/2023/tin.markdown --\n" + article("Tin mới", ""));

        BuildResult result = site.build();

        assertThat(site.messages(result)).isEmpty();
        assertThat(site.read("articles/2023/tin/index.html")).contains("Tin mới");
        assertThat(site.exists("articles/2023/tin.markdown")).isFalse();
    }

    @Test
    void notesOfficeFilesSwapAndLockFilesAreNotPublishedAndTheOnesAnEditorMayWantAreNamed() {
        MiniSite site = MiniSite.of(dir, SITE
                + "-- articles/2023/bai.md --\n---\ntitle: \"Bài\"\ndate: 2023-09-22\n---\nNội dung.\n"
                + "-- articles/2023/ghi-chu.txt --\n" + SECRET + "\n"
                + "-- articles/2023/bai.docx --\n" + SECRET + "\n"
                + "-- articles/2023/~$bai.docx --\n" + SECRET + "\n"
                + "-- articles/2023/#bai.md# --\n" + SECRET + "\n"
                + "-- articles/2023/bai.swp --\n" + SECRET + "\n"
                + "-- articles/2023/Thumbs.db --\n" + SECRET + "\n"
                + "-- corpus.json --\n{\"secret\": \"" + SECRET + "\"}\n"
                + "-- articles/2023/bai/anh.gif --\ngif\n"
                + "-- tai-lieu/bao-cao.pdf --\npdf\n");

        BuildResult result = site.build();

        assertThat(site.outputFiles()).contains("articles/2023/bai/anh.gif", "tai-lieu/bao-cao.pdf")
                .noneMatch(path -> path.contains("ghi-chu") || path.contains("docx") || path.contains("#")
                        || path.contains("swp") || path.contains("Thumbs") || path.contains("corpus"));
        assertThat(site.messages(result)).containsExactly(
                "content/articles/2023/bai.docx: warning: not published: files of type .docx are not among the types a "
                        + "site publishes by default (images, audio, video, PDF, fonts, CSS, JavaScript). To publish it, "
                        + "list it in site.yaml: include: [\"articles/2023/bai.docx\"] (or \"*.docx\" for every such "
                        + "file); to leave it out without this warning: exclude: [\"articles/2023/bai.docx\"]",
                "content/articles/2023/ghi-chu.txt: warning: not published: files of type .txt are not among the types "
                        + "a site publishes by default (images, audio, video, PDF, fonts, CSS, JavaScript). To publish "
                        + "it, list it in site.yaml: include: [\"articles/2023/ghi-chu.txt\"] (or \"*.txt\" for every "
                        + "such file); to leave it out without this warning: exclude: [\"articles/2023/ghi-chu.txt\"]",
                "content/corpus.json: warning: not published: files of type .json are not among the types a site "
                        + "publishes by default (images, audio, video, PDF, fonts, CSS, JavaScript). To publish it, list "
                        + "it in site.yaml: include: [\"corpus.json\"] (or \"*.json\" for every such file); to leave it "
                        + "out without this warning: exclude: [\"corpus.json\"]");
    }

    @Test
    void includeAndExcludeOverrideTheDefaults() {
        MiniSite site = MiniSite.of(dir, SITE + "include: [\"*.txt\", \"du-lieu/*.json\"]\n"
                + "exclude: [\"noi-bo/\", \"articles/2023/cu.md\", \"*.docx\"]\n"
                + "-- articles/2023/bai.md --\n---\ntitle: \"Bài\"\ndate: 2023-09-22\n---\nNội dung.\n"
                + "-- articles/2023/cu.md --\n" + article("Bài cũ", "")
                + "-- robots-extra.txt --\nxin chào\n"
                + "-- du-lieu/so-lieu.json --\n{}\n"
                + "-- khac/so-lieu.json --\n{}\n"
                + "-- noi-bo/ke-hoach.pdf --\n" + SECRET + "\n"
                + "-- articles/2023/bai.docx --\n" + SECRET + "\n");

        BuildResult result = site.build();

        assertThat(site.outputFiles()).contains("robots-extra.txt", "du-lieu/so-lieu.json", "articles/2023/bai/index.html")
                .doesNotContain("khac/so-lieu.json", "noi-bo/ke-hoach.pdf", "articles/2023/bai.docx",
                        "articles/2023/cu/index.html");
        assertThat(site.messages(result)).singleElement().asString()
                .startsWith("content/khac/so-lieu.json: warning: not published: files of type .json");
    }

    @Test
    void anIncludedFileThatStartsWithFrontMatterIsAWarningAndNotPublishedWhenADraft() {
        MiniSite site = MiniSite.of(dir, SITE + "include: [\"*.txt\"]\n"
                + "-- articles/2023/nhap.txt --\n" + article("Bản nháp", "draft: true\n")
                + "-- articles/2023/tin.txt --\n" + article("Tin", ""));

        BuildResult result = site.build();

        assertThat(site.exists("articles/2023/nhap.txt")).isFalse();
        assertThat(site.exists("articles/2023/tin.txt")).isTrue();
        assertThat(site.messages(result)).containsExactly(
                "content/articles/2023/nhap.txt:1:1: warning: not published: this file starts with front matter saying "
                        + "draft: true, but only *.md and *.markdown files are articles; rename it to nhap.md if it is "
                        + "an article",
                "content/articles/2023/tin.txt:1:1: warning: this file starts with front matter like an article, but it "
                        + "is published as a file of type .txt as it is, front matter and all: if it is an article, "
                        + "rename it to tin.md (or add txt to articleExtensions in site.yaml)");
    }

    @Test
    void aSiteMayAddArticleExtensionsAndAWrongPatternIsAnErrorAtItsLine() {
        MiniSite site = MiniSite.of(dir, SITE + "articleExtensions: [mdown]\nexclude: [\"../ngoai\"]\n"
                + "-- articles/2023/tin.mdown --\n" + article("Tin", ""));

        BuildResult result = site.build();

        assertThat(site.messages(result)).containsExactly("content/site.yaml:4:10: error: '../ngoai' in 'exclude' is "
                + "not a pattern of files in the folder: write a relative pattern such as \"*.txt\", \"tai-lieu/**\" or "
                + "\"articles/2023/ghi-chu.txt\" (no leading /, no ..)");
        site.write(SITE + "articleExtensions: [mdown]\n");
        assertThat(site.messages(site.build())).isEmpty();
        assertThat(site.read("articles/2023/tin/index.html")).contains("Tin");
    }
}
