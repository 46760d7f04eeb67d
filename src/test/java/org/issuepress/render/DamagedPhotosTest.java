package org.issuepress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.issuepress.compose.page.Box;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos that are damaged, or far larger than they are printed: said so, and prepared in bounded memory. */
class DamagedPhotosTest {
    /** A column-wide photo, 4:3 (as PhotoCheck.COLUMN_PT). */
    static final Box COLUMN = new Box(0, 0, 241.5, 181);

    @TempDir
    Path dir;

    /** A JPEG cut short in transfer decodes with grey rows and only a warning: it is refused as cut short. */
    @Test
    void aJpegCutShortIsRefusedNotPrintedGrey() throws IOException {
        Path whole = TestPhotos.write(dir.resolve("whole.jpg"), 1200, 900, 4);
        Path cut = dir.resolve("cut.jpg");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 6 / 10));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Photos.forPrint(cut, COLUMN));
        assertInstanceOf(Photos.CutShort.class, e.getCause());
        Photos.forPrint(whole, COLUMN); // the whole file is fine
    }

    /**
     * A 14000 × 14000 16-bit PNG (1.2 GB of pixels, a few MB on disk) is under the pixel cap
     * but took 3.8 GB: decoded at the resolution it is printed at, it is prepared with a heap
     * of 512 MB, at 300 ppi like any photo.
     */
    @Test
    void aHugePngIsDecodedAtItsPrintedResolutionInBoundedMemory() throws Exception {
        Path bomb = png16(dir.resolve("bomb.png"), 14_000, 14_000);
        assertTrue(Files.size(bomb) < 10 << 20, "small on disk: " + Files.size(bomb));
        String out = probe("-Xmx512m", bomb, COLUMN);
        assertEquals("ok 1006×1006", out); // covering 241.5 × 181 pt at 300 ppi
    }

    /** Out of memory is reported as a photo too large to process, with its size, not as a damaged photo. */
    @Test
    void runningOutOfMemoryOnAPhotoSaysTooLargeWithItsSize() throws Exception {
        BufferedImage flat = new BufferedImage(3000, 2250, BufferedImage.TYPE_INT_RGB);
        Path photo = dir.resolve("big.jpg");
        ImageIO.write(flat, "jpg", photo.toFile());
        // a page-wide box: decoded whole (27 MB), more than this heap holds with its copies
        String out = probe("-Xmx40m", photo, new Box(0, 0, 504, 378));
        assertEquals("too-large 3000×2250", out);
    }

    private static String probe(String heap, Path photo, Box box) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), PhotoProbe.class.getName(),
                photo.toString(), String.valueOf(box.w()), String.valueOf(box.h())));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out.lines().reduce((a, b) -> b).orElse(out);
    }

    /** A gray-to-black 16-bit RGB PNG written row by row: zeros deflate a thousandfold, as in a decompression bomb. */
    static Path png16(Path file, int width, int height) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {16, 2, 0, 0, 0}); // 16 bits, RGB, deflate, no filter, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                byte[] row = new byte[1 + width * 6];
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
