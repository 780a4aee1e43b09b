package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ARequestWaitsForTheModelsWithABound {
    /** Loading starts only when the test lets it: a request can arrive before the models. */
    private static final class Gate implements java.util.concurrent.Executor {
        final CountDownLatch open = new CountDownLatch(1);

        @Override
        public void execute(Runnable task) {
            Thread t = new Thread(() -> {
                try {
                    open.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                task.run();
            });
            t.setDaemon(true);
            t.start();
        }
    }

    @Test
    void aCheckBeforeTheModelsAreLoadedWaitsAndThenAnswers() throws Exception {
        Gate gate = new Gate();
        LanguageModels models = LanguageModels.loadWith(gate);
        StatementCheck check = new StatementCheck(new Analyser(models, Duration.ofSeconds(30)));
        CompletableFuture<Check> early = CompletableFuture.supplyAsync(() -> check.check("She wants to cook so she feels in control."));
        Thread.sleep(200);
        assertFalse(early.isDone(), "the check waits for the models");
        assertFalse(models.ready());
        gate.open.countDown();
        Check answer = early.get(30, TimeUnit.SECONDS);
        assertEquals(List.of(IssueCode.THIRD_PERSON), List.copyOf(answer.codes()));
        assertTrue(models.ready());
    }

    @Test
    void theWaitIsBounded() {
        Gate gate = new Gate();
        StatementCheck check = new StatementCheck(new Analyser(LanguageModels.loadWith(gate), Duration.ofMillis(100)));
        LanguageModels.NotReady refused = assertThrows(LanguageModels.NotReady.class, () -> check.check("I want to cook."));
        assertTrue(refused.getMessage().contains("still starting"), refused.getMessage());
        gate.open.countDown();
    }
}
