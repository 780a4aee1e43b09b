package org.twofold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftStore;

/**
 * A database made before plans had versions: its drafts table is rebuilt as versioned records, and each
 * draft stored then reads as version 1 of its own record, a draft still, with nothing lost.
 */
class ADraftFromBeforeVersionsBecomesVersionOne {
    @TempDir
    Path dir;

    @Test
    void aStoredDraftKeepsItsWordsAndGainsARecordAndAVersion() throws SQLException {
        String body = """
            {"id":"d1","status":"draft","conversationId":"c1","personId":"p1","dialogue":"getting-out",
             "createdAt":"2026-10-01T10:00:00.000Z",
             "outcome":{"statement":"I want to go to the park so I feel free.","whyItMatters":"It matters to me.",
                        "ownWords":["the park"],"earlyChange":"I go once","earlyChangeWeeks":2,"checkEveryWeeks":2},
             "milestones":[],"indicators":[],"reviewQuestions":["Did you go?"],"escalation":["If I fall, staff help me."],
             "guidance":{"do":["Ask me."],"dont":[]},"provenance":[],"edits":[]}""";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("twofold.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() > 10) {
                    break;
                }
                for (String statement : m.sql().split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
                s.execute("INSERT INTO schema_version VALUES (" + m.version() + ", 'then', 'then')");
            }
            s.execute("INSERT INTO services (id, name, created_at) VALUES ('s1', 'One', 'then')");
            s.execute("INSERT INTO people (id, service_id, name, created_at) VALUES ('p1', 's1', 'Jo', 'then')");
            s.execute("INSERT INTO conversations (id, person_id, dialogue_id, present, started_at) VALUES ('c1', 'p1', 'getting-out', '[]', 'then')");
            s.execute("INSERT INTO drafts (id, conversation_id, person_id, status, body, created_at) VALUES ('d1', 'c1', 'p1', 'draft', '"
                + body.replace("'", "''") + "', '2026-10-01T10:00:00.000Z')");
        }
        try (Database db = Database.open(dir)) {
            DraftStore drafts = new DraftStore(db, new ObjectMapper());
            Draft d = drafts.find("d1").orElseThrow();
            assertEquals("d1", d.recordId());
            assertEquals(1, d.version());
            assertEquals(0, d.revision());
            assertEquals("draft", d.status());
            assertEquals("2026-10-01T10:00:00.000Z", d.statusAt());
            assertEquals("I want to go to the park so I feel free.", d.outcome().statement());
            assertEquals("If I fall, staff help me.", d.escalation().get(0).text());
            assertEquals(d, drafts.forConversation("c1").orElseThrow());
        }
    }
}
