package org.issuepress.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.HeaderFrame;
import org.issuepress.compose.page.LinkFrame;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.design.Design;
import org.issuepress.model.Article;
import org.issuepress.model.Part;
import org.issuepress.model.Section;

/**
 * Builds the template views of a composed issue and the registry that gives each
 * {@code <x-frame>} element its frame.
 */
final class ViewBuilder {
    private final ComposedIssue issue;
    private final PageMetrics metrics;
    private final Design design;
    private final Map<String, Frame> registry = new LinkedHashMap<>();

    ViewBuilder(ComposedIssue issue, PageMetrics metrics, Design design) {
        this.issue = issue;
        this.metrics = metrics;
        this.design = design;
    }

    Map<String, Frame> registry() {
        return registry;
    }

    List<Views.PageView> pages() {
        List<Views.PageView> views = new ArrayList<>();
        List<Page> pages = issue.pages();
        Map<String, Views.SectionView> sections = sections();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            List<Views.FrameView> frames = new ArrayList<>();
            List<Views.HeaderView> headers = new ArrayList<>();
            List<Views.LinkView> links = new ArrayList<>();
            int n = 0;
            Set<String> labelled = new HashSet<>();
            for (Frame f : p.frames()) {
                if (f instanceof HeaderFrame h) {
                    headers.add(header(h, labelled));
                } else if (f instanceof LinkFrame) {
                    continue; // links are added to the finished PDF
                } else {
                    String id = "f" + i + "-" + n++;
                    registry.put(id, f);
                    frames.add(new Views.FrameView(id, Views.style(f.box(), metrics)));
                }
            }
            String side = p.recto() ? "recto" : "verso";
            String classes = "page " + p.kind().template() + " " + side;
            List<String> anchors = p.anchors().stream().map(ViewBuilder::anchor).toList();
            Views.SectionView section = p.kind() == PageKind.OPENER ? sections.get(p.sectionId()) : null;
            double width = (p.width() > 0 ? p.width() : metrics.trimWidth()) + 2 * metrics.bleed();
            views.add(new Views.PageView(p, p.kind().template(), side, classes, anchors, frames, headers, links,
                    section, i == pages.size() - 1, String.format(java.util.Locale.ROOT, "%.3fpt", width)));
        }
        return views;
    }

    /** Anchors are XML ids: they may not start with a digit. */
    static String anchor(String id) {
        return "a-" + id;
    }

    /**
     * A header's view. A page names its section once besides the running head (#20): the
     * banner when the header has one, else the small label at the header's top; a later
     * header on the page repeats neither. The banner and the label share the header's top,
     * so printing both also put the red tag over the label.
     *
     * @param labelled the labels already printed on the page; this header's are added
     */
    private Views.HeaderView header(HeaderFrame h, Set<String> labelled) {
        Article a = h.article();
        String banner = design.layout(a.kind().key()).banner();
        String bannerTitle = null;
        String bannerPinyin = null;
        if (banner != null) {
            int sp = banner.indexOf(' ');
            bannerTitle = sp < 0 ? banner : banner.substring(0, sp);
            bannerPinyin = sp < 0 ? null : banner.substring(sp + 1);
        } else if (h.partTitle() != null) {
            Part part = findPart(h.partTitle());
            bannerTitle = h.partTitle();
            bannerPinyin = part == null ? null : part.pinyin();
        }
        if (bannerTitle != null && !labelled.add(bannerTitle)) {
            bannerTitle = null;
            bannerPinyin = null;
        }
        String section = bannerTitle == null && labelled.add(h.sectionTitle()) ? h.sectionTitle() : null;
        labelled.add(h.sectionTitle());
        return new Views.HeaderView(Views.style(h.box(), metrics), a, a.kind().key(), bannerTitle, bannerPinyin,
                section, h.titleLines(), h.subtitleLines());
    }

    private Part findPart(String title) {
        return issue.issue().sections().stream().flatMap(s -> s.parts().stream())
                .filter(p -> title.equals(p.title())).findFirst().orElse(null);
    }

    Map<String, Views.SectionView> sections() {
        Map<String, Views.SectionView> result = new LinkedHashMap<>();
        int number = 1;
        for (Section s : issue.issue().sections()) {
            List<Views.EntryView> entries = new ArrayList<>();
            s.articles().forEach(a -> entries.add(new Views.EntryView(a.contentsEntry(), a.subtitle(),
                    String.format("%02d", issue.articleFolios().get(a.id())), "#" + anchor(a.id()))));
            String letters = s.pinyin() == null ? "" : s.pinyin();
            result.put(s.id(), new Views.SectionView(anchor(s.id()), s.title(), s.pinyin(), letters, entries, number++));
        }
        return result;
    }
}
