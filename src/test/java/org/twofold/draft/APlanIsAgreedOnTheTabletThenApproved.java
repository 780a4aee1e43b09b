package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.conversation.Walk;

/**
 * A draft on its way into the care plan, on the API: staff word any part of it against the revision they
 * saw; the person agrees on the tablet through a read-back link; staff approve; an approved plan is never
 * changed, only followed by a new version, whose approval supersedes it.
 */
class APlanIsAgreedOnTheTabletThenApproved extends ApiTest {

    private JsonNode finished(String dialogue, int seed) {
        return new Walk(server, token, person, dialogue, new Random(seed)).toTheEnd();
    }

    private static Plans plans;

    @BeforeAll
    static void plans() {
        plans = new Plans(server, token);
    }

    @Test
    void everyPartCanBeWordedAndEachChangeIsKeptWithTheOwnWordsUntouched() throws SQLException {
        JsonNode draft = finished("meals-and-home", 4);
        assertEquals("draft", draft.get("status").asText());
        assertEquals(1, draft.get("version").asInt());
        assertEquals(draft.get("id"), draft.get("recordId"));
        Map<String, Object> parts = Map.of(
            "outcome.whyItMatters", "It matters to me because I like my own food.",
            "milestones.1.supportDoes", "Staff stand beside me and hand me the pan.",
            "indicators.1.baseline", "On 1 December I cooked once a week.",
            "reviewQuestions.1", "Did you cook a meal this week?",
            "escalation.1.tell", "the team leader",
            "guidance.do.1", "Offer the choice of meal the night before.");
        Response r = plans.patch(draft, Map.of("revision", 0, "parts", parts), token);
        assertEquals(200, r.status(), r.toString());
        JsonNode changed = r.json();
        assertEquals(1, changed.get("revision").asInt());
        assertEquals("It matters to me because I like my own food.", changed.get("outcome").get("whyItMatters").asText());
        assertEquals("Staff stand beside me and hand me the pan.", changed.get("milestones").get(0).get("supportDoes").asText());
        assertEquals("Did you cook a meal this week?", changed.get("reviewQuestions").get(0).asText());
        assertTrue(changed.get("escalation").get(0).get("text").asText().contains("They tell the team leader "),
            "a changed part of a trigger is read whole again: " + changed.get("escalation").get(0));
        assertEquals(draft.get("outcome").get("ownWords"), changed.get("outcome").get("ownWords"), "own words are never changed");
        assertEquals(parts.size(), changed.get("edits").size());
        for (JsonNode edit : changed.get("edits")) {
            assertTrue(parts.containsKey(edit.get("field").asText()), edit.toString());
            assertEquals(parts.get(edit.get("field").asText()), edit.get("after").asText());
            assertFalse(edit.get("before").asText().isBlank(), edit.toString());
            assertFalse(edit.get("by").asText().isBlank(), edit.toString());
            assertFalse(edit.get("at").asText().isBlank(), edit.toString());
        }
        assertEquals(1, audited("draft.edit", "draft:" + draft.get("id").asText()));
        assertEquals(changed, server.get("/api/v1/drafts/" + draft.get("id").asText(), token).json());
    }

    @Test
    void aChangeToAnOlderRevisionIsRefusedAndNothingIsSaved() {
        JsonNode draft = finished("getting-out", 7);
        assertEquals(200, plans.patch(draft, Map.of("revision", 0, "parts", Map.of("reviewQuestions.1", "Did you go out this week?")), token).status());
        Response stale = plans.patch(draft, Map.of("revision", 0, "parts", Map.of("reviewQuestions.1", "Something older.")), token);
        assertEquals(409, stale.status(), stale.toString());
        assertProblem(stale);
        JsonNode now = server.get("/api/v1/drafts/" + draft.get("id").asText(), token).json();
        assertEquals("Did you go out this week?", now.get("reviewQuestions").get(0).asText());
        assertEquals(1, now.get("revision").asInt());
    }

    @Test
    void badChangesAreRefusedWholeWithClearWords() {
        JsonNode draft = finished("plans-change", 2);
        List<Map<String, Object>> bad = List.of(
            Map.of("revision", 0, "parts", Map.of("outcome.statement", "   ")),
            Map.of("revision", 0, "parts", Map.of("outcome.ownWords", "overwritten")),
            Map.of("revision", 0, "parts", Map.of("milestones.99.personDoes", "I do it.")),
            Map.of("revision", 0, "parts", Map.of("outcome.reviewBy", "next spring")),
            Map.of("revision", 0, "parts", Map.of("outcome.statement", "x".repeat(2001))),
            Map.of("revision", 0, "parts", Map.of("reviewQuestions.1", "Fine.", "guidance.do.1", 7)),
            Map.of("revision", 0, "keep", List.of("no.such.part")),
            Map.of("revision", 0),
            Map.of("parts", Map.of("reviewQuestions.1", "No revision given.")));
        for (Map<String, Object> body : bad) {
            Response r = plans.patch(draft, body, token);
            assertEquals(400, r.status(), body + ": " + r);
            assertProblem(r);
        }
        JsonNode now = server.get("/api/v1/drafts/" + draft.get("id").asText(), token).json();
        assertEquals(draft.get("reviewQuestions"), now.get("reviewQuestions"), "nothing half-saved");
        assertEquals(0, now.get("revision").asInt());
    }

    @Test
    void onlyThePersonAgreesOnTheTabletToTheWordsTheyHeard() throws SQLException {
        JsonNode draft = finished("my-medicines", 5);
        String id = draft.get("id").asText();
        Response byStaff = plans.agree(draft, token, 0, "yes");
        assertEquals(403, byStaff.status(), byStaff.toString());
        Response tooSoon = server.post("/api/v1/drafts/" + id + "/approve", Map.of("revision", 0), token);
        assertEquals(409, tooSoon.status(), tooSoon.toString());

        String tablet = plans.readBack(draft, "supported");
        assertEquals(401, plans.agree(draft, "not-a-token", 0, "yes").status());
        assertEquals(409, plans.agree(draft, tablet, 3, "yes").status(), "a revision the person did not hear");
        assertEquals(400, plans.agree(draft, tablet, 0, "maybe").status());
        Response notYet = plans.agree(draft, tablet, 0, "not-yet");
        assertEquals(200, notYet.status(), notYet.toString());
        assertEquals("draft", notYet.json().get("status").asText());
        assertEquals("not-yet", notYet.json().get("agreement").get("answer").asText());

        Response yes = plans.agree(draft, tablet, notYet.json().get("revision").asInt(), "yes");
        assertEquals(200, yes.status(), yes.toString());
        JsonNode agreed = yes.json();
        assertEquals("agreed", agreed.get("status").asText());
        JsonNode agreement = agreed.get("agreement");
        assertEquals("yes", agreement.get("answer").asText());
        assertEquals("supported", agreement.get("how").asText());
        assertFalse(agreement.get("way").asText().isBlank());
        assertEquals(draft.get("outcome").get("statement").asText(), agreement.get("readBack").get(0).asText(),
            "what the person heard is kept");
        assertEquals(1, audited("draft.agree", "draft:" + id));
        assertEquals(403, server.get("/api/v1/drafts/" + id + "/export.json", tablet).status(), "the read-back link opens nothing else");

        Response changedAfter = plans.patch(agreed, Map.of("revision", agreed.get("revision").asInt(),
            "parts", Map.of("reviewQuestions.1", "Did you take your tablets on time?")), token);
        assertEquals(200, changedAfter.status(), changedAfter.toString());
        assertEquals("draft", changedAfter.json().get("status").asText(), "changed words need agreeing again");
    }

    @Test
    void anApprovedPlanIsNeverChangedAndANewVersionSupersedesIt() {
        JsonNode first = plans.approved(plans.agreed(plans.everyPartWorded(finished("people-who-matter", 8))));
        String firstId = first.get("id").asText();
        assertEquals("approved", first.get("status").asText());
        assertEquals(TestServer.STAFF, first.get("approval").get("byName").asText());
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertEquals(403, server.post("/api/v1/drafts/" + firstId + "/approve", Map.of("revision", 0), advocate).status());

        Response change = plans.patch(first, Map.of("revision", first.get("revision").asInt(), "parts", Map.of("reviewQuestions.1", "Changed?")), token);
        assertEquals(409, change.status(), change.toString());
        assertProblem(change);

        Response started = server.post("/api/v1/drafts/" + firstId + "/versions", Map.of(), token);
        assertEquals(201, started.status(), started.toString());
        JsonNode second = started.json();
        assertEquals(2, second.get("version").asInt());
        assertEquals(first.get("recordId"), second.get("recordId"));
        assertEquals("draft", second.get("status").asText());
        assertEquals(firstId, second.get("supersedes").asText());
        assertEquals(409, server.post("/api/v1/drafts/" + firstId + "/versions", Map.of(), token).status(), "one new version at a time");
        assertEquals(second.get("id"), server.get("/api/v1/conversations/" + first.get("conversationId").asText() + "/draft", token)
            .json().get("id"), "the conversation's draft is its newest version");
        assertEquals("approved", server.get("/api/v1/drafts/" + firstId, token).json().get("status").asText(),
            "the approved plan stands until the new version is approved");

        Response reworded = plans.patch(second, Map.of("revision", 0, "parts", Map.of("reviewQuestions.1", "Do you feel safer at home?")), token);
        JsonNode secondApproved = plans.approved(plans.agreed(reworded.json()));
        assertEquals("approved", secondApproved.get("status").asText());
        assertEquals("superseded", server.get("/api/v1/drafts/" + firstId, token).json().get("status").asText());
    }

    @Test
    void careRecordSystemsPullWhatWasApprovedSinceTheyLastAsked() {
        String before = java.time.Instant.now().minusSeconds(1).toString();
        JsonNode plan = plans.approved(plans.agreed(plans.everyPartWorded(finished("home-and-money", 3))));
        Response pulled = server.get("/api/v1/drafts?status=approved&since=" + before, token);
        assertEquals(200, pulled.status(), pulled.toString());
        List<String> ids = new ArrayList<>();
        pulled.json().get("drafts").forEach(d -> ids.add(d.get("id").asText()));
        assertTrue(ids.contains(plan.get("id").asText()), pulled.toString());
        JsonNode item = pulled.json().get("drafts").get(ids.indexOf(plan.get("id").asText()));
        assertEquals("/api/v1/drafts/" + plan.get("id").asText() + "/export.fhir.json", item.get("links").get("fhir").asText());
        assertEquals(200, server.get(item.get("links").get("fhir").asText(), token).status());

        String after = java.time.Instant.now().plusSeconds(60).toString();
        assertEquals(0, server.get("/api/v1/drafts?status=approved&since=" + after, token).json().get("drafts").size());
        assertEquals(400, server.get("/api/v1/drafts?status=finished", token).status());
        assertEquals(400, server.get("/api/v1/drafts?since=yesterday", token).status());
        String otherService = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertFalse(server.get("/api/v1/drafts?status=approved", otherService).body().contains(plan.get("id").asText()),
            "another service pulls none of this one's plans");
    }

    @Test
    void anotherServiceCannotWordAgreeApproveOrVersionADraft() {
        JsonNode draft = finished("getting-out", 11);
        String id = draft.get("id").asText();
        String otherService = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, plans.patch(draft, Map.of("revision", 0, "parts", Map.of("reviewQuestions.1", "Forged?")), otherService).status());
        assertEquals(404, server.post("/api/v1/drafts/" + id + "/approve", Map.of("revision", 0), otherService).status());
        assertEquals(404, server.post("/api/v1/drafts/" + id + "/versions", Map.of(), otherService).status());
        assertEquals(404, server.post("/api/v1/drafts/" + id + "/read-back", Map.of("how", "direct"), otherService).status());
        assertEquals(0, server.get("/api/v1/drafts/" + id, token).json().get("revision").asInt());
    }

    private static void assertProblem(Response r) {
        JsonNode body = r.json();
        assertTrue(body.has("status") && body.has("title") && body.has("detail"), r.toString());
    }
}
