package org.issuepress.finish;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * OpenPDF names font subsets with a random six-letter tag (ABCDEF+Font). We replace it with
 * one derived from the subset's own bytes, so identical builds give identical files.
 */
public final class StableFontNames {
    private StableFontNames() {
    }

    public static void apply(PDDocument doc) throws IOException {
        FontDictionaries.forEach(doc, StableFontNames::rename);
    }

    private static void rename(COSDictionary font) throws IOException {
        COSDictionary descendant = font;
        COSBase desc = font.getDictionaryObject(COSName.DESCENDANT_FONTS);
        if (desc instanceof COSArray arr && arr.size() > 0 && arr.getObject(0) instanceof COSDictionary d) {
            descendant = d;
        }
        COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor == null) {
            return;
        }
        COSStream file = null;
        for (COSName key : new COSName[] {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3}) {
            if (descriptor.getDictionaryObject(key) instanceof COSStream s) {
                file = s;
            }
        }
        if (file == null) {
            return;
        }
        String tag = tag(file);
        for (COSDictionary d : new COSDictionary[] {font, descendant, descriptor}) {
            for (COSName key : new COSName[] {COSName.BASE_FONT, COSName.FONT_NAME}) {
                String n = d.getNameAsString(key);
                if (n != null && n.length() > 7 && n.charAt(6) == '+') {
                    d.setName(key, tag + n.substring(6));
                }
            }
        }
    }

    private static String tag(COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(in.readAllBytes());
            byte[] h = md.digest();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                s.append((char) ('A' + (h[i] & 0xFF) % 26));
            }
            return s.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
