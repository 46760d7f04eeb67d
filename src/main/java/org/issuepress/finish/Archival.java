package org.issuepress.finish;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes the e-edition an archival file (PDF/A-2u) and tells readers it is accessible
 * (PDF/UA-1): an sRGB output intent (the JDK's profile) for its RGB colours, XMP metadata in
 * step with the Info dictionary (the packet is {@code xmp.xml} beside this class), the title
 * shown instead of the file name, bookmarks open on start, and no CIDSet (OpenPDF's lists the
 * glyphs it kept, not the ones the compacted fonts hold; PDF/A-2 lets it be absent).
 */
final class Archival {
    private static final String SRGB = "sRGB IEC61966-2.1";

    private Archival() {
    }

    /** After {@link DocumentInfo#apply}: the XMP repeats the Info dictionary. */
    static void apply(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setMetadata(new PDMetadata(doc, new ByteArrayInputStream(xmp(doc.getDocumentInformation(), catalog.getLanguage()))));
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        catalog.setPageMode(PageMode.USE_OUTLINES);
        dropCidSets(doc);
    }

    private static void dropCidSets(PDDocument doc) {
        for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            if (o.getObject() instanceof COSDictionary d) {
                d.removeItem(COSName.CID_SET);
            }
        }
    }

    static byte[] xmp(PDDocumentInformation info, String language) throws IOException {
        String packet;
        try (InputStream in = Archival.class.getResourceAsStream("xmp.xml")) {
            packet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> values = Map.of("title", info.getTitle(), "author", info.getAuthor(), "subject", info.getSubject(),
                "language", language, "producer", info.getProducer(), "keywords", info.getKeywords(),
                "creator", info.getCreator(), "date", date(info.getCreationDate()));
        for (Map.Entry<String, String> e : values.entrySet()) {
            packet = packet.replace("${" + e.getKey() + "}", escape(e.getValue()));
        }
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    /** The Info date as XMP writes it (same instant, same offset). */
    private static String date(Calendar c) {
        ZonedDateTime t = ((GregorianCalendar) c).toZonedDateTime();
        return t.withZoneSameInstant(ZoneOffset.ofTotalSeconds(c.getTimeZone().getRawOffset() / 1000))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
