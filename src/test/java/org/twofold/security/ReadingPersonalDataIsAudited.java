package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.conversation.Walk;

class ReadingPersonalDataIsAudited extends ApiTest {
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
