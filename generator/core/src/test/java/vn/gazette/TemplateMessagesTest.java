package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 9: a template-loader error printed {@code vn.gazette.render.PathTemplateLoader@2b2eec3}. No
 * message names a Java object or class.
 */
class TemplateMessagesTest {

    @TempDir
    Path dir;

    @Test
    void anIncludeOfAMissingTemplateNamesTheTemplateNotTheLoader() {
        MiniSite site = MiniSite.of(dir, "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n"
                + "-- _theme/templates/404.ftlh --\n<#include \"partials/khong-co.ftlh\">\n");

        BuildResult result = site.build();

        assertThat(site.messages(result)).singleElement().asString()
                .startsWith("content/_theme/templates/404.ftlh:1:1: error: ")
                .contains("partials/khong-co.ftlh")
                .doesNotContain("PathTemplateLoader", "vn.gazette", "@", "TemplateLoader");
    }
}
