package org.issuepress.press;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Preflight;

/**
 * The editions made from one master independently, each checked as soon as it is made: on two
 * cores the print edition's preflight (the longest task) overlaps the making of the others.
 * An edition is a file name and its bytes (or a folder of them); the files come out in the order they were asked for,
 * the reports in the order their checks were.
 */
final class EditionJobs {
    private final ExecutorService pool;
    private final Map<String, CompletableFuture<byte[]>> files = new LinkedHashMap<>();
    /** Editions of many files (the WeChat folder): name under the output folder → bytes. */
    private final List<CompletableFuture<Map<String, byte[]>>> folders = new ArrayList<>();
    private final List<CompletableFuture<FileReport>> reports = new ArrayList<>();

    EditionJobs(ExecutorService pool) {
        this.pool = pool;
    }

    /** Starts making a file on the pool. */
    CompletableFuture<byte[]> make(String file, Supplier<byte[]> maker) {
        CompletableFuture<byte[]> made = CompletableFuture.supplyAsync(maker, pool);
        files.put(file, made);
        return made;
    }

    /** The file being made under this name. */
    CompletableFuture<byte[]> made(String file) {
        return files.get(file);
    }

    /** Starts making a file from another once that is made (the EPUB's cover from the e-edition's first page). */
    CompletableFuture<byte[]> make(String file, CompletableFuture<byte[]> from, java.util.function.Function<byte[], byte[]> maker) {
        CompletableFuture<byte[]> made = from.thenApplyAsync(maker, pool);
        files.put(file, made);
        return made;
    }

    /** Starts making an edition of many files (named under the output folder: {@code wechat/…}). */
    void makeFolder(Supplier<Map<String, byte[]>> maker) {
        folders.add(CompletableFuture.supplyAsync(maker, pool));
    }

    /** Preflight of a made PDF in one piece. */
    void check(String file, CompletableFuture<byte[]> made, Expectations expect) {
        reports.add(made.thenApplyAsync(b -> Preflight.check(file, b, expect), pool));
    }

    /**
     * Preflight of a made PDF in two halves that either thread can take, then reported in page
     * order: making the e-edition then checking it is the longest chain of a build.
     */
    void checkInTwo(String file, CompletableFuture<byte[]> made, Expectations expect) {
        CompletableFuture<Preflight.ScannedPages> first = made.thenApplyAsync(b -> Preflight.scan(b, expect, 0, 2), pool);
        CompletableFuture<Preflight.ScannedPages> second = made.thenApplyAsync(b -> Preflight.scan(b, expect, 1, 2), pool);
        reports.add(first.thenCombine(second, (a, b) -> Preflight.check(file, made.join(), expect, List.of(a, b))));
    }

    /** Every file made, waiting for those still being made; a failure is rethrown as it was. */
    Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, f) -> out.put(name, get(f)));
        folders.forEach(f -> out.putAll(get(f)));
        return out;
    }

    List<FileReport> reports() {
        return reports.stream().map(EditionJobs::get).toList();
    }

    private static <T> T get(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
