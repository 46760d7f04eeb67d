package org.issuepress.model;

import java.nio.file.Path;
import org.issuepress.diag.SourcePos;

/**
 * A photo with its caption. {@code image} is null when the issue has no file for the photo
 * the printed magazine showed: the page then carries a marked placeholder and preflight
 * lists it. {@code wide} spans all columns (通栏). {@code proportion} is the photo's height
 * over its width as it stands upright (0 when not known: a placeholder), which its frame
 * follows within the design's limits; {@code crop} says what is kept beyond them.
 */
public record Figure(String caption, Path image, boolean wide, SourcePos pos, double proportion, Crop crop) implements Block {
    public Figure {
        crop = crop == null ? Crop.MIDDLE : crop;
    }

    /** A photo of unknown proportion, cropped in the middle. */
    public Figure(String caption, Path image, boolean wide, SourcePos pos) {
        this(caption, image, wide, pos, 0, Crop.MIDDLE);
    }

    public boolean isPlaceholder() {
        return image == null;
    }
}
