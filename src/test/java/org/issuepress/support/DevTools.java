package org.issuepress.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Chrome DevTools Protocol over a WebSocket, with the JDK's HTTP client: enough to ask an
 * open page to evaluate JavaScript and give back the value.
 */
public final class DevTools implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ANSWER_SECONDS = 30;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private DevTools(WebSocket.Builder builder, URI uri) throws InterruptedException, IOException {
        try {
            this.socket = builder.buildAsync(uri, new Listener()).get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to " + uri + ": " + e, e);
        }
    }

    /** Connects to the first page target of the browser debugging on {@code port}. */
    static DevTools connectToPage(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
            if ("page".equals(target.path("type").asText())) {
                return new DevTools(http.newWebSocketBuilder(), URI.create(target.get("webSocketDebuggerUrl").asText()));
            }
        }
        throw new IOException("the browser has no page open: " + list.body());
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its value as JSON. */
    public JsonNode eval(String expression) throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode()
                .put("expression", expression).put("returnByValue", true).put("awaitPromise", true);
        JsonNode result = call("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IOException("the page could not evaluate " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Lays the page out as on a screen {@code width} × {@code height} CSS pixels wide (a phone's: {@code mobile}). */
    public void viewport(int width, int height, boolean mobile) throws IOException, InterruptedException {
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", mobile));
    }

    /** What the page shows now, as a PNG. */
    public byte[] screenshot() throws IOException, InterruptedException {
        JsonNode shot = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        return java.util.Base64.getDecoder().decode(shot.path("data").asText());
    }

    private JsonNode call(String method, ObjectNode params) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true);
        try {
            JsonNode reply = answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IOException(method + ": " + reply.get("error"));
            }
            return reply.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer: " + e, e);
        } finally {
            waiting.remove(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Puts a message's fragments together and hands each answer to whoever waits for it. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode m = JSON.readTree(message.toString());
                    CompletableFuture<JsonNode> f = m.has("id") ? waiting.get(m.get("id").asInt()) : null;
                    if (f != null) {
                        f.complete(m);
                    }
                } catch (IOException e) {
                    // not JSON: not an answer to anything asked
                }
                message.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
