package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 3: the build cache wrote links with {@code writeUTF}, so an article with a link or image over
 * 64 KiB failed every cached build with "UTFDataFormatException: encoded string too long", while {@code --no-cache}
 * built it. Links of any length go through the cache now, several megabytes included.
 */
class CacheFormatLimitsTest {

    @TempDir
    Path dir;

    private static String article(String body) {
        return "---\ntitle: \"Ảnh dán thẳng vào bài\"\ndate: 2023-09-22\n---\n" + body + "\n";
    }

    private BuildResult buildWithCache(MiniSite site) throws IOException {
        return Generator.create().build(site.request().withCache(dir.resolve("cache")));
    }

    @Test
    void aPastedDataImageOf220KilobytesBuildsWithTheCacheTwice() throws IOException {
        String image = "data:image/png;base64," + "iVBORw0KGgo".repeat(20_000);
        MiniSite site = MiniSite.of(dir, "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n"
                + "-- articles/2023/anh.md --\n" + article("![Sơ đồ](" + image + ")"));

        BuildResult first = buildWithCache(site);
        BuildResult second = buildWithCache(site);

        // the sanitiser takes the data: address out, and says so (the same warning from the cache the second time)
        assertThat(site.messages(first)).singleElement().asString().startsWith("content/articles/2023/anh.md:5:1: "
                + "warning: the address src=\"data:image/png;base64,");
        assertThat(site.messages(second)).isEqualTo(site.messages(first));
        assertThat(site.read("articles/2023/anh/index.html")).contains("Sơ đồ");
    }

    @Test
    void aLinkOf200000CharactersAndOneOfThreeMegabytesBuildWithTheCache() throws IOException {
        String link = "https://example.gov.vn/?q=" + "a".repeat(200_000);
        String huge = "https://example.gov.vn/?q=" + "ă".repeat(1_500_000);
        MiniSite site = MiniSite.of(dir, "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n"
                + "-- articles/2023/dai.md --\n" + article("[liên kết dài](" + link + ") và [rất dài](" + huge + ")"));

        BuildResult first = buildWithCache(site);
        String page = site.read("articles/2023/dai/index.html");
        BuildResult second = buildWithCache(site);

        assertThat(site.messages(first)).isEmpty();
        assertThat(site.messages(second)).isEmpty();
        assertThat(page).contains(link);
        assertThat(site.read("articles/2023/dai/index.html")).isEqualTo(page).contains(huge);
    }
}
