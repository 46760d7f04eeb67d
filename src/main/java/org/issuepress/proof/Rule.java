package org.issuepress.proof;

import java.util.function.Consumer;

/** One proofreading rule: reads a passage, says what it finds. Rules keep no state between passages. */
interface Rule {
    void check(Passage p, Consumer<Hit> out);
}
