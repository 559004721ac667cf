package vn.gazette.source;

import org.jsoup.Jsoup;
import vn.gazette.render.Theme;

/**
 * A test fixture breaking two architecture rules on purpose (the source stage using render, and jsoup outside
 * transform), so that {@code ArchitectureTest} can show its rules fail. Only tests use it.
 */
public final class ArchitectureFixture {

    private ArchitectureFixture() {
    }

    public static String title(Theme theme) {
        return Jsoup.parse(theme.name()).title();
    }
}
