package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.model.Article;
import org.issuepress.model.ArticleKind;
import org.issuepress.model.Issue;
import org.issuepress.model.ListItem;
import org.issuepress.model.TableBlock;
import org.junit.jupiter.api.Test;

class SampleIssueLoadTest {
    static final Path SAMPLE = Path.of("issue-data/2021-01");

    @Test
    void sampleIssueLoadsWithoutErrors() {
        Diagnostics d = new Diagnostics();
        Issue issue = IssueLoader.load(SAMPLE, d);
        assertFalse(d.hasErrors(), () -> d.sorted().stream().map(Diagnostic::format).toList().toString());
        assertEquals("郑州三农", issue.info().title());
        assertEquals("总第82期", issue.info().numberLabel());
        assertEquals(51, issue.articles().count());
        assertEquals(5, issue.sections().size());
        assertNotNull(issue.foreword());
        assertTrue(issue.masthead().imprint().stream().anyMatch(e -> e.role().equals("印数") && e.joined().equals("1500册")));
    }

    @Test
    void timelineEntriesHaveTheirDatesSetApart() {
        Issue issue = IssueLoader.load(SAMPLE, new Diagnostics());
        Article dashiji = issue.articles().filter(a -> a.kind() == ArticleKind.TIMELINE).findFirst().orElseThrow();
        List<ListItem> items = dashiji.blocks().stream().filter(b -> b instanceof ListItem).map(b -> (ListItem) b).toList();
        assertEquals(75, items.size(), "entries of the printed 大事记");
        assertEquals("2016年3月21日", items.get(0).date());
        assertTrue(items.get(0).text().plainText().startsWith("市委农村工作暨扶贫开发工作会议召开"));
        assertTrue(items.stream().allMatch(i -> i.date() != null), "every entry has a date");
    }

    @Test
    void theThreeTablesCarryTheSeedsTotals() {
        Issue issue = IssueLoader.load(SAMPLE, new Diagnostics());
        List<TableBlock> tables = issue.articles().flatMap(a -> a.blocks().stream())
                .filter(b -> b instanceof TableBlock).map(b -> (TableBlock) b).toList();
        assertEquals(3, tables.size());
        String totals = tables.stream().filter(t -> t.table().total() != null)
                .map(t -> t.table().total().cells().stream().map(c -> c.text()).toList().toString()).toList().toString();
        assertTrue(totals.contains("25798") && totals.contains("96084") && totals.contains("181") && totals.contains("31995"), totals);
    }
}
