package org.issuepress.manuscript;

import java.nio.file.Path;
import java.util.List;

/** Manuscripts for tests outside this package (the command line's): made with POI as offices send them. */
public final class ManuscriptFiles {
    private ManuscriptFiles() {
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
