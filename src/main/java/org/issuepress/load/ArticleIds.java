package org.issuepress.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * An article's id is its file name without '.txt'; it names the article's pages, links and
 * bookmarks, so it must be unique in the issue. Tells the two ways an editor breaks that
 * apart: the same file listed twice, and two files of the same name in different folders.
 */
final class ArticleIds {
    private record Claim(Path file, SourcePos listedAt) {
    }

    private final IssueFolder folder;
    private final Diagnostics out;
    private final Map<String, Claim> claims = new HashMap<>();

    ArticleIds(IssueFolder folder, Diagnostics out) {
        this.folder = folder;
        this.out = out;
    }

    /** @return true when {@code id} is new; otherwise reports where it was first listed */
    boolean claim(String id, Path file, SourcePos listedAt) {
        Claim first = claims.putIfAbsent(id, new Claim(file, listedAt));
        if (first == null) {
            return true;
        }
        if (first.file().equals(file)) {
            out.report(Severity.ERROR, "article-duplicate", listedAt, id, String.valueOf(first.listedAt()));
        } else {
            out.report(Severity.ERROR, "article-duplicate-id", listedAt, folder.display(file), id, folder.display(first.file()),
                    String.valueOf(first.listedAt()));
        }
        return false;
    }
}
