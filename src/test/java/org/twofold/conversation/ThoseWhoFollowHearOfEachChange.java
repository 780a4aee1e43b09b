package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

/** The tablet and the supporter's view hear where a conversation stands, as events, once each change has committed. */
class ThoseWhoFollowHearOfEachChange extends ApiTest {
    private record Started(String id, String tabletCookie, JsonNode step) {}

    private static Started start() {
        Response r = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        assertEquals(201, r.status(), r.toString());
        return new Started(r.json().get("id").asText(), TabletHttp.cookieFrom(r.json().get("joinUrl").asText()), r.json().get("step"));
    }

    private static String tablet(Started s) {
        return s.tabletCookie();
    }

    private static Map<String, Object> firstOption(JsonNode step) {
        return Map.of("node", step.get("node").asText(), "choice", step.get("options").get(0).get("id").asText());
    }

    @Test
    void theTabletHearsWhereItStandsOnConnectingAndAfterAnAnswerThroughTheApi() throws Exception {
        Started s = start();
        try (EventStream events = EventStream.open(server.url("/person/conversations/" + s.id() + "/events"), tablet(s))) {
            JsonNode now = events.next(15);
            assertEquals(s.step().get("node").asText(), now.get("node").asText(), "the first event says where it stands");
            assertEquals(0, now.get("answers").asInt());
            assertEquals("active", now.get("status").asText());

            Response answered = server.post("/api/v1/conversations/" + s.id() + "/answers", firstOption(s.step()), token);
            assertEquals(200, answered.status(), answered.toString());

            JsonNode moved = events.next(15);
            assertEquals(answered.json().get("step").get("node").asText(), moved.get("node").asText());
            assertEquals(1, moved.get("answers").asInt());
            assertEquals(false, moved.get("rephrased").asBoolean());
        }
    }

    @Test
    void theSupportersViewHearsAPauseAndAResume() throws Exception {
        Started s = start();
        try (EventStream events = EventStream.open(server.url("/staff/conversations/" + s.id() + "/events"), "twofold_session=" + token)) {
            assertEquals("active", events.next(15).get("status").asText());
            assertEquals(200, server.post("/api/v1/conversations/" + s.id() + "/pause", Map.of(), token).status());
            assertEquals("paused", events.next(15).get("status").asText());
            assertEquals(200, server.post("/api/v1/conversations/" + s.id() + "/resume", Map.of(), token).status());
            assertEquals("active", events.next(15).get("status").asText());
        }
    }

    @Test
    void aFollowerThatHasGoneNeverStopsAnAnswerNorTheOthers() throws Exception {
        Started s = start();
        String url = server.url("/person/conversations/" + s.id() + "/events");
        try (EventStream staying = EventStream.open(url, tablet(s))) {
            staying.next(15);
            EventStream gone = EventStream.open(url, tablet(s));
            gone.next(15);
            gone.close();

            JsonNode step = s.step();
            for (int i = 1; i <= 3; i++) {
                Response answered = server.post("/api/v1/conversations/" + s.id() + "/answers", firstOption(step), token);
                assertEquals(200, answered.status(), answered.toString());
                step = answered.json().get("step");
                int answers = i;
                staying.until(e -> e.get("answers").asInt() == answers, 15);
            }
        }
    }

    @Test
    void manyFollowersOfOneConversationAreBoundedAndTheNewestStillHear() throws Exception {
        Started s = start();
        String url = server.url("/person/conversations/" + s.id() + "/events");
        java.util.List<EventStream> streams = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < ConversationChanges.MAX_FOLLOWERS + 3; i++) {
                EventStream e = EventStream.open(url, tablet(s));
                e.next(15);
                streams.add(e);
            }
            Response answered = server.post("/api/v1/conversations/" + s.id() + "/answers", firstOption(s.step()), token);
            assertEquals(200, answered.status(), answered.toString());
            EventStream newest = streams.get(streams.size() - 1);
            assertEquals(1, newest.until(e -> e.get("answers").asInt() == 1, 15).get("answers").asInt());
            assertTrue(streams.get(0).closedWithin(15), "the oldest stream was closed to keep within the bound");
        } finally {
            streams.forEach(EventStream::close);
        }
    }

    @Test
    void theTabletCanAskWhereItStandsWhenEventsFail() {
        Started s = start();
        Response state = TabletHttp.get(server, "/person/conversations/" + s.id() + "/state", tablet(s));
        assertEquals(200, state.status(), state.toString());
        assertEquals(s.step().get("node").asText(), state.json().get("node").asText());
        assertEquals(0, state.json().get("answers").asInt());
        assertEquals("active", state.json().get("status").asText());
    }

    @Test
    void theStreamsAreRefusedWithoutASessionAndToAnotherConversationsTablet() {
        Started mine = start();
        Started other = start();
        assertEquals(401, EventStream.statusOf(server.url("/person/conversations/" + mine.id() + "/events"), null));
        assertEquals(403, EventStream.statusOf(server.url("/person/conversations/" + mine.id() + "/events"), tablet(other)));
        assertEquals(403, EventStream.statusOf(server.url("/person/conversations/" + mine.id() + "/state"), tablet(other)));
        assertEquals(303, EventStream.statusOf(server.url("/staff/conversations/" + mine.id() + "/events"), null),
            "without a staff session the supporter's stream sends them to sign in, as the page does");
        assertEquals(303, EventStream.statusOf(server.url("/staff/conversations/" + mine.id() + "/events"), tablet(mine)));
    }
}
