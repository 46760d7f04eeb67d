package org.issuepress.model;

import java.util.List;
import org.issuepress.diag.SourcePos;

/** 卷首语: a title the design prints and body blocks. */
public record Foreword(String title, List<Block> blocks, SourcePos pos) {
    public Foreword {
        blocks = List.copyOf(blocks);
    }
}
