package org.issuepress.model;

import java.nio.file.Path;
import org.issuepress.diag.SourcePos;

/**
 * A photo with its caption. {@code image} is null when the issue has no file for the photo
 * the printed magazine showed: the page then carries a marked placeholder and preflight
 * lists it. {@code wide} spans all columns (通栏).
 */
public record Figure(String caption, Path image, boolean wide, SourcePos pos) implements Block {
    public boolean isPlaceholder() {
        return image == null;
    }
}
