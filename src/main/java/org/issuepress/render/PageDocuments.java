package org.issuepress.render;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * The pages' documents, each made by the templates when first asked for, then kept; safe to
 * ask from several threads (one document may then be made twice, the same both times).
 */
final class PageDocuments extends AbstractList<String> {
    private final List<Views.PageView> views;
    private final PageTemplates.Run run;
    private final Path templates;
    private final AtomicReferenceArray<String> made;

    PageDocuments(List<Views.PageView> views, PageTemplates.Run run, Path templates) {
        this.views = views;
        this.run = run;
        this.templates = templates;
        this.made = new AtomicReferenceArray<>(views.size());
    }

    @Override
    public String get(int i) {
        String doc = made.get(i);
        if (doc == null) {
            try {
                doc = run.page(views.get(i));
            } catch (RuntimeException e) {
                throw TemplateErrors.ofThymeleaf(e, templates);
            }
            made.compareAndSet(i, null, doc);
        }
        return doc;
    }

    @Override
    public int size() {
        return views.size();
    }

    /** Every document, in parallel: the templates run on the spare cores. */
    void makeAll() {
        IntStream.range(0, size()).parallel().forEach(this::get);
    }
}
