package org.issuepress.compose.page;

import java.nio.file.Path;
import org.issuepress.model.Crop;

/**
 * A photo from the issue folder, scaled to cover its box, {@code crop} saying which part is
 * kept when the photo's proportion is not the box's; {@code key} names it in the logical
 * structure (see {@link TextRow}).
 */
public record ImageFrame(Box box, Path image, String key, Crop crop) implements Frame {
    public ImageFrame {
        crop = crop == null ? Crop.MIDDLE : crop;
    }

    public ImageFrame(Box box, Path image, String key) {
        this(box, image, key, Crop.MIDDLE);
    }
}
