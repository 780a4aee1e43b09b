package org.twofold.speech;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * The fixed words of the dialogues are public, at /audio/; any other words may be a person's own, so their audio
 * is heard only within its conversation (or, asked for by an account, its service), at a URL that needs its token.
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
    private final Set<String> publicTexts;
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> making = new ConcurrentHashMap<>();
    private WarmUp warmUp;

    private Speech(Synthesiser synthesiser, ClipIds ids, ClipRegistry registry, AudioCache cache,
                   Pronunciations pronunciations, Recordings recordings, Set<String> publicTexts) {
        this.synthesiser = synthesiser;
        this.ids = ids;
        this.registry = registry;
        this.cache = cache;
        this.pronunciations = pronunciations;
        this.recordings = recordings;
        this.publicTexts = Set.copyOf(publicTexts);
    }

    /** publicTexts: the fixed words of every dialogue and step (see SpeechTexts), whose audio anyone may fetch. */
    public static Speech open(Database db, Path dataDir, long cacheBytes, Synthesiser synthesiser,
                              Pronunciations pronunciations, Recordings recordings, Clock clock, Collection<String> publicTexts) {
        return new Speech(synthesiser, ClipIds.load(db), new ClipRegistry(db, clock),
            new AudioCache(dataDir.resolve("audio"), cacheBytes, clock), pronunciations, recordings, Set.copyOf(publicTexts));
    }

    /** Who may hear the audio of words spoken in this conversation: its tablet, and accounts of its service. */
    public static String conversationScope(String conversationId) {
        return "conversation:" + conversationId;
    }

    /** Who may hear the audio of words an account asked for: accounts of its service. */
    public static String serviceScope(String serviceId) {
        return "service:" + serviceId;
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
            if (publicTexts.contains(text)) {
                Clip clip = clipFor(text, listener);
                registry.remember(clip, null);
                return "/audio/" + clip.id() + ".wav";
            }
            return personalUrl(text, listener);
        } catch (RuntimeException e) {
            LOG.error("No speech link for a text; the step goes on without it", e);
            return null;
        }
    }

    /** The clip a text becomes for this listener: their service's pronunciations, then the spoken form. */
    Clip clipFor(String text, Listener listener) {
        return clipFor(text, listener, null);
    }

    private Clip clipFor(String text, Listener listener, String scope) {
        String spoken = SpokenText.of(pronunciations.apply(listener.serviceId(), text));
        return ids.clip(synthesiser.voice(), listener.rate(), spoken, scope);
    }

    /** Words that may be a person's own: heard only in their conversation, or in the asking account's service. */
    private String personalUrl(String text, Listener listener) {
        String scope = listener.conversationId() != null ? conversationScope(listener.conversationId())
            : listener.serviceId() != null ? serviceScope(listener.serviceId()) : null;
        if (scope == null) {
            LOG.warn("No audio for words that are not a dialogue's, asked for without a conversation or service");
            return null;
        }
        Clip clip = clipFor(text, listener, scope);
        registry.remember(clip, listener.personId());
        return listener.conversationId() != null
            ? "/api/v1/conversations/" + listener.conversationId() + "/audio/" + clip.id() + ".wav"
            : "/api/v1/speech/audio/" + clip.id() + ".wav";
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

    /** The WAV for an issued public id: from the cache, or made now and cached. */
    public byte[] wav(String id) {
        return wav(id, null);
    }

    /**
     * The WAV for an id issued in this scope (null: public), from the cache or made now. An id of another scope is
     * not found, the same as an id never issued: a personal clip's address tells nothing to those who may not hear it.
     */
    public byte[] wav(String id, String scope) {
        Clip clip = issued(id, scope);
        Optional<byte[]> cached = cache.read(id);
        return cached.isPresent() ? cached.get() : make(clip);
    }

    /** The clip an id was issued for in this scope (null: public), or not found. */
    public Clip issued(String id, String scope) {
        if (!ClipIds.SHAPE.matcher(id).matches()) {
            throw new NotFound("There is no audio '" + id + "'.");
        }
        return registry.find(id).filter(c -> Objects.equals(c.scope(), scope))
            .orElseThrow(() -> new NotFound("There is no audio '" + id + "'."));
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
