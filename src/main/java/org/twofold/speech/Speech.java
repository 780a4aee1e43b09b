package org.twofold.speech;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.sql.SQLException;
import org.twofold.store.Database;
import org.twofold.store.Tx;
import org.twofold.web.ApiException.NotFound;

/**
 * Speech for every text a person sees: a stable URL per text now, the audio on first request
 * (then from the disk cache), and the person's own recording in place of synthetic speech where they have one.
 */
public final class Speech implements SpeechLinks, AutoCloseable {
    public static final int MAX_TEXT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Speech.class);

    private final Synthesiser synthesiser;
    private final ClipIds ids;
    private final ClipRegistry registry;
    private final AudioCache cache;
    private final Pronunciations pronunciations;
    private final Recordings recordings;
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> making = new ConcurrentHashMap<>();
    private WarmUp warmUp;

    private Speech(Synthesiser synthesiser, ClipIds ids, ClipRegistry registry, AudioCache cache,
                   Pronunciations pronunciations, Recordings recordings) {
        this.synthesiser = synthesiser;
        this.ids = ids;
        this.registry = registry;
        this.cache = cache;
        this.pronunciations = pronunciations;
        this.recordings = recordings;
    }

    public static Speech open(Database db, Path dataDir, long cacheBytes, Synthesiser synthesiser,
                              Pronunciations pronunciations, Recordings recordings, Clock clock) {
        return new Speech(synthesiser, ClipIds.load(db), new ClipRegistry(db, clock),
            new AudioCache(dataDir.resolve("audio"), cacheBytes, clock), pronunciations, recordings);
    }

    @Override
    public String urlFor(String text, Listener listener) {
        return urlFor(text, null, listener);
    }

    /** As {@link #urlFor(String, Listener)}; for a card, the person's recording of its symbol also counts. */
    public String urlFor(String text, String symbol, Listener listener) {
        try {
            if (text == null || text.isBlank()) {
                return null;
            }
            Optional<String> recorded = recordingFor(text.strip(), symbol, listener);
            if (recorded.isPresent()) {
                return recordingUrl(recorded.get(), listener);
            }
            if (text.length() > MAX_TEXT) {
                LOG.warn("Not speaking a text of {} characters (at most {})", text.length(), MAX_TEXT);
                return null;
            }
            Clip clip = clipFor(text, listener);
            registry.remember(clip, listener.personId());
            return "/audio/" + clip.id() + ".wav";
        } catch (RuntimeException e) {
            LOG.error("No speech link for a text; the step goes on without it", e);
            return null;
        }
    }

    /** The clip a text becomes for this listener: their service's pronunciations, then the spoken form. */
    Clip clipFor(String text, Listener listener) {
        String spoken = SpokenText.of(pronunciations.apply(listener.serviceId(), text));
        return ids.clip(synthesiser.voice(), listener.rate(), spoken);
    }

    private Optional<String> recordingFor(String text, String symbol, Listener listener) {
        Optional<String> forText = recordings.idFor(listener.personId(), RecordingKey.text(text));
        if (forText.isPresent() || symbol == null) {
            return forText;
        }
        return recordings.idFor(listener.personId(), RecordingKey.symbol(symbol));
    }

    private static String recordingUrl(String recordingId, Listener listener) {
        return listener.conversationId() != null
            ? "/api/v1/conversations/" + listener.conversationId() + "/recordings/" + recordingId
            : "/api/v1/people/" + listener.personId() + "/recordings/" + recordingId;
    }

    /** The WAV for an issued id: from the cache, or made now and cached. */
    public byte[] wav(String id) {
        if (!ClipIds.SHAPE.matcher(id).matches()) {
            throw new NotFound("There is no audio '" + id + "'.");
        }
        Optional<byte[]> cached = cache.read(id);
        if (cached.isPresent()) {
            return cached.get();
        }
        Clip clip = registry.find(id).orElseThrow(() -> new NotFound("There is no audio '" + id + "'."));
        return make(clip);
    }

    /** Makes a clip once, however many ask for it at the same moment. */
    private byte[] make(Clip clip) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> theirs = making.putIfAbsent(clip.id(), mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                throw unavailable(clip, e.getCause());
            }
        }
        try {
            byte[] wav = synthesiser.wav(clip.spoken(), clip.rate());
            cache.write(clip.id(), wav);
            mine.complete(wav);
            return wav;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw unavailable(clip, e);
        } finally {
            making.remove(clip.id());
        }
    }

    private static SpeechErrors.Unavailable unavailable(Clip clip, Throwable cause) {
        LOG.error("Could not synthesise audio {}", clip.id(), cause);
        return new SpeechErrors.Unavailable("Speech could not be made just now. The screen works without it; try again later.");
    }

    /** Makes a clip ahead of its first request, unless it is cached already. */
    void prepare(Clip clip) {
        registry.remember(clip, null);
        if (!cache.has(clip.id())) {
            make(clip);
        }
    }

    /** Starts making these texts' audio in the background; returns at once. */
    public synchronized void warmUp(List<String> texts) {
        if (warmUp == null) {
            warmUp = new WarmUp(this, texts).start();
        }
    }

    synchronized WarmUp warmingUp() {
        return warmUp;
    }

    /** Stores the audio ids still waiting to be saved, so a person's erasure finds every clip spoken for them. */
    public void saveWaitingClips() {
        registry.flush();
    }

    /**
     * Inside the caller's transaction: forgets the clips spoken for this person alone (their words, read back).
     * Returns their ids, for {@link #dropAudio} once the transaction is stored.
     */
    public List<String> forget(Tx tx, String personId) throws SQLException {
        return registry.forget(tx, personId);
    }

    /** Removes forgotten clips' audio from the disk cache and from memory. */
    public void dropAudio(List<String> clipIds, String personId) {
        registry.dropFromMemory(clipIds, personId);
        clipIds.forEach(cache::delete);
    }

    /** The texts spoken for this person, read inside the caller's transaction. */
    public List<String> spokenFor(Tx tx, String personId) throws SQLException {
        return registry.textsFor(tx, personId);
    }

    Pronunciations pronunciations() {
        return pronunciations;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (warmUp != null) {
                warmUp.stop();
            }
        }
        registry.close();
        synthesiser.close();
    }
}
