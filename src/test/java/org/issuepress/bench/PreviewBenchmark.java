package org.issuepress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.issuepress.support.TestIssues;

/**
 * The preview as an editor meets it: {@code java -jar target/issue-press.jar serve} of a copy
 * of the issue, started as a new process; how long until the first page's image can be
 * fetched, and until every page is drawn — first with nothing kept from before, then started
 * again (the images kept in output/.cache) — then {@code EDITS} one-paragraph edits of an
 * article, each timed from saving the file until the page's new image has been fetched.
 * Not a test: run by src/bench/benchmark.sh.
 *
 * <p>usage: PreviewBenchmark ISSUE_DIR ARTICLE_FILE EDITS
 */
public final class PreviewBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path issue = TestIssues.copyOf(Path.of(args[0]));
        Path article = issue.resolve(args[1]);
        int edits = Integer.parseInt(args[2]);
        Path out = Files.createTempDirectory("bench-serve-");
        for (String run : List.of("first serve (nothing kept)", "serve again (pages kept)")) {
            long start = System.nanoTime();
            Process serve = serve(issue, out);
            try {
                URI url = URI.create(new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine());
                while (get(url.resolve("/page/0.png")).statusCode() != 200) {
                    Thread.sleep(20);
                }
                double first = seconds(start);
                JsonNode s = state(url, -1);
                while (!s.path("status").path("phase").asText().equals("ready")) {
                    s = state(url, s.get("version").asLong());
                }
                System.out.printf(Locale.ROOT, "%s: first page %.2f s after start, all %d pages %.2f s%n", run, first,
                        s.get("pages").size(), seconds(start));
                if (run.startsWith("serve again")) {
                    edit(url, article, edits, s);
                }
            } finally {
                serve.destroy();
                serve.waitFor();
            }
        }
    }

    private static void edit(URI url, Path article, int edits, JsonNode s) throws Exception {
        while (!List.of("current", "failed").contains(s.path("editions").path("phase").asText())) {
            s = state(url, s.get("version").asLong()); // the editions build after the pages: not during the edits
        }
        String original = Files.readString(article);
        List<Double> times = new ArrayList<>();
        try {
            for (int k = 0; k < edits; k++) {
                JsonNode before = s.get("pages");
                Files.writeString(article, original.replaceFirst("。", "。" + "又".repeat(k + 1)));
                long saved = System.nanoTime();
                int changed = -1;
                while (changed < 0) {
                    s = state(url, s.get("version").asLong());
                    for (JsonNode p : s.get("pages")) {
                        int i = p.get("index").asInt();
                        if (!p.get("v").isNull() && i < before.size() && !p.get("v").equals(before.get(i).get("v"))) {
                            changed = i;
                            break;
                        }
                    }
                }
                get(url.resolve("/page/" + changed + ".png?v=" + s.get("pages").get(changed).get("v").asText()));
                times.add(seconds(saved));
                Thread.sleep(300);
            }
        } finally {
            Files.writeString(article, original);
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "edit to page: median %.2f s of %d edits (best %.2f, worst %.2f)%n",
                sorted.get(sorted.size() / 2), sorted.size(), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static Process serve(Path issue, Path out) throws Exception {
        return new ProcessBuilder("java", "-jar", "target/issue-press.jar", "serve", issue.toString(), "--port", "0",
                "--out", out.toString(), "--quiet").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static JsonNode state(URI url, long since) throws Exception {
        String q = since < 0 ? "" : "?since=" + since;
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(url.resolve("/api/state" + q)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static HttpResponse<byte[]> get(URI url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
