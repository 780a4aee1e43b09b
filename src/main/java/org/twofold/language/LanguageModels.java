package org.twofold.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four English OpenNLP models, read once from the classpath (the Maven model artifacts) and
 * shared by every request. They load in the background so the server starts at once; a caller
 * that comes before they are ready waits, up to a bound.
 */
public final class LanguageModels {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageModels.class);
    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String PARTS_OF_SPEECH = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** The loaded models. Models are thread-safe; the *ME tools made from them are not. */
    record Models(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech, LemmatizerModel lemmas) {}

    /** Thrown when the models are not there in time, or could not be read. */
    public static final class NotReady extends RuntimeException {
        NotReady(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CompletableFuture<Models> models;

    private LanguageModels(CompletableFuture<Models> models) {
        this.models = models;
    }

    /** Starts loading on a background thread of its own and returns at once. */
    public static LanguageModels loadInBackground() {
        return loadWith(task -> {
            Thread t = new Thread(task, "twofold-language-models");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Loads on the given executor: lets a test decide when loading happens. */
    public static LanguageModels loadWith(Executor executor) {
        LanguageModels loading = new LanguageModels(CompletableFuture.supplyAsync(LanguageModels::read, executor));
        loading.models.whenComplete((m, e) -> {
            if (e != null) {
                LOG.error("The language models could not be loaded: language help is off", e);
            }
        });
        return loading;
    }

    public boolean ready() {
        return models.isDone() && !models.isCompletedExceptionally();
    }

    /** Runs the task in the background once the models are loaded, never on the caller's thread. */
    public void whenReady(Runnable task) {
        models.thenRunAsync(task);
    }

    Models await(Duration bound) {
        try {
            return models.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NotReady("Language help is still starting. Try again in a moment.", e);
        } catch (ExecutionException e) {
            throw new NotReady("Language help is not available: its models could not be loaded.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted while waiting for language help to start.", e);
        }
    }

    private static Models read() {
        long start = System.nanoTime();
        try (InputStream sentences = open(SENTENCES); InputStream tokens = open(TOKENS);
             InputStream tags = open(PARTS_OF_SPEECH); InputStream lemmas = open(LEMMAS)) {
            Models m = new Models(new SentenceModel(sentences), new TokenizerModel(tokens), new POSModel(tags),
                new LemmatizerModel(lemmas));
            LOG.info("Language models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language models", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = LanguageModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The OpenNLP model " + name + " is not on the classpath");
        }
        return in;
    }
}
