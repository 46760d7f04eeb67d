package org.issuepress.press;

/** Where a pipeline reports its stages: the terminal, or nowhere. */
public interface Progress {
    Progress SILENT = new Progress() {
        @Override
        public void stage(String name) {
        }

        @Override
        public void done(String detail) {
        }
    };

    void stage(String name);

    /** How far a long stage is: {@code done} of {@code total} pages (or files). */
    default void step(int done, int total) {
    }

    void done(String detail);
}
