package org.twofold.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks every step text ahead of time, at each rate and for each service's pronunciations, on a
 * low-priority thread after start: the first tap on a speaker button then never waits for synthesis.
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private final Speech speech;
    private final List<String> texts;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean stopping;

    WarmUp(Speech speech, List<String> texts) {
        this.speech = speech;
        this.texts = List.copyOf(texts);
        this.thread = new Thread(this::run, "twofold-speech-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    WarmUp start() {
        thread.start();
        return this;
    }

    /** The distinct clips to make: one per text, rate and service whose list changes how the text is said. */
    List<Clip> clips() {
        List<String> services = new ArrayList<>();
        services.add(null);
        services.addAll(speech.pronunciations().services());
        Map<String, Clip> clips = new LinkedHashMap<>();
        for (Rate rate : Rate.values()) {
            for (String service : services) {
                texts.forEach(text -> {
                    Clip c = speech.clipFor(text, Listener.ofService(service, rate));
                    clips.putIfAbsent(c.id(), c);
                });
            }
        }
        return List.copyOf(clips.values());
    }

    private void run() {
        long start = System.nanoTime();
        int made = 0;
        try {
            for (Clip c : clips()) {
                if (stopping) {
                    return;
                }
                speech.prepare(c);
                made++;
            }
            LOG.info("Speech is ready: {} clips in {} ms", made, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Speech warm-up stopped after {} clips; the rest are made on first use: {}", made, e.getMessage());
        } finally {
            done.countDown();
        }
    }

    boolean awaitDone(long seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets the clip being made finish (FreeTTS cannot be interrupted cleanly), then stops. */
    void stop() {
        stopping = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
