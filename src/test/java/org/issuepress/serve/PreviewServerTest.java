package org.issuepress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.issuepress.diag.Diagnostic;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preview server over HTTP: the page, the state, page images, downloads, and nothing else. */
class PreviewServerTest {
    /** Waits for the server's work are generous: they keep a broken server from hanging the build, nothing more. */
    static final long PATIENCE_MILLIS = 180_000;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<String> TERMINAL = new CopyOnWriteArrayList<>();
    static Path issue;
    static Path out;
    static PreviewSession session;
    static PreviewServer server;

    @BeforeAll
    static void start() throws IOException {
        issue = TestIssues.minimalWith(null);
        out = Files.createTempDirectory("serve-out-");
        session = new PreviewSession(issue, TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), out,
                new Recording(TERMINAL));
        server = PreviewServer.start(session, TestFonts.ROOT.resolve("templates/serve"), 0);
        session.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        session.close();
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The state, once it satisfies {@code until}; each request waits for the next version. */
    static JsonNode stateWhen(Predicate<JsonNode> until) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        JsonNode s = JSON.readTree(get("/api/state").body());
        while (!until.test(s)) {
            assertTrue(System.currentTimeMillis() < deadline, "the state never got there; last: " + s);
            s = JSON.readTree(get("/api/state?since=" + s.get("version").asLong()).body());
        }
        return s;
    }

    static boolean ready(JsonNode s) {
        return s.at("/status/phase").asText().equals("ready");
    }

    static boolean editions(JsonNode s, String phase) {
        return s.at("/editions/phase").asText().equals(phase);
    }

    @Test
    void thePageItsStateAndThePagesImages() throws Exception {
        HttpResponse<byte[]> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(new String(index.body(), StandardCharsets.UTF_8).contains("/assets/serve.js"));
        assertEquals("text/javascript; charset=utf-8", get("/assets/serve.js").headers().firstValue("Content-Type").orElse(""));

        JsonNode s = stateWhen(PreviewServerTest::ready);
        assertEquals("《测试期刊》2022.03 测试专刊", s.get("title").asText());
        assertTrue(s.get("pages").size() > 5);
        for (JsonNode p : s.get("pages")) {
            assertFalse(p.get("v").isNull(), "page " + p + " has its image");
        }
        assertTrue(s.get("findings").findValuesAsText("where").contains("articles/one.txt:16:1"), "the placeholder is listed");

        String v = s.at("/pages/0/v").asText();
        HttpResponse<byte[]> png = get("/page/0.png?v=" + v);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png.body(), 4));
        assertTrue(png.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "an image named by its fingerprint never changes");
        assertEquals(404, get("/page/999.png").statusCode());

        HttpResponse<byte[]> large = get("/page/0.png?v=" + v + "&size=large");
        assertEquals(200, large.statusCode());
        assertEquals(width(png.body()) * LargePages.DPI / PageImages.DPI, width(large.body()), 2,
                "the viewer's image is drawn at the higher resolution");
        assertEquals(404, get("/page/999.png?v=00000000&size=large").statusCode(), "no such page");
        assertTrue(TERMINAL.stream().anyMatch(l -> l.contains("pages redrawn")), TERMINAL.toString());
    }

    @Test
    void theEditionsAreBuiltSaidToBeOutOfDateAfterAnEditAndBuiltAgain() throws Exception {
        stateWhen(s -> editions(s, "current"));
        HttpResponse<byte[]> print = get("/download/print");
        assertEquals(200, print.statusCode());
        assertEquals("attachment; filename=\"test-01-print.pdf\"", print.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("%PDF-", new String(print.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(200, get("/download/web").statusCode());

        Path two = issue.resolve("articles/two.txt");
        Files.writeString(two, Files.readString(two).replace("只有一段。", "只有一段，又改了。"));
        JsonNode outdated = stateWhen(s -> !editions(s, "current"));
        assertTrue(List.of("stale", "building").contains(outdated.at("/editions/phase").asText()), outdated.toString());
        stateWhen(s -> editions(s, "current"));
        assertFalse(Arrays.equals(print.body(), get("/download/print").body()), "the new print edition has the edit");
    }

    @Test
    void itAnswersOnlyRequestsForItselfAndOnlyWithItsOwnFiles() throws Exception {
        assertEquals(404, raw("GET /assets/..%2F..%2Fpom.xml", "127.0.0.1:" + server.port(), null));
        assertEquals(404, raw("GET /download/..%2F..%2Fpom.xml", "127.0.0.1:" + server.port(), null));
        assertEquals(404, raw("GET /assets/../../pom.xml", "127.0.0.1:" + server.port(), null));
        assertEquals(403, raw("GET /api/state", "attacker.example:" + server.port(), null), "a name other than its own (DNS rebinding)");
        assertEquals(403, raw("POST /api/editions", "127.0.0.1:" + server.port(), "http://attacker.example"),
                "a change asked for by another site's page");
        assertEquals(200, raw("GET /api/state", "localhost:" + server.port(), null));
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.url());
    }

    /** The width of a PNG image, from its header. */
    static int width(byte[] png) {
        return java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
    }

    /** A request as written, for what an HTTP client would tidy up first; returns the status. */
    static int raw(String requestLine, String host, String origin) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream o = socket.getOutputStream();
            String request = requestLine + " HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            o.write(request.getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** The terminal's lines, kept for the test to read. */
    record Recording(List<String> lines) implements Terminal {
        @Override
        public void info(String line) {
            lines.add(line);
        }

        @Override
        public void problem(Diagnostic d) {
            lines.add(d.format());
        }

        @Override
        public void stage(String name) {
        }

        @Override
        public void done(String detail) {
        }
    }
}
