package org.issuepress.manuscript;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * Why a manuscript could not be opened, in the editor's words: POI's own ("The supplied data
 * appears to be in the OLE2 Format … HSSF instead of XSSF") never reach an editor. A file
 * saved with a password is an OLE2 container holding the encrypted document; an OLE2 file
 * without one is a .doc or .xls renamed; anything else is damaged or not an Office file.
 */
final class Unopenable {
    private Unopenable() {
    }

    static void report(Path file, SourcePos at, Diagnostics out) {
        out.report(Severity.ERROR, kind(file), at);
    }

    private static String kind(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic != FileMagic.OLE2) {
                return "import-unreadable";
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
                return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) ? "import-encrypted" : "import-old-format";
            }
        } catch (IOException | RuntimeException e) {
            return "import-unreadable";
        }
    }
}
