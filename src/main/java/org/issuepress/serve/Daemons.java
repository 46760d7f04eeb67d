package org.issuepress.serve;

import java.util.concurrent.ThreadFactory;
import org.issuepress.diag.Messages;

/**
 * The preview's background threads: named for a thread dump, never keeping the JVM alive on
 * their own, and saying in one line what went wrong if something escapes them (a bug), not
 * with a stack trace on the editor's terminal.
 */
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
            t.setUncaughtExceptionHandler((thread, e) -> System.err.println(
                    Messages.text("serve.internal-error", thread.getName(), e.toString())));
            return t;
        };
    }
}
