package org.twofold.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The schema, as numbered steps applied once each, in order, at start.
 * Never edit a step that has shipped: add the next one.
 * SQL stays portable (TEXT ids and ISO-8601 times) so a PostgreSQL store can follow.
 */
final class Migrations {
    record Migration(int version, String description, String sql) {}

    static final List<Migration> ALL = List.of(
        new Migration(1, "accounts, people, conversations, drafts, audit", """
            CREATE TABLE services (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                service_id TEXT NOT NULL REFERENCES services(id),
                username TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'advocate')),
                created_at TEXT NOT NULL
            );
            CREATE TABLE people (
                id TEXT PRIMARY KEY,
                service_id TEXT NOT NULL REFERENCES services(id),
                name TEXT NOT NULL,
                preferred_name TEXT,
                communication_needs TEXT,
                created_by TEXT REFERENCES users(id),
                created_at TEXT NOT NULL
            );
            CREATE INDEX people_by_service ON people(service_id);
            CREATE TABLE conversations (
                id TEXT PRIMARY KEY,
                person_id TEXT NOT NULL REFERENCES people(id),
                dialogue_id TEXT NOT NULL,
                present TEXT NOT NULL,
                started_by TEXT REFERENCES users(id),
                started_at TEXT NOT NULL
            );
            CREATE INDEX conversations_by_person ON conversations(person_id);
            CREATE TABLE conversation_events (
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                seq INTEGER NOT NULL,
                kind TEXT NOT NULL,
                node TEXT,
                choice TEXT,
                rating INTEGER,
                text TEXT,
                prompt TEXT,
                answer TEXT,
                slots TEXT,
                how TEXT,
                note TEXT,
                answer_id TEXT,
                recorded_by TEXT,
                result_status TEXT NOT NULL,
                result_node TEXT NOT NULL,
                at TEXT NOT NULL,
                PRIMARY KEY (conversation_id, seq),
                UNIQUE (conversation_id, answer_id)
            );
            CREATE TABLE access_tokens (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT REFERENCES users(id),
                conversation_id TEXT REFERENCES conversations(id),
                expires_at TEXT NOT NULL,
                created_at TEXT NOT NULL,
                CHECK ((user_id IS NULL) <> (conversation_id IS NULL))
            );
            CREATE TABLE drafts (
                id TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL UNIQUE REFERENCES conversations(id),
                person_id TEXT NOT NULL REFERENCES people(id),
                status TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE audit_log (
                id TEXT PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL
            );
            CREATE INDEX audit_by_subject ON audit_log(subject)
            """),
        new Migration(2, "display settings, consent, annotations of answers", """
            ALTER TABLE people ADD COLUMN display_settings TEXT;
            ALTER TABLE conversations ADD COLUMN consent TEXT;
            ALTER TABLE conversation_events ADD COLUMN refers_to INTEGER
            """),
        new Migration(3, "speech: audio clips, the audio key, pronunciations, recordings", """
            CREATE TABLE audio_key (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                secret TEXT NOT NULL
            );
            CREATE TABLE audio_clips (
                id TEXT PRIMARY KEY,
                voice TEXT NOT NULL,
                rate TEXT NOT NULL,
                text TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE pronunciations (
                service_id TEXT NOT NULL REFERENCES services(id),
                word TEXT NOT NULL COLLATE NOCASE,
                say TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (service_id, word)
            );
            CREATE TABLE recordings (
                id TEXT PRIMARY KEY,
                person_id TEXT NOT NULL REFERENCES people(id),
                key TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (person_id, key)
            )
            """),
        new Migration(4, "the picture a person confirmed for their own words", """
            ALTER TABLE conversation_events ADD COLUMN symbol TEXT
            """),
        new Migration(5, "how a person shows pain, refusal, anxiety and consent", """
            ALTER TABLE people ADD COLUMN signs TEXT
            """),
        new Migration(6, "which person each audio clip was spoken for, so erasing a person removes the audio of their words", """
            CREATE TABLE audio_clip_people (
                clip_id TEXT NOT NULL,
                person_id TEXT NOT NULL,
                PRIMARY KEY (clip_id, person_id)
            );
            CREATE INDEX audio_clip_people_by_person ON audio_clip_people(person_id)
            """),
        // Audio ids issued before this were public whatever their words: they are forgotten (fixed texts are issued again as used).
        new Migration(7, "audio of a person's words belongs to its conversation or service", """
            ALTER TABLE audio_clips ADD COLUMN scope TEXT;
            DELETE FROM audio_clips
            """),
        new Migration(8, "picture boards: what each event did on a mat, the dialogue it moved into, and finished mats' snapshots", """
            ALTER TABLE conversation_events ADD COLUMN mat TEXT;
            ALTER TABLE conversation_events ADD COLUMN result_dialogue TEXT;
            CREATE TABLE mat_snapshots (
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                seq INTEGER NOT NULL,
                node TEXT NOT NULL,
                board_id TEXT NOT NULL,
                practice INTEGER NOT NULL,
                svg TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (conversation_id, seq)
            );
            CREATE INDEX mat_snapshots_by_node ON mat_snapshots(conversation_id, node)
            """),
        new Migration(9, "imported picture boards (Open Board Format) and stored pictures", """
            CREATE TABLE pictures (
                id TEXT PRIMARY KEY,
                person_id TEXT NULL REFERENCES people(id),
                content_type TEXT NOT NULL,
                bytes BLOB NOT NULL,
                width INTEGER NOT NULL,
                height INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX pictures_by_person ON pictures(person_id);
            CREATE TABLE imported_boards (
                id TEXT PRIMARY KEY,
                service_id TEXT NOT NULL REFERENCES services(id),
                board TEXT NOT NULL,
                original TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                imported_at TEXT NOT NULL
            );
            CREATE INDEX imported_boards_by_service ON imported_boards(service_id)
            """),
        new Migration(10, "personal photo cards: a person's own photos as cards on a board", """
            CREATE TABLE photo_cards (
                id TEXT PRIMARY KEY,
                person_id TEXT NOT NULL REFERENCES people(id),
                board_id TEXT NOT NULL,
                label TEXT NOT NULL,
                say TEXT,
                dialogue TEXT NOT NULL,
                content_type TEXT NOT NULL,
                bytes BLOB NOT NULL,
                width INTEGER NOT NULL,
                height INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX photo_cards_by_person ON photo_cards(person_id, board_id)
            """),
        new Migration(11, "drafts as versioned records (draft, agreed, approved, superseded); tablet links that read a draft back for the person to agree", """
            CREATE TABLE drafts_versioned (
                id TEXT PRIMARY KEY,
                record_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                person_id TEXT NOT NULL REFERENCES people(id),
                status TEXT NOT NULL,
                status_at TEXT NOT NULL,
                revision INTEGER NOT NULL DEFAULT 0,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (record_id, version)
            );
            INSERT INTO drafts_versioned (id, record_id, version, conversation_id, person_id, status, status_at, revision, body, created_at)
                SELECT id, id, 1, conversation_id, person_id, status, created_at, 0, body, created_at FROM drafts;
            DROP TABLE drafts;
            ALTER TABLE drafts_versioned RENAME TO drafts;
            CREATE INDEX drafts_by_conversation ON drafts(conversation_id, version);
            CREATE INDEX drafts_by_person ON drafts(person_id);
            CREATE INDEX drafts_by_status ON drafts(status, status_at);
            ALTER TABLE access_tokens ADD COLUMN read_back_of TEXT;
            ALTER TABLE access_tokens ADD COLUMN read_back_how TEXT;
            ALTER TABLE access_tokens ADD COLUMN read_back_by TEXT
            """),
        new Migration(12, "advocates' assignments, communication needs as the Accessible Information Standard asks, a person's photo", """
            CREATE TABLE advocate_assignments (
                person_id TEXT NOT NULL REFERENCES people(id),
                user_id TEXT NOT NULL REFERENCES users(id),
                assigned_by TEXT NOT NULL,
                assigned_at TEXT NOT NULL,
                PRIMARY KEY (person_id, user_id)
            );
            CREATE INDEX advocate_assignments_by_user ON advocate_assignments(user_id);
            ALTER TABLE people ADD COLUMN communication TEXT;
            CREATE TABLE person_photos (
                person_id TEXT PRIMARY KEY REFERENCES people(id),
                content_type TEXT NOT NULL,
                bytes BLOB NOT NULL,
                width INTEGER NOT NULL,
                height INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """),
        // Not users (whose role CHECK stays): a care-record system's token belongs to a service, and only its SHA-256 is kept.
        new Migration(13, "tokens for care-record systems: read-only, for exports and the pull list", """
            CREATE TABLE care_record_tokens (
                id TEXT PRIMARY KEY,
                service_id TEXT NOT NULL REFERENCES services(id),
                name TEXT NOT NULL,
                secret_hash TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_used_at TEXT,
                revoked_by TEXT,
                revoked_at TEXT
            );
            CREATE INDEX care_record_tokens_by_service ON care_record_tokens(service_id)
            """)
    );

    private Migrations() {}

    static void apply(Tx tx) throws SQLException {
        tx.execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )""");
        int current = tx.one("SELECT COALESCE(MAX(version), 0) FROM schema_version", rs -> rs.getInt(1)).orElse(0);
        for (Migration m : ALL) {
            if (m.version() <= current) {
                continue;
            }
            for (String statement : m.sql().split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    tx.execute(statement);
                }
            }
            tx.update("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                m.version(), m.description(), Times.format(Instant.now()));
        }
    }

    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }
}
