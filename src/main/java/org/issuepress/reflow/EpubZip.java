package org.issuepress.reflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB's container (OCF): {@code mimetype} first, stored uncompressed and without extra
 * fields, as reading systems sniff it at a fixed offset; then the files in the order given,
 * deflated. Every entry carries the same local time (the date, not the clock, and not
 * shifted by the machine's time zone), so the same issue gives the same bytes.
 */
final class EpubZip {
    private EpubZip() {
    }

    static byte[] write(Map<String, byte[]> files, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(9);
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            m.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            m.setTimeLocal(time);
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setTimeLocal(time);
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }
}
