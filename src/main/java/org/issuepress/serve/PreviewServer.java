package org.issuepress.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.diag.Messages;

/**
 * The preview's web server, on 127.0.0.1 only: the page and its assets (from
 * {@code templates/serve/}), the state as JSON, the page images, the editions to download.
 * It answers only requests addressed to itself by name (no DNS rebinding from other sites).
 */
public final class PreviewServer implements AutoCloseable {
    /** How long a request for the state waits for a change before answering with the same state. */
    static final long WAIT_MILLIS = 20_000;
    /** Threads answering requests, always there. */
    static final int THREADS = 16;
    /**
     * Threads at most: the JDK server reads a connection's request line on the thread it is given,
     * so a client that opens a connection and sends half a line holds one thread until
     * {@link #HEADER_SECONDS}; with only {@link #THREADS}, 50 such clients queued every other
     * request behind them until the server dropped it as too slow (issue #26: 135 of 200 reset).
     * Each connection gets its own thread up to this bound (stuck ones cost a thread, not the page);
     * beyond it requests wait for the {@link #THREADS} in turn, so no number of clients exhausts the process.
     */
    static final int MAX_THREADS = 256;
    /** Requests that may wait for a change at once; more are told to come back (503), leaving threads for the rest. */
    static final int MAX_WAITING = 8;
    /**
     * How long a client may take to send its request line and headers: a thread reads them, and
     * one that sends a byte a minute (slowloris) would otherwise hold it for good. The JDK server
     * reads this once, when its first server starts.
     */
    static final String HEADER_SECONDS = "10";

    static {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", HEADER_SECONDS);
        }
    }

    private static final Pattern PAGE = Pattern.compile("/page/(\\d{1,5})\\.png");
    private static final Pattern ASSET = Pattern.compile("/assets/([A-Za-z0-9_-]+\\.[a-z]{2,4})");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer http;
    private final ExecutorService threads;
    private final Semaphore waiting = new Semaphore(MAX_WAITING);
    private final PreviewSession session;
    private final Path assets;

    private PreviewServer(HttpServer http, PreviewSession session, Path assets) {
        this.http = http;
        this.session = session;
        this.assets = assets;
        ExecutorService overflow = Executors.newFixedThreadPool(THREADS, Daemons.named("preview-http-queued"));
        this.threads = new ThreadPoolExecutor(THREADS, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                Daemons.named("preview-http"), (request, full) -> overflow.execute(request)) {
            @Override
            protected void terminated() {
                overflow.shutdownNow();
            }
        };
        http.setExecutor(threads);
        http.createContext("/", this::handle);
    }

    /** Serves the session on 127.0.0.1:{@code port} (0: any free port). */
    public static PreviewServer start(PreviewSession session, Path assets, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        PreviewServer server = new PreviewServer(http, session, assets);
        http.start();
        return server;
    }

    /** Requests waiting for a change now. */
    int waitingNow() {
        return MAX_WAITING - waiting.availablePermits();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            if (!fromHere(x)) {
                Responses.text(x, 403, "the preview answers only on 127.0.0.1 and localhost");
                return;
            }
            route(x);
        } catch (IOException e) {
            // the browser went away (a reload, a closed tab): nothing to tell anyone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            Responses.text(x, 500, "preview error: " + e);
        }
    }

    private void route(HttpExchange x) throws IOException, InterruptedException {
        String path = x.getRequestURI().getPath();
        String method = x.getRequestMethod();
        Matcher page = PAGE.matcher(path);
        Matcher asset = ASSET.matcher(path);
        if ("POST".equals(method) && path.equals("/api/editions")) {
            session.buildEditions();
            Responses.text(x, 202, "building");
        } else if ("POST".equals(method) && path.equals("/api/view")) {
            String at = Responses.query(x).get("page");
            if (at != null && at.matches("\\d{1,5}")) {
                session.viewing(Integer.parseInt(at));
            }
            Responses.send(x, 204, "text/plain", Responses.FRESH, new byte[0]);
        } else if ("POST".equals(method) && path.equals("/api/accept")) {
            Map<String, String> q = Responses.query(x);
            String id = q.getOrDefault("id", "");
            boolean done = id.matches("[0-9a-f-]{1,12}") && session.accept(id, q.get("why"));
            Responses.text(x, done ? 202 : 404, done ? "accepted" : "no such warning in the last build");
        } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
            Responses.text(x, 405, "GET only");
        } else if (path.equals("/")) {
            asset(x, "index.html");
        } else if (asset.matches()) {
            asset(x, asset.group(1));
        } else if (path.equals("/api/messages")) {
            Responses.send(x, 200, "application/json; charset=utf-8", Responses.FRESH, JSON.writeValueAsBytes(PageWords.of()));
        } else if (path.equals("/api/state")) {
            state(x);
        } else if (page.matches()) {
            page(x, Integer.parseInt(page.group(1)));
        } else if (path.startsWith("/download/")) {
            download(x, path.substring("/download/".length()));
        } else if (path.startsWith("/wechat/")) {
            weChat(x, path.substring("/wechat/".length()));
        } else {
            Responses.text(x, 404, "not found: " + path);
        }
    }

    /** The state now, or with {@code ?since=V} as soon as there is one newer than version V. */
    private void state(HttpExchange x) throws IOException, InterruptedException {
        String since = Responses.query(x).get("since");
        PreviewState s;
        if (since == null || !since.matches("\\d{1,18}")) {
            s = session.board().get();
        } else if (!waiting.tryAcquire()) {
            x.getResponseHeaders().set("Retry-After", "2");
            Responses.text(x, 503, Messages.text("serve-busy", String.valueOf(MAX_WAITING)));
            return;
        } else {
            try {
                s = session.board().newerThan(Long.parseLong(since), WAIT_MILLIS);
            } finally {
                waiting.release();
            }
        }
        Responses.send(x, 200, "application/json; charset=utf-8", "no-store", JSON.writeValueAsBytes(s));
    }

    /**
     * A page's image: by its fingerprint {@code ?v=} (cached for good), else the page's current
     * one; {@code &size=large} for the viewer, drawn when asked for.
     */
    private void page(HttpExchange x, int index) throws IOException {
        Map<String, String> q = Responses.query(x);
        String v = q.get("v");
        boolean large = "large".equals(q.get("size"));
        String w = q.getOrDefault("w", "0");
        int pixels = w.matches("\\d{1,5}") ? Integer.parseInt(w) : 0;
        byte[] png = v == null ? null : large ? session.large().get(v, pixels) : session.images().get(v);
        if (png != null) {
            Responses.send(x, 200, "image/png", Responses.FOREVER, png);
            return;
        }
        List<PreviewState.PageEntry> pages = session.board().get().pages();
        String current = index < pages.size() ? pages.get(index).v() : null;
        png = current == null ? null : large ? session.large().get(current, pixels) : session.images().get(current);
        if (png == null) {
            Responses.text(x, 404, "no image for page " + index + " yet");
        } else {
            Responses.send(x, 200, "image/png", Responses.FRESH, png);
        }
    }

    private void download(HttpExchange x, String edition) throws IOException {
        Path f = session.editions().files().file(edition);
        if (f == null || !Files.isRegularFile(f)) {
            Responses.text(x, 404, "the " + edition + " edition has not been built yet");
            return;
        }
        Responses.file(x, f, edition.equals("epub") ? "application/epub+zip" : "application/pdf", f.getFileName().toString());
    }

    /** The WeChat folder, shown as it is (its index links its articles, the articles their pictures). */
    private void weChat(HttpExchange x, String name) throws IOException {
        Path f = session.editions().files().weChatFile(name);
        if (f == null || !Files.isRegularFile(f)) {
            Responses.text(x, 404, "not found: " + name);
            return;
        }
        Responses.file(x, f, name.endsWith(".jpg") ? "image/jpeg" : Responses.type(name), null);
    }

    private void asset(HttpExchange x, String name) throws IOException {
        Path f = assets.resolve(name);
        if (!Files.isRegularFile(f)) {
            Responses.text(x, 404, "not found: " + name + " (the preview's files are in " + assets + ")");
            return;
        }
        Responses.send(x, 200, Responses.type(name), Responses.FRESH, Files.readAllBytes(f));
    }

    /**
     * Whether the request names this server ({@code Host}) and, for a change, comes from its own
     * page ({@code Origin}): a web page elsewhere cannot reach it through a name of its own.
     */
    private boolean fromHere(HttpExchange x) {
        String host = x.getRequestHeaders().getFirst("Host");
        String origin = x.getRequestHeaders().getFirst("Origin");
        List<String> ours = List.of("127.0.0.1:" + port(), "localhost:" + port());
        boolean originOk = origin == null || ours.stream().anyMatch(h -> origin.equals("http://" + h));
        return host != null && ours.contains(host.toLowerCase(java.util.Locale.ROOT)) && originOk;
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
