package org.issuepress.words;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Chinese word boundaries from a dictionary (HanLP portable's): where a line of display text
 * may break without splitting a word, and what a proofreading rule needs to know of a
 * sentence. The dictionaries take about 0.4 s to load, once per process: {@link #warmUp()}
 * starts that on another thread while the issue is read.
 */
public final class Words {
    private static final CompletableFuture<Segment> SEGMENT = new CompletableFuture<>();
    private static volatile boolean started;

    private Words() {
    }

    /** Starts loading the core dictionary {@link #tags} reads, in the background. */
    public static void warmUpTags() {
        Thread t = new Thread(() -> tags("的"), "words-tags");
        t.setDaemon(true);
        t.start();
    }

    /** Starts loading the dictionaries in the background; harmless to call more than once. */
    public static void warmUp() {
        start(true);
    }

    /** The words of {@code text} in order, covering it without gaps. */
    public static List<Word> of(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        start(false);
        List<Term> terms;
        Segment s = SEGMENT.join();
        synchronized (s) { // HanLP's segmenters keep per-call state
            terms = s.seg(text);
        }
        List<Word> out = new ArrayList<>(terms.size());
        int at = 0;
        for (Term t : terms) {
            int start = text.indexOf(t.word, at);
            if (start < 0) {
                start = at; // normalised by the segmenter (it should not be): keep the cover without gaps
            }
            int end = Math.min(text.length(), start + t.word.length());
            if (start > at) {
                out.add(new Word(text.substring(at, start), at, start, "w"));
            }
            out.add(new Word(text.substring(start, end), start, end, t.nature == null ? "" : t.nature.toString()));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Word(text.substring(at), at, text.length(), "w"));
        }
        return out;
    }

    /**
     * The parts of speech the dictionary lists for {@code word} (most frequent first), without
     * segmenting anything: empty when it is not a dictionary word. Only the core dictionary is
     * loaded for it (about half of what the segmenter needs: its bigrams and name models are
     * not), so a rule that can decide by looking words up costs half as much.
     */
    public static List<String> tags(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(a.nature.length);
        for (Nature n : a.nature) {
            out.add(n.toString());
        }
        return out;
    }

    private static void start(boolean background) {
        if (started) {
            return;
        }
        synchronized (Words.class) {
            if (started) {
                return;
            }
            started = true;
        }
        Runnable load = () -> {
            try {
                HanLP.Config.ShowTermNature = true;
                HanLP.Config.Normalization = false; // offsets must stay the text's
                SEGMENT.complete(HanLP.newSegment().enableOffset(true));
            } catch (RuntimeException | Error e) {
                SEGMENT.completeExceptionally(e);
            }
        };
        if (background) {
            Thread t = new Thread(load, "words");
            t.setDaemon(true);
            t.start();
        } else {
            load.run();
        }
    }
}
