package org.issuepress.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.finish.Editions;
import org.issuepress.serve.PreviewState.Download;

/** Where the editions of the issue are written ({@code <out>/<id>/<id>-print.pdf} …, as {@code build} names them). */
final class EditionFiles {
    private static final List<String> ORDER = List.of("print", "web", "cover");
    private static final java.util.Set<String> EDITIONS = java.util.Set.of("print", "web", "cover");
    private final Path outRoot;
    private volatile String id;

    EditionFiles(Path outRoot) {
        this.outRoot = outRoot;
    }

    /** The issue's id, once it has loaded: it names the folder and the files. */
    void id(String issueId) {
        if (issueId != null) {
            id = issueId;
        }
    }

    Path folder() {
        return id == null ? outRoot : outRoot.resolve(id);
    }

    /** The file of an edition ({@code print}, {@code web}, {@code cover}), or null before the issue loaded. */
    Path file(String edition) {
        String issueId = id;
        return issueId == null || !EDITIONS.contains(edition) ? null
                : outRoot.resolve(issueId).resolve(Editions.fileName(issueId, edition));
    }

    /** The editions there are to download, with their sizes. */
    List<Download> list() {
        List<Download> out = new ArrayList<>();
        for (String edition : ORDER) {
            Path f = file(edition);
            try {
                if (f != null && Files.isRegularFile(f)) {
                    out.add(new Download(edition, org.issuepress.diag.Messages.text("serve.edition." + edition), "/download/" + edition, Files.size(f)));
                }
            } catch (IOException e) {
                // gone between the two calls: not offered
            }
        }
        return out;
    }
}
