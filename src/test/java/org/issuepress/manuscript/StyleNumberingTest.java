package org.issuepress.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Issue #26 item 15: a paragraph numbered by its Word style (List Number, or a style based on
 * it), not by its own properties, lost its number without a note; now it is listed like a
 * paragraph numbered by hand-set Word numbering.
 */
class StyleNumberingTest {

    @Test
    void aParagraphNumberedByItsStyleIsListed() throws Exception {
        WordDocs w = new WordDocs(false);
        CTStyle list = CTStyle.Factory.newInstance();
        list.setStyleId("ListNumber");
        list.setType(STStyleType.PARAGRAPH);
        list.addNewName().setVal("List Number");
        list.addNewPPr().addNewNumPr().addNewNumId().setVal(BigInteger.ONE);
        w.doc.getStyles().addStyle(new XWPFStyle(list));
        CTStyle mine = CTStyle.Factory.newInstance();
        mine.setStyleId("MyList");
        mine.setType(STStyleType.PARAGRAPH);
        mine.addNewName().setVal("我的编号");
        mine.addNewBasedOn().setVal("ListNumber");
        w.doc.getStyles().addStyle(new XWPFStyle(mine));
        w.paragraph("测试村 脱贫工作");
        w.paragraph("村里做了三件事。");
        w.styled("ListNumber", "修路。");
        w.styled("MyList", "建厂。");
        w.paragraph("群众满意。");
        Path docx = w.save(Files.createTempDirectory("i26-num-").resolve("numbered.docx"));
        Path issue = TestIssues.minimalWith(null);
        Diagnostics d = new Diagnostics();
        Importer.Result r = Importer.run(new Importer.Request(docx, issue, "第一部分", org.issuepress.model.ArticleKind.CASE, null), d);
        List<Diagnostic> numbering = d.all().stream().filter(x -> x.key().equals("import-note.numbering")).toList();
        List<String> article = Files.readAllLines(r.article());
        assertEquals(List.of("修路。", "建厂。"), numbering.stream().map(x -> article.get(x.pos().line() - 1)).toList(), d.all().toString());
    }
}
