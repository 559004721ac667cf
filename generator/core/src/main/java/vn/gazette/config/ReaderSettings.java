package vn.gazette.config;

import java.util.List;
import java.util.Objects;
import vn.gazette.problem.Severity;

/**
 * What site.yaml says about what readers get, so that a site need not fork the theme: the menu, the logo and
 * favicon, the footer (a Vietnamese agency site names its governing body, address, licence and contact), an
 * analytics script slot (off by default), the front page's sections, and the limits {@code check} holds every
 * page to. Empty texts and lists mean "the theme's default". Immutable and thread-safe.
 *
 * @param menu      the header menu; empty: the theme's (home, the taxonomies, the archive, the conferences)
 * @param logo      the masthead logo, a site path or an http(s) address; empty: none
 * @param favicon   the page icon; empty: the theme's {@code /favicon.svg}
 * @param footer    the footer's fixed lines
 * @param analytics the address of one first-party statistics script, loaded with {@code defer}; empty: none
 * @param sections  the front page's sections, each the latest articles of one term
 * @param checks    the limits and severity of {@code check}'s reader checks
 */
public record ReaderSettings(List<Link> menu, String logo, String favicon, Footer footer, String analytics,
        List<Section> sections, Checks checks) {

    /** The settings of a site.yaml that says nothing about them. */
    public static final ReaderSettings DEFAULT = new ReaderSettings(List.of(), "", "", Footer.NONE, "", List.of(),
            Checks.DEFAULT);

    public ReaderSettings {
        menu = List.copyOf(menu);
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(favicon, "favicon");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(analytics, "analytics");
        sections = List.copyOf(sections);
        Objects.requireNonNull(checks, "checks");
    }

    /** A menu or footer link: a site path ({@code /gioi-thieu/}), or an http(s), mailto: or tel: address. */
    public record Link(String label, String url) {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }

        /** Whether {@code url} is a path of the site, which pages prefix with the base path. */
        public boolean internal() {
            return url.startsWith("/");
        }
    }

    /**
     * The footer's lines, each empty when not set.
     *
     * @param owner   the governing body (cơ quan chủ quản)
     * @param licence the licence to publish (giấy phép), e.g. its number and issuer
     * @param links   social and other links
     */
    public record Footer(String owner, String address, String licence, String phone, String email,
            List<Link> links) {
        public static final Footer NONE = new Footer("", "", "", "", "", List.of());

        public Footer {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(licence, "licence");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
            links = List.copyOf(links);
        }
    }

    /**
     * A front-page section: the latest {@code count} articles of one term.
     *
     * @param taxonomy the taxonomy's name ({@code province}, {@code tags}, or a site's own)
     * @param term     the term as written in front matter (matched after NFC and case folding)
     * @param title    the heading; empty: the term's name
     */
    public record Section(String taxonomy, String term, String title, int count) {
        public Section {
            Objects.requireNonNull(taxonomy, "taxonomy");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(title, "title");
            if (count < 1) {
                throw new IllegalArgumentException("a section shows at least one article");
            }
        }
    }

    /**
     * What {@code check} holds each published page to.
     *
     * @param severity  how a finding is reported: a warning (the default) or an error
     * @param pageBytes the largest page (its HTML) that passes
     * @param imageBytes the largest image file that passes
     */
    public record Checks(Severity severity, long pageBytes, long imageBytes) {
        public static final long PAGE_BYTES = 150 * 1024;
        public static final long IMAGE_BYTES = 500 * 1024;
        public static final Checks DEFAULT = new Checks(Severity.WARNING, PAGE_BYTES, IMAGE_BYTES);

        public Checks {
            Objects.requireNonNull(severity, "severity");
            if (pageBytes < 1 || imageBytes < 1) {
                throw new IllegalArgumentException("budgets must be positive");
            }
        }
    }
}
