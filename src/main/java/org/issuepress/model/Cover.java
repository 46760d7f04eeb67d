package org.issuepress.model;

import java.nio.file.Path;

/**
 * The front cover: cover line, photo (null: marked placeholder) and its caption and credit
 * as printed (封面说明 / 伏羲山, 摄影 / 陈智军).
 */
public record Cover(String line, Path photo, String photoCaption, String photographer) {
    public boolean isPlaceholder() {
        return photo == null;
    }
}
