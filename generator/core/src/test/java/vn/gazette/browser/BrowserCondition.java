package vn.gazette.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link BrowserTest}s where a browser is installed or required, and says loudly when it skips them. */
final class BrowserCondition implements ExecutionCondition {

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed() || Browser.required()) {
            return ConditionEvaluationResult.enabled("a browser is installed, or browser tests are required");
        }
        String reason = "no browser: " + Browser.missing() + " (apt-get install -y chromium chromium-driver)";
        if (WARNED.compareAndSet(false, true)) {
            System.err.println("""

                    ************************************************************************
                    *  BROWSER TESTS SKIPPED: %s
                    *  Install Debian's chromium and chromium-driver to run them;
                    *  .ci/run installs both and makes these tests required.
                    ************************************************************************
                    """.formatted(Browser.missing()));
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
