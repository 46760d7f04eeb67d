package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Phrase;
import org.junit.jupiter.api.Test;

/** A hint about a missing or empty key says what the key holds in the editor's language: every required key has its words. */
class RequiredKeysWordedTest {

    @Test
    void everyRequiredKeyIsDescribedInTheCatalogue() {
        List<String> missing = new ArrayList<>();
        List<Class<?>> records = new ArrayList<>(List.of(IssueFile.class, FrontMatter.class, TableFile.class, ChartFile.class));
        for (int i = 0; i < records.size(); i++) {
            for (Class<?> inner : records.get(i).getDeclaredClasses()) {
                if (inner.isRecord()) {
                    records.add(inner);
                }
            }
            for (RecordComponent c : records.get(i).getRecordComponents()) {
                if (c.isAnnotationPresent(Required.class) && !(RecordBinder.what(c) instanceof Phrase)) {
                    missing.add(records.get(i).getSimpleName() + "." + c.getName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "required keys without doc.<Record>.<key> in the catalogue: " + missing);
        Phrase title = (Phrase) RecordBinder.what(IssueFile.class.getRecordComponents()[1]);
        assertTrue(title.text(Lang.ZH).startsWith("刊名") && title.text(Lang.EN).startsWith("the magazine's title"),
                title.text(Lang.ZH) + " / " + Messages.text(Lang.EN, title.key()));
    }
}
