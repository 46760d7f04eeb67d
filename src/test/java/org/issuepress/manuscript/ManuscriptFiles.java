package org.issuepress.manuscript;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Manuscripts for tests outside this package (the command line's): made with POI as offices send them. */
public final class ManuscriptFiles {
    private ManuscriptFiles() {
    }

    /**
     * A manuscript with everything import handles: title and subtitle styles, heads, a bold
     * lead-in, a comment, a table with a merged header and a 合计 row, a captioned picture, a
     * tracked insertion and deletion, a footnote, a manual line break; a Chinese file name.
     */
    public static Path everything(Path dir) throws Exception {
        WordDocs w = new WordDocs(true);
        w.styled("Title", "稻香村合作社 带动群众增收");
        w.styled("Subtitle", "——某镇产业扶贫工作纪实");
        w.paragraph("近年来，某镇围绕产业扶贫，带动群众增收。");
        w.styled("1", "一、基本情况");
        w.paragraph("**一是建强组织。**镇里成立合作社，吸纳农户入社。");
        XWPFParagraph commented = w.paragraph("合作社当年分红。");
        w.comment(commented, "王编辑", "请核实分红金额");
        w.styled("2", "（一）脱贫成效");
        w.paragraph("表1 脱贫人口情况");
        w.table(List.of(List.of("村名", "脱贫人口*2", "备注"), List.of("^", "户数", "人数", "^")),
                List.of(List.of("东村", "12", "40", "—"), List.of("西村", "8", "1,025", "—"), List.of("合　计", "20", "1065", "")));
        w.paragraph("单位：户、人");
        w.picture("□ 合作社的蔬菜大棚");
        XWPFParagraph changed = w.paragraph("村里修通了道路");
        w.tracked(changed, "和水渠。", "和桥梁");
        XWPFParagraph noted = w.paragraph("全镇实现稳定脱贫。");
        w.footnote(noted, "数据截至2020年底。");
        XWPFParagraph broken = w.paragraph("第一行");
        broken.createRun().addBreak();
        broken.createRun().setText("\u3000\u3000第二行是新的一段。");
        return w.save(dir.resolve("稻香村合作社（定稿）.docx"));
    }

    /** A district's report: heads typed with their numbering and no styles, bold lead-ins. */
    public static Path district(Path file) throws Exception {
        WordDocs w = new WordDocs(false);
        w.paragraph("测试区县 脱贫工作报告");
        w.paragraph("——测试区县脱贫攻坚工作纪实");
        w.paragraph("测试区县扎实推进脱贫攻坚。");
        w.paragraph("一、主要做法");
        w.paragraph("**一是压实责任。**层层签订责任书。");
        w.paragraph("（一）产业带动");
        w.paragraph("发展特色种植。");
        return w.save(file);
    }

    /** A case study in Word heading styles as Chinese Word names them. */
    public static Path caseStudy(Path file) throws Exception {
        WordDocs w = new WordDocs(true);
        w.styled("Title", "测试村的变化");
        w.styled("1", "▶ 从穷村到富村");
        w.paragraph("村里修了路，建了厂。");
        return w.save(file);
    }

    /** An Excel table with its title across the sheet and a 合计 row that is a formula. */
    public static Path workbook(Path file) throws Exception {
        return WordDocs.workbook(file, "测试脱贫人口", List.of("村名", "户数", "人数"),
                List.of(List.of("东村", 12, 40), List.of("西村", 8, 25), List.of("合计", "=SUM(B3:B4)", "=SUM(C3:C4)")));
    }
}
