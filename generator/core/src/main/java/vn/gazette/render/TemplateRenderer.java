package vn.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.config.SiteConfig;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Renders pages with FreeMarker, configured so that a theme can neither run code nor forget to escape:
 * HTML auto-escaping for every template (even {@code .ftl}), {@code ?new} and {@code ?api} disabled, no template
 * logging, and a cap on each page's size against runaway loops.
 *
 * <p>A template error is reported once per template position, naming the first page it broke and how many
 * others it broke too, instead of once for each of ten thousand articles. The FreeMarker {@code Configuration}
 * is built once per build; FreeMarker templates and configuration are thread-safe once set up, so one renderer
 * serves all workers.
 */
public final class TemplateRenderer {

    private static final java.util.regex.Pattern NULL_OR_MISSING = java.util.regex.Pattern.compile(
            "The following has evaluated to null or missing: ==> (.+)");

    /** The FreeMarker version whose behaviour the themes are written for (matches the pinned library). */
    public static final Version FREEMARKER = Configuration.VERSION_2_3_34;

    /** No page of a news site comes near this; a theme that does is looping. */
    public static final int MAX_PAGE_CHARS = 8 * 1024 * 1024;

    private final Configuration configuration;
    private final Theme theme;
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    /** The pages one template problem broke: the first by path is named, the others counted. */
    private static final class Failure {
        private final Problem problem;
        private Path first;
        private int count;

        Failure(Problem problem) {
            this.problem = problem;
        }

        synchronized void add(Path page) {
            count++;
            if (first == null || page.toString().compareTo(first.toString()) < 0) {
                first = page;
            }
        }

        synchronized Problem report() {
            return problem.onPage(first, count - 1);
        }
    }

    public TemplateRenderer(Theme theme, SiteConfig site) {
        this.theme = theme;
        Configuration cfg = new Configuration(FREEMARKER);
        cfg.setTemplateLoader(new PathTemplateLoader(theme.templateRoots()));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setLocale(site.language());
        cfg.setTimeZone(java.util.TimeZone.getTimeZone(site.timeZone()));
        cfg.setNumberFormat("computer");
        cfg.setURLEscapingCharset("UTF-8");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(FREEMARKER);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        this.configuration = cfg;
    }

    /**
     * Renders one page.
     *
     * @param template the template name, e.g. {@code article.ftlh}
     * @param model    the view objects
     * @param page     the content file the page comes from, named in messages
     * @return the HTML as UTF-8, or empty when the template failed (reported in {@code problems} at the end of the build
     *         through {@link #reportTo})
     */
    public Optional<byte[]> render(String template, Map<String, Object> model, Path page) {
        try {
            Template compiled = configuration.getTemplate(template);
            CappedWriter out = new CappedWriter();
            compiled.process(model, out);
            return Optional.of(out.bytes());
        } catch (ParseException e) {
            fail(SourcePosition.of(theme.templateFile(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
                    Message.of("render.template.syntax", firstLine(e.getEditorMessage())), page);
        } catch (freemarker.template.TemplateNotFoundException e) {
            fail(SourcePosition.of(theme.templateRoots().get(theme.templateRoots().size() - 1).resolve(template)),
                    Message.of("render.template.missing", template), page);
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null || line == 0 ? 0 : e.getColumnNumber();
            fail(SourcePosition.of(theme.templateFile(name), line, column), describe(e), page);
        } catch (PageTooLarge e) {
            fail(SourcePosition.of(theme.templateFile(template)),
                    Message.of("render.template.too-large", MAX_PAGE_CHARS / 1024 / 1024), page);
        } catch (IOException e) {
            fail(SourcePosition.of(theme.templateFile(template)), Message.of("render.template.unreadable",
                    String.valueOf(e.getMessage())), page);
        } catch (SecurityException e) {
            fail(SourcePosition.of(theme.templateFile(template)), Message.of("render.template.refused",
                    String.valueOf(e.getMessage())), page);
        }
        return Optional.empty();
    }

    /**
     * The template position that printed the character at {@code offset} of a page: the page is rendered again (only
     * pages the safety pass found something in are) and the instruction running when that character is written is
     * asked for its place.
     */
    public Optional<SourcePosition> locate(String template, Map<String, Object> model, int offset) {
        TemplatePlace place = new TemplatePlace(offset);
        try {
            configuration.getTemplate(template).process(model, place);
        } catch (TemplateException | IOException | RuntimeException e) {
            // the page rendered before; if it does not now, there is no position to give
        }
        return place.found().map(found -> {
            Path file = theme.templateFile(found.name());
            TemplatePlace.Place exact = found;
            try {
                exact = found.within(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // the template was read to render the page; if it cannot be read now, the instruction's start will do
            }
            return SourcePosition.of(file, exact.line(), exact.column());
        });
    }

    private void fail(SourcePosition where, Message message, Path page) {
        failures.computeIfAbsent(where + "|" + message.english(),
                key -> new Failure(Problem.error(where, ThemeLoader.STAGE, message))).add(page);
    }

    /** Adds the template problems, one per template position. */
    public void reportTo(Problems problems) {
        failures.values().forEach(failure -> problems.add(failure.report()));
    }

    /** FreeMarker's own (English) words, with the fix for a value that may be missing. */
    private static Message describe(TemplateException e) {
        String text = e.getMessageWithoutStackTop();
        int cut = text.indexOf("\n----");
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        text = text.replaceAll("\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "")
                .replaceAll("\\s+", " ").strip();
        // FreeMarker names its template loader by Object.toString (a class name and a hash): say what it means
        text = text.replaceAll("\\s*The name was interpreted by this TemplateLoader: [^ ]*", " (looked for in the "
                + "templates/ folder of the theme and of " + "_theme/templates/ in the content folder)");
        java.util.regex.Matcher missing = NULL_OR_MISSING.matcher(text);
        if (missing.matches()) {
            return Message.of("render.template.null", missing.group(1));
        }
        if (text.contains("is undefined") || text.contains("null or missing")) {
            return Message.of("render.template.undefined", text);
        }
        return Message.of("render.template.failed", text);
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    private static final class PageTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Collects a page as UTF-8 bytes as the template writes it (no string of the whole page is made and then encoded:
     * a build writes hundreds of megabytes of pages), and stops a page that grows past {@link #MAX_PAGE_CHARS}
     * characters. The bytes are those of {@link String#getBytes} with UTF-8 of the same characters, a surrogate
     * without its other half included ('?', whether or not the pair is split between two writes). Not thread-safe.
     */
    static final class CappedWriter extends Writer {
        private byte[] bytes = new byte[32 * 1024];
        private int size;
        private long chars;
        /** A high surrogate written last, waiting for its low one; 0 when none. */
        private char high;
        private final char[] scratch = new char[2048];

        private void room(int length) throws PageTooLarge {
            chars += length;
            if (chars > MAX_PAGE_CHARS) {
                throw new PageTooLarge();
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            room(length);
            encode(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            room(length);
            for (int start = offset; start < offset + length; start += scratch.length) {
                int end = Math.min(offset + length, start + scratch.length);
                text.getChars(start, end, scratch, 0);
                encode(scratch, 0, end - start);
            }
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        @Override
        public void write(int c) throws IOException {
            room(1);
            scratch[0] = (char) c;
            encode(scratch, 0, 1);
        }

        /** Encodes characters as UTF-8, with room for them made first (at most three bytes each, four for a pair). */
        private void encode(char[] in, int offset, int length) {
            if (size + 3L * length + 4 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
                        Math.max(2L * bytes.length, size + 3L * length + 4)));
            }
            byte[] out = bytes;
            int n = size;
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = in[i];
                if (high != 0) {
                    if (Character.isLowSurrogate(c)) {
                        int code = Character.toCodePoint(high, c);
                        out[n++] = (byte) (0xF0 | code >> 18);
                        out[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                        out[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                        out[n++] = (byte) (0x80 | code & 0x3F);
                        high = 0;
                        continue;
                    }
                    out[n++] = '?';
                    high = 0;
                }
                if (c < 0x80) {
                    out[n++] = (byte) c;
                } else if (c < 0x800) {
                    out[n++] = (byte) (0xC0 | c >> 6);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c)) {
                    high = c;
                } else if (Character.isLowSurrogate(c)) {
                    out[n++] = '?';
                } else {
                    out[n++] = (byte) (0xE0 | c >> 12);
                    out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                }
            }
            size = n;
        }

        /** The page's bytes (a high surrogate left waiting counts as '?'). */
        byte[] bytes() {
            byte[] page = java.util.Arrays.copyOf(bytes, size + (high != 0 ? 1 : 0));
            if (high != 0) {
                page[size] = '?';
            }
            return page;
        }

        @Override
        public void flush() {
            // nothing is buffered outside the bytes
        }

        @Override
        public void close() {
            // the bytes need no closing
        }
    }
}
