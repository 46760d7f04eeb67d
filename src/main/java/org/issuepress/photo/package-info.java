/**
 * What a photo file is before any pixel is decoded: its format, its stored size and the way
 * the camera says to turn it upright (EXIF orientation). Read from the file's header by load
 * (the checks, the frame's proportion) and by render (the pixels of both editions), so both
 * see one photo the same way up.
 */
package org.issuepress.photo;
