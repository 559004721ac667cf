package vn.gazette.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs the real browser (see {@link Browser}). Without Chromium and its driver on
 * the machine it is skipped, loudly; where {@code GAZETTE_BROWSER_TESTS=required} (as {@code .ci/run} sets), it runs
 * anyway and fails, naming what is missing.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserCondition.class)
public @interface BrowserTest {
}
