package vn.gazette.cli.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the loopback names. Listening on 127.0.0.1 keeps other machines out, but a
 * web page in the editor's own browser could point a domain of its own at 127.0.0.1 ("DNS rebinding") and read
 * the preview, drafts included; such requests carry the foreign name in their {@code Host} header and are refused.
 * Immutable and thread-safe.
 */
final class LoopbackHosts extends Filter {

    private final Set<String> allowed;

    LoopbackHosts(int port) {
        this.allowed = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        // HTTP/1.0 tools may send no Host; browsers always do, so the check still covers them
        if (host == null || allowed.contains(host.toLowerCase(Locale.ROOT))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            byte[] text = ("This preview server answers only to http://127.0.0.1 and http://localhost, not to " + host
                    + ".\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(403, text.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(text);
            }
        }
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not a loopback name";
    }
}
