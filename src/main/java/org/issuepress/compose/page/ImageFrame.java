package org.issuepress.compose.page;

import java.nio.file.Path;

/** A photo from the issue folder, scaled to cover its box; {@code key} names it in the logical structure (see {@link TextRow}). */
public record ImageFrame(Box box, Path image, String key) implements Frame {
}
