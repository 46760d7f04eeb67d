package org.issuepress.finish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.issuepress.model.IssueInfo;

/**
 * Title, publisher, subject, keywords and language; dates and the document ID derived from
 * the issue and the file's content, never from the clock, so the same input gives the same
 * bytes.
 */
final class DocumentInfo {
    static final String PRODUCER = org.issuepress.diag.ToolVersion.TEXT + " (Flying Saucer, OpenPDF, PDFBox)";

    private DocumentInfo() {
    }

    static void apply(PDDocument doc, IssueInfo info, String edition) {
        PDDocumentInformation di = new PDDocumentInformation();
        di.setTitle(info.fullTitle());
        di.setAuthor(info.publisher() != null ? info.publisher() : info.title());
        di.setSubject(info.subject() != null ? info.subject() : info.special() != null ? info.special() : info.fullTitle());
        di.setKeywords(String.join(", ", info.keywords()));
        di.setCreator("issue-press");
        di.setProducer(PRODUCER);
        Calendar date = issueDate(info);
        di.setCreationDate(date);
        di.setModificationDate(date);
        doc.setDocumentInformation(di);
        doc.getDocumentCatalog().setLanguage(info.language());
        byte[] id = digest(info.id() + "/" + info.number() + "/" + edition);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The first day of the issue's month (2021.01 → 2021-01-01), Beijing time. */
    static Calendar issueDate(IssueInfo info) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"));
        c.clear();
        java.time.LocalDate d = info.date();
        c.set(d.getYear(), d.getMonthValue() - 1, 1, 0, 0, 0);
        return c;
    }

    static byte[] digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return md.digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
