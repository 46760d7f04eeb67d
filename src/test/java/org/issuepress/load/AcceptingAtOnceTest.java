package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** Two pages of the preview may press "Keep as is" at the same moment: no warning is lost. */
class AcceptingAtOnceTest {
    @Test
    void warningsAcceptedFromManyThreadsAreAllKept() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        List<Diagnostic> warnings = IntStream.range(0, 40).mapToObj(i -> Diagnostic.of(Severity.WARNING, "title-long",
                new SourcePos(issue.resolve("articles/one.txt").toString(), i + 1, 1), i + 3)).toList(); // each its own words
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> done = warnings.stream().map(w -> pool.submit(() -> {
                AcceptedFindings.accept(issue, w, "编辑确认");
                return (Object) null;
            })).toList();
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AcceptedFindings kept = AcceptedFindings.load(issue, new Diagnostics());
        for (Diagnostic w : warnings) {
            assertTrue(kept.test(w), "kept: " + w.pos());
        }
    }
}
