package vn.gazette.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); nothing is ever downloaded. {@code GAZETTE_CHROMIUM} and {@code GAZETTE_CHROMEDRIVER}
 * point elsewhere. One browser per test JVM is started on first use and kept for every browser test (starting one
 * costs about a second), one more without JavaScript when a test asks for it; both quit when the JVM exits. Tests
 * using it run one at a time (the default in this build). Not thread-safe.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(env("GAZETTE_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(env("GAZETTE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** Kept so the setting holds: Selenium warns at every start that it has no DevTools bindings for this version. */
    private static final java.util.logging.Logger SELENIUM = quiet(java.util.logging.Logger.getLogger("org.openqa.selenium"));

    private static Browser withScripts;
    private static Browser withoutScripts;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(boolean javaScript) {
        if (!installed()) {
            throw new IllegalStateException("browser tests are required but " + missing()
                    + ": apt-get install -y chromium chromium-driver");
        }
        try {
            profile = Files.createTempDirectory("gazette-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags keep Chromium off the network (this machine reaches none) and quiet as root in a container
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=vi-VN",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Runtime.getRuntime().addShutdownHook(new Thread(this::quit));
    }

    /** The shared browser with JavaScript on. */
    public static Browser shared() {
        if (withScripts == null) {
            withScripts = new Browser(true);
        }
        return withScripts;
    }

    /** The shared browser with JavaScript off, as a reader who turned it off (or whose script failed) sees pages. */
    public static Browser withoutJavaScript() {
        if (withoutScripts == null) {
            withoutScripts = new Browser(false);
        }
        return withoutScripts;
    }

    /** Whether Chromium and chromedriver are both on this machine. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** Whether browser tests must run here ({@code GAZETTE_BROWSER_TESTS=required}, set by {@code .ci/run}). */
    public static boolean required() {
        return "required".equals(System.getenv("GAZETTE_BROWSER_TESTS"));
    }

    /** What is missing, in words. */
    static String missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " not found");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add(DRIVER + " not found");
        }
        return missing.isEmpty() ? "nothing" : String.join(", ", missing);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Sets the size of the page area (the viewport) to {@code width} × {@code height} CSS pixels. */
    public Browser viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // the window includes no chrome when headless, but make sure: grow it by what the viewport lacks
        Number innerWidth = (Number) script("return window.innerWidth");
        Number innerHeight = (Number) script("return window.innerHeight");
        if (innerWidth.intValue() != width || innerHeight.intValue() != height) {
            Dimension now = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(now.width + width - innerWidth.intValue(),
                    now.height + height - innerHeight.intValue()));
        }
        return this;
    }

    /** Opens {@code url} and waits until the document has loaded. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Runs {@code javaScript} in the page (synchronously; {@code arguments[i]} are the args) and returns its value. */
    public Object script(String javaScript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, args);
    }

    /** Waits up to {@code timeout} for a condition (see Selenium's {@code ExpectedConditions}). */
    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /**
     * Saves a screenshot of the whole page as {@code name}.png under the build's screenshot folder
     * ({@code target/screenshots}), for a person to look at; nothing compares it.
     */
    public Path screenshot(String name) {
        Path folder = Path.of(Optional.ofNullable(System.getProperty("gazette.screenshots")).orElse("target/screenshots"));
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            Number height = (Number) script("return Math.ceil(document.documentElement.scrollHeight)");
            Dimension size = driver.manage().window().getSize();
            int full = Math.min(height.intValue(), 16_000);
            if (full > size.height) {
                driver.manage().window().setSize(new Dimension(size.width, full));
                // the window's height includes what is not page (as in viewport()): grow it by that, or the end of
                // the page is cut off
                int inner = ((Number) script("return window.innerHeight")).intValue();
                if (inner < full) {
                    driver.manage().window().setSize(new Dimension(size.width, full + full - inner));
                }
            }
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void quit() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // the JVM is exiting; the driver process may already be gone
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // a temporary profile left behind is harmless
        }
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
