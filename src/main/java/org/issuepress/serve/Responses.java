package org.issuepress.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Writing HTTP answers: bytes, text, files, with their type and how long a browser may keep them. */
final class Responses {
    /** For what never changes under its URL: a page image named by its fingerprint. */
    static final String FOREVER = "public, max-age=31536000, immutable";
    /** For what may change at any moment: ask again every time. */
    static final String FRESH = "no-cache";

    private Responses() {
    }

    static void send(HttpExchange x, int status, String type, String cache, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", cache);
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(x.getRequestMethod());
        x.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
        x.close();
    }

    static void text(HttpExchange x, int status, String message) throws IOException {
        send(x, status, "text/plain; charset=utf-8", FRESH, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A file, streamed; {@code downloadAs} non-null makes the browser save it under that name. */
    static void file(HttpExchange x, Path file, String type, String downloadAs) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", FRESH);
        if (downloadAs != null) {
            x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + downloadAs + "\"");
        }
        x.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = x.getResponseBody()) {
            Files.copy(file, out);
        }
        x.close();
    }

    /** The query's parameters; a name without a value maps to "". */
    static Map<String, String> query(HttpExchange x) {
        Map<String, String> out = new HashMap<>();
        String q = x.getRequestURI().getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                try {
                    out.put(eq < 0 ? pair : pair.substring(0, eq),
                            eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a malformed escape: the parameter is left out
                }
            }
        }
        return out;
    }

    static String type(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (n.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
