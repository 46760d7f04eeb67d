package org.issuepress.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.issuepress.diag.Messages;
import org.issuepress.fonts.Face;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The 委印单 as a one-page PDF from {@code templates/handoff/ticket.html}, set in the issue's
 * sans face by Flying Saucer; dated by the handoff and identified by its own words, so the
 * same ticket gives the same bytes.
 */
final class TicketPdf {
    private TicketPdf() {
    }

    static byte[] of(JobTicket ticket, Path templates, Face face, Calendar date) throws IOException {
        FileTemplateResolver r = new FileTemplateResolver();
        r.setPrefix(templates.resolve("handoff").toAbsolutePath() + "/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.XML);
        r.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(r);
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("heading", Messages.text("ticket.heading"));
        ctx.setVariable("fields", ticket.fields().stream().map(f -> Map.of("label", f.label(), "shown", f.shown(),
                "missing", f.value() == null)).toList());
        ctx.setVariable("filesHeading", Messages.text("ticket.files"));
        ctx.setVariable("files", ticket.files().stream().map(f -> Map.of("name", f.name(),
                "bytes", Messages.text("ticket.bytes", String.valueOf(f.bytes())), "sha256", f.sha256())).toList());
        ctx.setVariable("font", face.cssFamily());
        String html = engine.process("ticket", ctx);
        ITextRenderer renderer = new ITextRenderer();
        try {
            renderer.getFontResolver().addFont(face.baseFont(), face.file().toString(), face.cssFamily());
            renderer.setDocumentFromString(html, templates.toUri().toString());
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return stable(out.toByteArray(), ticket.text(), date);
        } catch (RuntimeException e) {
            throw new IOException("the job ticket could not be set: " + e.getMessage(), e);
        }
    }

    /** Dates from the handoff, the ID from the ticket's words: not the clock's or a random one. */
    private static byte[] stable(byte[] pdf, String words, Calendar date) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.issuepress.finish.StableFontNames.apply(doc);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(Messages.text("ticket.heading"));
            info.setCreator("issue-press");
            info.setCreationDate(date);
            info.setModificationDate(date);
            doc.setDocumentInformation(info);
            byte[] id = java.util.Arrays.copyOf(PageFingerprints.sha256().digest(words.getBytes(StandardCharsets.UTF_8)), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        }
    }

}
