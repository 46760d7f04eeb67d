package org.issuepress.model;

import java.nio.file.Path;
import org.issuepress.diag.SourcePos;

/**
 * The front cover: cover line, photo (null: marked placeholder) and its caption and credit
 * as printed (封面说明 / 伏羲山, 摄影 / 陈智军), and where the cover is described (for messages).
 */
public record Cover(String line, Path photo, String photoCaption, String photographer, SourcePos pos) {
    public boolean isPlaceholder() {
        return photo == null;
    }
}
