package org.issuepress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14: no number of clients, slow or waiting, can take the preview's threads away for good. */
class PreviewServerLimitsTest {
    private PreviewSession session;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        session = new PreviewSession(TestIssues.minimalWith(null), TestFonts.ROOT.resolve("templates"),
                TestFonts.ROOT.resolve("fonts"), Files.createTempDirectory("serve-out-"),
                new PreviewServerTest.Recording(new CopyOnWriteArrayList<>()));
        server = PreviewServer.start(session, TestFonts.ROOT.resolve("templates/serve"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        session.close();
    }

    @Test
    void waitingRequestsAreCappedAndTheRestIsStillAnswered() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long seen = session.board().get().version();
        HttpRequest poll = HttpRequest.newBuilder(server.url().resolve("/api/state?since=" + seen)).build();
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < PreviewServer.MAX_WAITING; i++) {
            waiting.add(http.sendAsync(poll, HttpResponse.BodyHandlers.ofString()));
        }
        // each of them holds a thread until the state changes, once it has reached the server
        for (int tries = 0; tries < 6000 && server.waitingNow() < PreviewServer.MAX_WAITING; tries++) {
            Thread.sleep(20);
        }
        assertEquals(PreviewServer.MAX_WAITING, server.waitingNow());
        HttpResponse<String> extra = HttpClient.newHttpClient().send(poll, HttpResponse.BodyHandlers.ofString());
        assertEquals(503, extra.statusCode(), extra.body());
        assertEquals("2", extra.headers().firstValue("Retry-After").orElse(""));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the page itself is still served");
        session.board().update(s -> s);
        for (CompletableFuture<HttpResponse<String>> w : waiting) {
            assertEquals(200, w.get().statusCode(), "a change answers the waiting ones");
        }
    }

    @Test
    void aClientSendingItsHeadersTooSlowlyIsCutOff() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            // more slow clients than the server has threads
            for (int i = 0; i < PreviewServer.THREADS + 4; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                s.setSoTimeout(120_000);
                slow.add(s);
            }
            long start = System.nanoTime();
            for (Socket s : slow) {
                assertTrue(closedByServer(s), "the server hung up on a client that never finished its headers");
            }
            System.out.printf("%d slow clients cut off after %.1f s (limit %s s; shared machine)%n", slow.size(),
                    (System.nanoTime() - start) / 1e9, PreviewServer.HEADER_SECONDS);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "and serves everyone else afterwards");
    }

    /**
     * Issue #26 item 14: 50 local clients that open a connection and send half a request line held
     * the 16 threads, and the requests queued behind them were dropped as too slow. Now each
     * connection has a thread of its own (to a bound), so the page is answered while they hang.
     * The 5 s read timeout only tells "answered" from "held until the stuck ones are cut off" (10 s).
     */
    @Test
    void clientsHoldingHalfARequestLineDoNotStarveTheOthers() throws Exception {
        List<Socket> stuck = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write("GET / HT".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stuck.add(s);
            }
            int answered = 0;
            for (int i = 0; i < 50; i++) {
                try (Socket s = new Socket("127.0.0.1", server.port())) {
                    s.setSoTimeout(5_000);
                    s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    if (status.equals("HTTP/1.1 200")) {
                        answered++;
                    }
                } catch (IOException e) {
                    // reset or timed out: not answered
                }
            }
            assertEquals(50, answered, "every request answered while 50 clients hold half a request line");
        } finally {
            for (Socket s : stuck) {
                s.close();
            }
        }
    }

    private static boolean closedByServer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }
}
