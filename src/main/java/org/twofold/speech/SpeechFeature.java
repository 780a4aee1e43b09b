package org.twofold.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.twofold.people.PeopleRoutes;
import org.twofold.security.AuditLog;
import org.twofold.store.Database;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Feature;

/** Every word said aloud: synthesised speech, the service's pronunciations and the person's own recordings. */
public final class SpeechFeature implements Feature, AutoCloseable {
    /** Where speech keeps what it makes and is given, and how much. */
    public record Storage(Path dataDir, long cacheBytes, RecordingQuota quota) {}

    private final Pronunciations pronunciations;
    private final Recordings recordings;
    private final Speech speech;
    private final List<String> fixedTexts;
    private final SymbolCatalogue symbols;
    private final PeopleRoutes people;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    /** @param fixedTexts the dialogues' own words, the same for everyone: their audio is public, and made ahead */
    public SpeechFeature(Database db, Storage storage, List<String> fixedTexts, SymbolCatalogue symbols, PeopleRoutes people,
                         AuditLog audit, ObjectMapper json, Clock clock) {
        this.fixedTexts = fixedTexts;
        this.symbols = symbols;
        this.people = people;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.pronunciations = Pronunciations.load(db);
        this.recordings = Recordings.load(db, storage.dataDir(), storage.quota());
        this.speech = Speech.open(db, storage.dataDir(), storage.cacheBytes(), new Synthesiser(Synthesiser.KEVIN, 2),
            pronunciations, recordings, clock, fixedTexts);
    }

    public Speech speech() {
        return speech;
    }

    public Recordings recordings() {
        return recordings;
    }

    /** Starts making the fixed texts' audio in the background. */
    public void warmUp() {
        speech.warmUp(fixedTexts);
    }

    @Override
    public void register(RoutesConfig routes) {
        new SpeechRoutes(speech, people, symbols, audit, json).register(routes);
        new PronunciationRoutes(pronunciations, audit, json).register(routes);
        new RecordingRoutes(recordings, people, symbols, audit, clock).register(routes);
    }

    @Override
    public void close() {
        speech.close();
    }
}
