package org.issuepress.compose.flow;

import java.util.List;

/** One page of an article's flow: what sits where, in reading order. */
public record FlowPage(List<Placement> placements) {
    public FlowPage {
        placements = List.copyOf(placements);
    }
}
