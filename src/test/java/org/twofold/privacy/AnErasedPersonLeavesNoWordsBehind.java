package org.twofold.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;

class AnErasedPersonLeavesNoWordsBehind extends ApiTest {
    private static final String ERASED = "Zanzibarquux";
    private static final String KEPT = "Quillopordent";

    @Test
    void noFileUnderTheDataDirectoryHoldsTheirWordsAndOthersAreUntouched() throws SQLException {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Subject subjects = new Subject(server, admin);
        Subject.Held erased = subjects.withWordsEverywhere(ERASED);
        Subject.Held kept = subjects.withWordsEverywhere(KEPT);
        assertFalse(Subject.filesHolding(data, ERASED).isEmpty(), "before the erasure their words are on disk");

        assertEquals(204, subjects.delete("/api/v1/people/" + erased.personId(), admin).status());

        assertEquals(List.of(), Subject.filesHolding(data, ERASED), "files still holding the erased person's words");
        assertEquals(404, server.get("/api/v1/people/" + erased.personId(), admin).status());
        assertEquals(404, server.get("/api/v1/conversations/" + erased.conversationId(), admin).status());
        assertEquals(404, subjects.delete("/api/v1/people/" + erased.personId(), admin).status(), "gone, so 404 afterwards");
        assertEquals(1, audited("person.erase", "person:" + erased.personId()), "the erasure is audited by reference only");

        assertFalse(Subject.filesHolding(data, KEPT).isEmpty(), "another person's words stay");
        assertEquals(200, server.get("/api/v1/people/" + kept.personId(), admin).status());
        assertEquals(200, server.get("/api/v1/conversations/" + kept.conversationId() + "/draft", admin).status());
        Subject.Fetched recording = subjects.get("/api/v1/people/" + kept.personId() + "/recordings/" + kept.recordingId(), admin);
        assertEquals(200, recording.status());
        assertTrue(java.util.Arrays.equals(kept.recording(), recording.body()), "another person's recording is whole");
    }

    @Test
    void onlyAnAdminOfTheirServiceMayErase() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Subject subjects = new Subject(server, admin);
        String theirs = server.newPerson(admin, "Morgan Stays");
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);

        Subject.Fetched byStaff = subjects.delete("/api/v1/people/" + person, token);
        assertEquals(403, byStaff.status());
        assertTrue(byStaff.text().contains("\"status\":403") && byStaff.text().contains("\"detail\""), byStaff.text());
        assertEquals(403, subjects.delete("/api/v1/people/" + person, advocate).status());
        assertEquals(401, subjects.delete("/api/v1/people/" + person, null).status());
        assertEquals(404, subjects.delete("/api/v1/people/" + person, admin).status(), "another service's person");
        assertEquals(200, server.get("/api/v1/people/" + person, token).status(), "still there");
        assertEquals(200, server.get("/api/v1/people/" + theirs, admin).status());
    }
}
