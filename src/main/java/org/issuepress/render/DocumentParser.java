package org.issuepress.render;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.w3c.dom.Document;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;

/**
 * Parses the page documents a few pages ahead of Flying Saucer, on a thread of its own: the
 * XML parse is a tenth of rendering and needs nothing from the renderer, which can only use
 * one core. Documents come back in the order asked, each parsed as Flying Saucer would.
 */
final class DocumentParser implements AutoCloseable {
    /** Pages parsed ahead: enough to keep the renderer fed, few enough to hold little memory. */
    private static final int AHEAD = 6;
    private final List<String> sources;
    private final List<Integer> order;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "page-parser");
        t.setDaemon(true);
        return t;
    });
    private final Deque<CompletableFuture<Document>> queue = new ArrayDeque<>();
    private int next;

    DocumentParser(List<String> sources, List<Integer> order) {
        this.sources = sources;
        this.order = order;
    }

    /** The {@code k}-th page of the order; pages must be asked for in order, each once. */
    Document document(int k) {
        while (next < order.size() && next <= k + AHEAD) {
            String source = sources.get(order.get(next++));
            queue.add(CompletableFuture.supplyAsync(() -> parse(source), thread));
        }
        try {
            return queue.remove().join();
        } catch (CompletionException e) {
            // as if parsed here: a template that makes bad XML fails the way it always did
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Document parse(String source) {
        return XMLResource.load(new InputSource(new StringReader(source))).getDocument();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
