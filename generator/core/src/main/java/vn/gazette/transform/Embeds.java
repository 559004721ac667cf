package vn.gazette.transform;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gazette.config.EmbedProvider;

/**
 * The allow-list of embed providers: a link to a YouTube or Facebook video or a Google map, or to a provider the site
 * declares, gives the address of the player to load in a frame once the reader asks for it. Anything else is no
 * embed. Immutable and thread-safe.
 */
final class Embeds {

    /** An embeddable link: the provider's name, the player's address, and the frame's shape. */
    record Embed(String provider, String kind, String player, boolean video) {
    }

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern SITE_ID = Pattern.compile("[A-Za-z0-9._~/-]+");

    private final List<EmbedProvider> siteProviders;

    Embeds(List<EmbedProvider> siteProviders) {
        this.siteProviders = List.copyOf(siteProviders);
    }

    Optional<Embed> of(String link) {
        for (EmbedProvider provider : siteProviders) {
            if (link.startsWith(provider.prefix())) {
                String id = link.substring(provider.prefix().length());
                if (SITE_ID.matcher(id).matches() && !id.contains("..")) {
                    return Optional.of(new Embed(provider.name(), "site", provider.player().replace("{id}", id), true));
                }
            }
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        return youtube(host, path, query).or(() -> facebook(host, path, link)).or(() -> maps(host, path, query, link));
    }

    private static Optional<Embed> youtube(String host, String path, String query) {
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.length() > 1 ? path.substring(1) : null;
        } else if (host.equals("youtube.com") || host.equals("www.youtube.com") || host.equals("m.youtube.com")) {
            if (path.equals("/watch")) {
                id = parameter(query, "v");
            } else {
                Matcher m = Pattern.compile("/(?:shorts|embed|live)/([^/]+)").matcher(path);
                id = m.matches() ? m.group(1) : null;
            }
        }
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Embed("YouTube", "youtube", "https://www.youtube-nocookie.com/embed/" + id
                + "?autoplay=1", true));
    }

    private static Optional<Embed> facebook(String host, String path, String link) {
        boolean facebook = host.equals("www.facebook.com") || host.equals("facebook.com") || host.equals("m.facebook.com");
        boolean video = facebook && (path.matches("/[^/]+/videos/(?:[^/]+/)?[0-9]+/?") || path.equals("/watch/")
                || path.equals("/watch") || path.matches("/reel/[0-9]+/?"))
                || host.equals("fb.watch") && path.matches("/[A-Za-z0-9_-]+/?");
        if (!video) {
            return Optional.empty();
        }
        return Optional.of(new Embed("Facebook", "facebook", "https://www.facebook.com/plugins/video.php?href="
                + URLEncoder.encode(link, StandardCharsets.UTF_8) + "&show_text=false", true));
    }

    private static Optional<Embed> maps(String host, String path, String query, String link) {
        boolean google = host.equals("www.google.com") || host.equals("google.com") || host.equals("maps.google.com");
        if (!google) {
            return Optional.empty();
        }
        if (path.equals("/maps/embed") && parameter(query, "pb") != null) {
            return Optional.of(new Embed("Google Maps", "map", link, false));
        }
        String q = path.equals("/maps") || path.equals("/maps/") || host.equals("maps.google.com") && path.isEmpty()
                ? parameter(query, "q") : null;
        if (q == null) {
            Matcher at = Pattern.compile("/maps/(?:place/[^/]+/)?@(-?[0-9.]+),(-?[0-9.]+)(?:,.*)?").matcher(path);
            q = at.matches() ? at.group(1) + "," + at.group(2) : null;
        }
        if (q == null) {
            return Optional.empty();
        }
        return Optional.of(new Embed("Google Maps", "map", "https://maps.google.com/maps?q=" + q + "&output=embed",
                false));
    }

    /** A query parameter as written (still percent-encoded), or null. */
    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=") && pair.length() > name.length() + 1) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
