package org.issuepress.handoff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Messages;
import org.issuepress.finish.Editions;
import org.issuepress.fonts.Face;
import org.issuepress.model.PrintSettings;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Preflight;
import org.issuepress.preflight.PreflightFailed;
import org.issuepress.press.Built;
import org.issuepress.press.Loaded;
import org.issuepress.press.OutputOwner;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;

/**
 * 交付印厂: builds the issue as {@code build} does (refusing an issue with errors, as it does),
 * then freezes what goes to the print shop as the next numbered set: the print and cover files,
 * their preflight report, the 委印单, the fingerprint of every print page, and from the second
 * set on the pages changed since the last one — listed, as a PDF of only those pages, and as a
 * 核红 proof for the editors.
 */
public final class Handoff {
    /** Handoffs are dated in the editors' and the shop's time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String TICKET_TXT = "job-ticket.txt";
    static final String TICKET_PDF = "job-ticket.pdf";
    static final String CHANGED_TXT = "changed-pages.txt";
    static final String CHANGED_JSON = "changed-pages.json";
    static final String CHANGED_PDF = "changed-pages.pdf";
    static final String PROOF_PDF = "redline-proof.pdf";
    static final String SUMS = "SHA256SUMS";

    private final Pipeline pipeline;
    private final Path templates;
    private final Progress console;
    private final Clock clock;

    public Handoff(Pipeline pipeline, Path templates, Progress console, Clock clock) {
        this.pipeline = pipeline;
        this.templates = templates;
        this.console = console;
        this.clock = clock;
    }

    /** What a handoff froze: the set's folder, its record and its ticket. */
    public record Frozen(Path folder, SetRecord record, JobTicket ticket) {
    }

    public Frozen run(Path issueDir, Path outRoot, Diagnostics d, boolean finalRun, boolean replace) throws IOException {
        Loaded l = pipeline.load(issueDir, d);
        if (!replace) {
            OutputOwner.check(l.issue(), outRoot, d);
            d.throwIfErrors();
        }
        ComposedIssue composed = pipeline.compose(l, d);
        Built built = pipeline.build(l, composed, issueDir, outRoot, d, finalRun);
        d.throwIfErrors();
        console.stage("handoff");
        String id = l.issue().info().id();
        String printName = Editions.fileName(id, "print");
        byte[] print = Files.readAllBytes(built.files().get(printName));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(printName, print);
        for (String name : List.of(Editions.fileName(id, "cover"), "preflight.txt", "preflight.json")) {
            files.put(name, Files.readAllBytes(built.files().get(name)));
        }
        List<PagePrint> prints = PageFingerprints.of(print);
        HandoffSets sets = new HandoffSets(outRoot, id);
        Optional<SetRecord> last = sets.last();
        int number = last.map(r -> r.number() + 1).orElse(1);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZONE));
        String date = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        PageChanges changes = last.map(r -> PageChanges.between(r.prints(), prints)).orElse(null);
        if (changes != null) {
            int before = last.get().number();
            files.put(CHANGED_TXT, ChangedPagesReport.text(changes, before, number).getBytes(StandardCharsets.UTF_8));
            files.put(CHANGED_JSON, HandoffSets.json(ChangedPagesReport.values(changes, before, number)));
            if (!changes.replated().isEmpty()) {
                files.put(CHANGED_PDF, checked(ChangedPagesPdf.of(print, changes.replated()), l.issue().print(), finalRun,
                        l.issue().dir()));
            }
            if (!changes.changed().isEmpty()) {
                byte[] old = Files.readAllBytes(sets.folder(before).resolve(printName));
                files.put(PROOF_PDF, RedlineProof.of(old, print, changes.changed(), trueTypeFace(l).file(), before, number));
            }
        }
        JobTicket ticket = JobTicket.of(new JobTicket.Facts(l.issue().info(), l.issue().print(),
                Editions.binding(composed), number, date, changes), listed(files));
        files.put(TICKET_TXT, ticket.text().getBytes(StandardCharsets.UTF_8));
        files.put(TICKET_PDF, TicketPdf.of(ticket, templates, l.fonts().face("sans"), GregorianCalendar.from(now)));
        SetRecord record = new SetRecord(number, id, date, prints.size(), listed(files), prints,
                changes == null ? null : SetRecord.Changes.of(last.get().number(), changes));
        files.put(SetRecord.FILE, HandoffSets.json(record));
        files.put(SUMS, sums(files));
        Path folder = sets.freeze(number, files);
        console.done(folder.toString());
        return new Frozen(folder, record, ticket);
    }

    /** The changed pages pass the print file's own checks, but for the page count a binding needs. */
    private static byte[] checked(byte[] pdf, PrintSettings ps, boolean finalRun, Path issueDir) {
        FileReport r = Preflight.check(CHANGED_PDF, pdf,
                new Expectations(Expectations.Edition.PRINT, ps.trimWidth(), ps.trimHeight(), 0, finalRun).somePagesOnly());
        if (r.errors() > 0) {
            throw new PreflightFailed(List.of(r), issueDir);
        }
        return pdf;
    }

    /** A face PDFBox can embed (TrueType outlines) for the proof's headings. */
    private static Face trueTypeFace(Loaded l) {
        return l.fonts().faces().values().stream().filter(f -> f.file().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".ttf")).findFirst().orElseThrow(() -> new IllegalStateException("no TrueType face for the proof"));
    }

    private static List<JobTicket.SetFile> listed(Map<String, byte[]> files) {
        List<JobTicket.SetFile> list = new ArrayList<>();
        files.forEach((name, bytes) -> list.add(new JobTicket.SetFile(name, bytes.length, sha256(bytes))));
        return list;
    }

    /** One line per file as {@code sha256sum -c SHA256SUMS} reads it: the shop checks the set with it. */
    private static byte[] sums(Map<String, byte[]> files) {
        StringBuilder s = new StringBuilder();
        files.forEach((name, bytes) -> s.append(sha256(bytes)).append("  ").append(name).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(PageFingerprints.sha256().digest(bytes));
    }

}
