package org.issuepress.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.finish.Editions;
import org.issuepress.reflow.EpubEdition;
import org.issuepress.reflow.WeChatEdition;
import org.issuepress.serve.PreviewState.Download;

/** Where the editions of the issue are written ({@code <out>/<id>/<id>-print.pdf} …, as {@code build} names them). */
final class EditionFiles {
    private static final List<String> ORDER = List.of("print", "web", "cover", "epub", "wechat");
    private static final java.util.Set<String> EDITIONS = java.util.Set.copyOf(ORDER);
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
        if (issueId == null || !EDITIONS.contains(edition)) {
            return null;
        }
        Path dir = outRoot.resolve(issueId);
        return switch (edition) {
            case "epub" -> dir.resolve(EpubEdition.fileName(issueId));
            case "wechat" -> dir.resolve(WeChatEdition.FOLDER).resolve("index.html");
            default -> dir.resolve(Editions.fileName(issueId, edition));
        };
    }

    /** A file of the WeChat folder by its name (no folders: {@code 01-lunshu.html}, {@code c01.png}), or null. */
    Path weChatFile(String name) {
        String issueId = id;
        if (issueId == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return null;
        }
        return outRoot.resolve(issueId).resolve(WeChatEdition.FOLDER).resolve(name);
    }

    /** The editions there are to download, with their sizes. */
    List<Download> list() {
        List<Download> out = new ArrayList<>();
        for (String edition : ORDER) {
            Path f = file(edition);
            try {
                if (f != null && Files.isRegularFile(f)) {
                    out.add(new Download(edition, org.issuepress.diag.Messages.text("serve.edition." + edition), edition.equals("wechat") ? "/wechat/index.html" : "/download/" + edition, Files.size(f)));
                }
            } catch (IOException e) {
                // gone between the two calls: not offered
            }
        }
        return out;
    }
}
