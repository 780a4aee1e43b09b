package org.twofold.privacy;

import java.util.List;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
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
    private final AuditLog audit;

    Erasure(Database db, PersonRecords records, Recordings recordings, Speech speech, AuditLog audit) {
        this.db = db;
        this.records = records;
        this.recordings = recordings;
        this.speech = speech;
        this.audit = audit;
    }

    private record Forgotten(List<Recording> recordings, List<String> clips) {}

    /** Erases, and audits who erased (the person's id only) before the slower scrub, so a failed scrub still leaves the record. */
    void erase(Principal who, String personId) {
        speech.saveWaitingClips();
        Forgotten forgotten = db.write(tx -> {
            List<String> clips = speech.forget(tx, personId);
            List<Recording> theirs = recordings.forget(tx, personId);
            records.erase(tx, personId);
            return new Forgotten(theirs, clips);
        });
        recordings.dropFiles(personId, forgotten.recordings());
        speech.dropAudio(forgotten.clips(), personId);
        audit.record(who, "person.erase", "person:" + personId);
        db.scrub();
    }
}
