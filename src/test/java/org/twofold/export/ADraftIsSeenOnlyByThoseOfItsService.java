package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * A draft and its exports are for the accounts of the person's service: staff and advocates there see it;
 * another service's account, or an unknown id, gets 404; no token 401; a tablet 403. Every view and
 * export is in the audit log.
 */
class ADraftIsSeenOnlyByThoseOfItsService extends ApiTest {
    private static final List<String> EXPORTS = List.of("", "/export.json", "/export.fhir.json", "/export.csv",
        "/export.pdf", "/easy-read.pdf");
    private static JsonNode draft;
    private static String id;

    @BeforeAll
    static void makeDraft() {
        draft = ExportDrafts.walked(server, token, person, List.of("plans-change")).get(0);
        id = draft.get("id").asText();
    }

    @Test
    void theDraftByItsIdIsTheDraftOfItsConversation() {
        Response r = server.get("/api/v1/drafts/" + id, token);
        assertEquals(200, r.status(), r.toString());
        assertEquals(draft, r.json());
    }

    @Test
    void staffAndAdvocatesOfTheServiceSeeEveryExport() {
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        server.assignAdvocate(token, person);
        for (String who : List.of(token, advocate)) {
            for (String export : EXPORTS) {
                Response r = server.get("/api/v1/drafts/" + id + export, who);
                assertEquals(200, r.status(), export + ": " + r);
            }
        }
    }

    @Test
    void anotherServiceOrAnUnknownIdFindsNothing() {
        String otherService = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        for (String export : EXPORTS) {
            Response elsewhere = server.get("/api/v1/drafts/" + id + export, otherService);
            assertEquals(404, elsewhere.status(), export + ": " + elsewhere);
            assertProblem(elsewhere);
            assertTrue(!elsewhere.body().contains(draft.get("outcome").get("statement").asText()), "nothing of the draft leaks");
            Response unknown = server.get("/api/v1/drafts/no-such-draft" + export, token);
            assertEquals(404, unknown.status(), export + ": " + unknown);
            assertProblem(unknown);
            assertEquals(elsewhere.json().get("title"), unknown.json().get("title"), "another service's draft looks unknown");
        }
    }

    @Test
    void withoutATokenOrWithTheTabletsNothingIsShown() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "plans-change"), token);
        String join = started.json().get("joinUrl").asText();
        String tablet = join.substring(join.lastIndexOf('/') + 1);
        for (String export : EXPORTS) {
            assertEquals(401, server.get("/api/v1/drafts/" + id + export, null).status(), export);
            Response r = server.get("/api/v1/drafts/" + id + export, tablet);
            assertEquals(403, r.status(), export + ": " + r);
        }
    }

    @Test
    void everyViewAndExportIsAudited() throws Exception {
        String subject = "draft:" + id;
        Map<String, String> actions = Map.of("", "draft.read", "/export.json", "draft.export.json",
            "/export.fhir.json", "draft.export.fhir", "/export.csv", "draft.export.csv", "/export.pdf", "draft.export.pdf",
            "/easy-read.pdf", "draft.export.easy-read");
        for (Map.Entry<String, String> a : actions.entrySet()) {
            int before = audited(a.getValue(), subject);
            assertEquals(200, server.get("/api/v1/drafts/" + id + a.getKey(), token).status());
            assertEquals(before + 1, audited(a.getValue(), subject), a.getValue());
        }
        int before = audited("draft.export.csv", subject);
        server.get("/api/v1/drafts/" + id + "/export.csv", server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD));
        assertEquals(before, audited("draft.export.csv", subject), "a refused export touches no one's data and is not logged as one");
    }

    private static void assertProblem(Response r) {
        JsonNode body = r.json();
        assertEquals(404, body.get("status").asInt());
        assertTrue(body.hasNonNull("title") && body.hasNonNull("detail"), body.toString());
    }
}
