package org.issuepress.serve;

import java.util.concurrent.ThreadFactory;

/** The preview's background threads: named for a thread dump, and never keeping the JVM alive on their own. */
final class Daemons {
    private Daemons() {
    }

    static ThreadFactory named(String name) {
        return named(name, Thread.NORM_PRIORITY);
    }

    static ThreadFactory named(String name, int priority) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        };
    }
}
