package org.twofold;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Work that can wait until the server answers (the language models, the wording check of the
 * dialogues, the speech warm-up): held until the start, then each runs on a background thread of
 * its own, so none of it takes a core from the start itself.
 */
final class AfterStart implements Executor {
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean started;

    @Override
    public synchronized void execute(Runnable task) {
        if (started) {
            run(task);
        } else {
            waiting.add(task);
        }
    }

    /** The server has started: runs what was waiting, and anything given from now on, at once. */
    synchronized void release() {
        started = true;
        waiting.forEach(AfterStart::run);
        waiting.clear();
    }

    private static void run(Runnable task) {
        Thread t = new Thread(task, "twofold-after-start");
        t.setDaemon(true);
        t.start();
    }
}
