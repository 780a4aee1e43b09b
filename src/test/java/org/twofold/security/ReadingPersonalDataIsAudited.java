package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.conversation.Walk;

class ReadingPersonalDataIsAudited extends ApiTest {
    private int audited(String action, String subject) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?")) {
            s.setString(1, action);
            s.setString(2, subject);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    @Test
    void eachReadOfAPersonIsWrittenToTheAuditLog() throws SQLException {
        int before = audited("person.read", "person:" + person);
        server.get("/api/v1/people/" + person, token);
        server.get("/api/v1/people/" + person, token);
        assertEquals(before + 2, audited("person.read", "person:" + person));
        assertEquals(1, audited("person.create", "person:" + person));
    }

    @Test
    void readingADraftIsAudited() throws SQLException {
        Walk walk = new Walk(server, token, person, "my-medicines", new Random(8));
        walk.toTheEnd();
        String conversation = walk.conversationId;
        server.get("/api/v1/conversations/" + conversation + "/draft", token);
        assertEquals(2, audited("draft.read", "conversation:" + conversation));
    }
}
