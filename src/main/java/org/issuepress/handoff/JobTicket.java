package org.issuepress.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issuepress.diag.Messages;
import org.issuepress.finish.Editions;
import org.issuepress.model.BindingStyle;
import org.issuepress.model.IssueInfo;
import org.issuepress.model.PrintOrder;
import org.issuepress.model.PrintSettings;

/**
 * The 委印单: what the print shop reads before it opens a file, in its own words — who orders
 * and whom to call, the periodical and issue, 开本 and trim, pages and 印张, papers, colours,
 * binding, copies, delivery, and for this handoff its number, date and the pages changed since
 * the last. Each field is a catalogue key ({@code ticket.<key>}) and its value; a fact the
 * issue does not give is shown as to be filled in, never guessed.
 */
public record JobTicket(List<Field> fields, List<SetFile> files) {

    /** One line of the ticket; {@code value} null when the issue does not say. */
    public record Field(String key, String value) {
        public String label() {
            return Messages.text("ticket." + key);
        }

        public String shown() {
            return value == null ? Messages.text("ticket.missing") : value;
        }
    }

    /** A file of the set: its name, size and SHA-256. */
    public record SetFile(String name, long bytes, String sha256) {
    }

    /** What the ticket is made from. */
    public record Facts(IssueInfo info, PrintSettings print, Editions.Binding binding, int number, String date,
                        PageChanges changes) {
    }

    public static JobTicket of(Facts f, List<SetFile> files) {
        IssueInfo info = f.info();
        PrintSettings p = f.print();
        PrintOrder o = p.order();
        Editions.Binding b = f.binding();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("unit", o.contactUnit()));
        fields.add(new Field("contact", o.contactName()));
        fields.add(new Field("phone", o.contactPhone()));
        fields.add(new Field("title", "《" + info.title() + "》" + (info.special() == null ? "" : info.special())));
        fields.add(new Field("issue", info.issueLabel() + "（" + info.numberLabel() + "）"));
        fields.add(new Field("permit", info.permit()));
        fields.add(new Field("format", Formats.name(p.trimWidth(), p.trimHeight())));
        fields.add(new Field("trim", Messages.text("ticket.trim.value", mm(p.trimWidth()), mm(p.trimHeight()), mm(p.bleed()))));
        fields.add(new Field("pages", Messages.text("ticket.pages.value", String.valueOf(b.insidePages()),
                String.valueOf(b.blankPages()))));
        fields.add(new Field("sheets", Messages.text("ticket.sheets.value", sheets(b.insidePages()),
                String.valueOf(b.signatures()),
                b.rest() == 0 ? "" : Messages.text("ticket.sheets.rest", String.valueOf(b.rest())))));
        fields.add(new Field("cover-paper", o.coverPaper()));
        fields.add(new Field("paper", p.paper()));
        // the files are CMYK throughout: the inside pages on both sides of a leaf, the cover spread on its outside
        fields.add(new Field("colours", Messages.text("ticket.colours.value")));
        fields.add(new Field("binding", b.style() == BindingStyle.SADDLE ? Messages.text("ticket.binding.saddle")
                : Messages.text("ticket.binding.perfect", mm(b.spineMm()))));
        fields.add(new Field("copies", p.copies() > 0 ? Messages.text("ticket.copies.value", String.valueOf(p.copies())) : null));
        fields.add(new Field("delivery", o.delivery()));
        fields.add(new Field("handoff", Messages.text("ticket.handoff.value", String.valueOf(f.number()), f.date())));
        if (f.changes() != null) {
            fields.add(new Field("changed", ChangeWords.pages(f.changes())));
            fields.add(new Field("signatures", ChangeWords.signatures(f.changes())));
        }
        return new JobTicket(List.copyOf(fields), List.copyOf(files));
    }

    /** 印张 of 16 pages each (大16开: a sheet printed both sides folds into 16 pages), e.g. 6 or 8.75. */
    static String sheets(int pages) {
        double s = pages / (double) PagePrint.SIGNATURE_PAGES;
        return s == Math.rint(s) ? String.valueOf((int) s) : String.format(Locale.ROOT, "%.2f", s).replaceAll("0+$", "");
    }

    static String mm(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    /** The ticket as the shop reads it: one field a line, then the files. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(Messages.text("ticket.heading")).append("\n\n");
        for (Field f : fields) {
            s.append(f.label()).append(Messages.text("ticket.colon")).append(f.shown()).append('\n');
        }
        s.append('\n').append(Messages.text("ticket.files")).append('\n');
        for (SetFile f : files) {
            s.append("  ").append(f.name()).append("  ").append(Messages.text("ticket.bytes", String.valueOf(f.bytes())))
                    .append("\n    SHA-256 ").append(f.sha256()).append('\n');
        }
        return s.toString();
    }
}
