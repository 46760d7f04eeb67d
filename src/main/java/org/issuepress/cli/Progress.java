package org.issuepress.cli;

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

    void done(String detail);
}
