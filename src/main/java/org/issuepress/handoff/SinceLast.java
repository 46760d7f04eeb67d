package org.issuepress.handoff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.issuepress.diag.Messages;

/**
 * What the preview says of the handoffs: the last set, and which print pages differ from it in
 * the editions just built — the pages the next handoff will send again.
 */
public final class SinceLast {
    private SinceLast() {
    }

    /** A line for the editor, or empty when the issue was never handed off. */
    public static Optional<String> line(Path outRoot, String id, byte[] printPdf) throws IOException {
        Optional<SetRecord> last = new HandoffSets(outRoot, id).last();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        SetRecord r = last.get();
        List<PagePrint> now = PageFingerprints.of(printPdf);
        PageChanges c = PageChanges.between(r.prints(), now);
        return Optional.of(Messages.text(c.none() ? "serve.handoff.unchanged" : "serve.handoff.changed",
                String.valueOf(r.number()), r.date(), ChangeWords.pages(c)));
    }
}
