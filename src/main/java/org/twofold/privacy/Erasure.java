package org.twofold.privacy;

import java.util.List;
import org.twofold.speech.Recording;
import org.twofold.speech.Recordings;
import org.twofold.speech.Speech;
import org.twofold.store.Database;

/**
 * Erases a person: one transaction deletes every row about them (conversations, events, drafts, join tokens,
 * recordings, the audio clips of their words), then their files go, and the database is scrubbed so no copy
 * of their words stays in free pages or the write-ahead log.
 */
final class Erasure {
    private final Database db;
    private final PersonRecords records;
    private final Recordings recordings;
    private final Speech speech;

    Erasure(Database db, PersonRecords records, Recordings recordings, Speech speech) {
        this.db = db;
        this.records = records;
        this.recordings = recordings;
        this.speech = speech;
    }

    private record Forgotten(List<Recording> recordings, List<String> clips) {}

    void erase(String personId) {
        speech.saveWaitingClips();
        Forgotten forgotten = db.write(tx -> {
            List<String> clips = speech.forget(tx, personId);
            List<Recording> theirs = recordings.forget(tx, personId);
            records.erase(tx, personId);
            return new Forgotten(theirs, clips);
        });
        recordings.dropFiles(personId, forgotten.recordings());
        speech.dropAudio(forgotten.clips(), personId);
        db.scrub();
    }
}
