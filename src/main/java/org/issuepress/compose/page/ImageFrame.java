package org.issuepress.compose.page;

import java.nio.file.Path;

/** A photo from the issue folder, scaled to cover its box. */
public record ImageFrame(Box box, Path image) implements Frame {
}
