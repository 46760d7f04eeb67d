package org.issuepress.serve;

import java.util.function.UnaryOperator;

/**
 * Holds the current {@link PreviewState}. Every change gets the next version; a page's request
 * for the state can wait here until there is a newer one than it has, so a change reaches the
 * browser as soon as it is made instead of at the next poll.
 */
final class StateBoard {
    private PreviewState state = PreviewState.initial();

    synchronized PreviewState get() {
        return state;
    }

    synchronized PreviewState update(UnaryOperator<PreviewState> change) {
        state = change.apply(state).withVersion(state.version() + 1);
        notifyAll();
        return state;
    }

    /** The state once its version is past {@code seen}, or the current one after {@code millis}. */
    synchronized PreviewState newerThan(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (state.version() <= seen) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return state;
    }
}
