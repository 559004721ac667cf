package vn.gazette.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHandlerTest {

    private static final String SCRIPT = "<script src=\"/_gazette/reload.js\" data-build=\"7\"></script>";
    private static final String SECRET = "MẬT KHẨU: không được lộ";

    @TempDir
    Path dir;

    private Path root;
    private HttpServer server;
    private int port;

    @BeforeEach
    void serveAFolder() throws IOException {
        root = dir.resolve("site");
        write("index.html", "<!DOCTYPE html><html><body><h1>Trang chủ</h1></BODY></html>");
        write("bai/index.html", "<html><body><p>Bài một</p></body></html>");
        write("404.html", "<html><body><p>Không tìm thấy trang</p></body></html>");
        write("khong-muc-luc/anh.txt", "không có index.html");
        write(".gazette-output", SECRET);
        write(".an.txt", SECRET);
        Files.writeString(dir.resolve("bi-mat.txt"), SECRET, StandardCharsets.UTF_8);
        Files.createSymbolicLink(root.resolve("lien-ket.txt"), dir.resolve("bi-mat.txt"));
        Files.createSymbolicLink(root.resolve("thu-muc-ngoai"), dir);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        HttpContext context = server.createContext("/", new FileHandler(root, () -> SCRIPT));
        context.getFilters().add(new LoopbackHosts(port));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private RawHttp.Response get(String target) throws IOException {
        return RawHttp.send(port, "GET", target);
    }

    @Test
    void pathsThatLeaveTheFolderOrNameHiddenFilesOrLinksAreNotFound() throws IOException {
        for (String target : List.of("/../bi-mat.txt", "/%2e%2e/bi-mat.txt", "/%2E%2E/bi-mat.txt", "/bai/../../bi-mat.txt",
                "/bai/%2e%2e/%2e%2e/bi-mat.txt", "/..%2fbi-mat.txt", "/bai/..%2f..%2fbi-mat.txt", "/..%5cbi-mat.txt",
                "/.an.txt", "/%2ean.txt", "/.gazette-output", "/lien-ket.txt", "/thu-muc-ngoai/bi-mat.txt",
                "/thu-muc-ngoai/", "/bai/%00", "/%ff", "/%zz", "/./index.html")) {
            RawHttp.Response response = get(target);
            assertThat(response.status()).as(target).isIn(400, 404);
            assertThat(response.text()).as(target).doesNotContain(SECRET);
        }
    }

    @Test
    void aMissingFileGetsTheSitesNotFoundPageWithStatus404AndTheScript() throws IOException {
        RawHttp.Response response = get("/khong-co/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(response.text()).isEqualTo("<html><body><p>Không tìm thấy trang</p>" + SCRIPT + "</body></html>");
    }

    @Test
    void withoutANotFoundPageAPlainOneCarriesTheScript() throws IOException {
        Files.delete(root.resolve("404.html"));
        RawHttp.Response response = get("/khong-co.html");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).contains("Not found", SCRIPT + "</body>");
    }

    @Test
    void aFolderIsServedByItsIndexPageAfterARedirectToTheSlash() throws IOException {
        RawHttp.Response redirect = get("/bai");
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.header("Location")).isEqualTo("/bai/");
        assertThat(get("/bai?trang=2").header("Location")).isEqualTo("/bai/?trang=2");
        RawHttp.Response page = get("/bai/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Bài một");
    }

    @Test
    void aFolderWithoutAnIndexPageIsNotFoundNotListed() throws IOException {
        RawHttp.Response response = get("/khong-muc-luc/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).doesNotContain("anh.txt");
    }

    @Test
    void theScriptGoesBeforeTheLastBodyEndTagInTheResponseOnly() throws IOException {
        RawHttp.Response response = get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("<!DOCTYPE html><html><body><h1>Trang chủ</h1>" + SCRIPT + "</BODY></html>");
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(response.body().length));
        assertThat(root.resolve("index.html")).hasContent("<!DOCTYPE html><html><body><h1>Trang chủ</h1></BODY></html>");
    }

    @Test
    void aPageWithoutBodyEndTagGetsTheScriptAtTheEnd() {
        byte[] page = FileHandler.inject("<p>Tin</p>".getBytes(StandardCharsets.UTF_8), SCRIPT);
        assertThat(new String(page, StandardCharsets.UTF_8)).isEqualTo("<p>Tin</p>" + SCRIPT);
    }

    @Test
    void filesHaveTheirContentTypesAndAreNeverCached() throws IOException {
        Map<String, String> types = Map.ofEntries(
                Map.entry("trang.html", "text/html; charset=utf-8"),
                Map.entry("kieu.css", "text/css; charset=utf-8"),
                Map.entry("ma.js", "text/javascript; charset=utf-8"),
                Map.entry("hinh.svg", "image/svg+xml; charset=utf-8"),
                Map.entry("atom.xml", "application/xml; charset=utf-8"),
                Map.entry("du-lieu.json", "application/json; charset=utf-8"),
                Map.entry("bang.csv", "text/csv; charset=utf-8"),
                Map.entry("lich.ics", "text/calendar; charset=utf-8"),
                Map.entry("robots.txt", "text/plain; charset=utf-8"),
                Map.entry("anh.png", "image/png"),
                Map.entry("anh.jpg", "image/jpeg"),
                Map.entry("anh.JPEG", "image/jpeg"),
                Map.entry("anh.gif", "image/gif"),
                Map.entry("anh.webp", "image/webp"),
                Map.entry("favicon.ico", "image/x-icon"),
                Map.entry("chu.woff2", "font/woff2"),
                Map.entry("tep.bin", "application/octet-stream"));
        for (String name : types.keySet()) {
            write("tep/" + name, "nội dung " + name);
        }
        types.forEach((name, type) -> {
            try {
                RawHttp.Response response = get("/tep/" + name);
                assertThat(response.status()).as(name).isEqualTo(200);
                assertThat(response.header("Content-Type")).as(name).isEqualTo(type);
                assertThat(response.header("Cache-Control")).as(name).isEqualTo("no-store");
                assertThat(response.text()).as(name).startsWith("nội dung " + name);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void headSendsTheLengthWithoutTheBody() throws IOException {
        write("kieu.css", "body { color: #222; }");
        RawHttp.Response css = RawHttp.send(port, "HEAD", "/kieu.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Length")).isEqualTo("21");
        assertThat(css.header("Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(css.body()).isEmpty();
        RawHttp.Response page = RawHttp.send(port, "HEAD", "/");
        assertThat(page.header("Content-Length")).isEqualTo(Integer.toString(get("/").body().length));
        assertThat(page.body()).isEmpty();
    }

    @Test
    void otherMethodsThanGetAndHeadAreNotAllowed() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            RawHttp.Response response = RawHttp.send(port, method, "/");
            assertThat(response.status()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
        }
    }

    @Test
    void vietnameseNamesAreFoundWhateverTheirNormalisationInTheRequest() throws IOException {
        write("tin-tức.txt", "Quảng Nam");
        String nfd = Normalizer.normalize("tin-tức.txt", Normalizer.Form.NFD);
        for (String name : List.of("tin-tức.txt", nfd)) {
            RawHttp.Response response = get("/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            assertThat(response.status()).as(name).isEqualTo(200);
            assertThat(response.text()).isEqualTo("Quảng Nam");
        }
    }

    @Test
    void requestsAddressedToAnotherHostNameAreRefused() throws IOException {
        RawHttp.Response response = RawHttp.send(port, "GET", "/", "tan-cong.example:" + port);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).doesNotContain("Trang chủ");
        assertThat(RawHttp.send(port, "GET", "/", "localhost:" + port).status()).isEqualTo(200);
    }
}
