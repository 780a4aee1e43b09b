package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.MovingClock;
import org.twofold.TestServer;

/**
 * A join link keeps working for a short while after its conversation finishes, so the tablet can still show
 * the goal and read it back; then it opens only a page that says the conversation has finished, with none of
 * the person's words on it.
 */
class AJoinLinkEndsWithItsConversation {
    @TempDir
    Path data;

    @Test
    void tenMinutesAfterTheEndTheLinkOpensOnlyAFinishedPage() throws Exception {
        MovingClock clock = new MovingClock();
        try (TestServer server = TestServer.start(data, clock)) {
            String staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
            String person = server.newPerson(staff, "Zed Quixley");
            JsonNode started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), staff).json();
            String url = started.get("joinUrl").asText();
            String tablet = url.substring(url.lastIndexOf('/') + 1);
            String id = started.get("id").asText();
            String conversation = "/api/v1/conversations/" + id;
            walkToTheEnd(server, conversation, started.get("step"), tablet);
            String statement = asHtml(server.get(conversation + "/draft", staff).json().get("outcome").get("statement").asText());

            clock.forward(Duration.ofMinutes(9));
            assertEquals(200, server.get(conversation, tablet).status(), "the tablet still shows the finished screen");
            assertEquals(303, server.get("/join/" + tablet, null).status());
            TestServer.Response finishedScreen = withTabletCookie(server, "/person/conversations/" + id, tablet);
            assertEquals(200, finishedScreen.status());
            assertTrue(finishedScreen.body().contains(statement), "the goal is read back on the tablet");

            clock.forward(Duration.ofMinutes(2));
            assertEquals(401, server.get(conversation, tablet).status());
            assertEquals(401, server.get(conversation + "/draft", tablet).status(), "no draft through the old link");
            assertEquals(200, server.get(conversation + "/draft", staff).status(), "staff still read it");
            for (TestServer.Response ended : new TestServer.Response[] {
                server.get("/join/" + tablet, null), withTabletCookie(server, "/person/conversations/" + id, tablet)}) {
                assertEquals(410, ended.status(), ended.toString());
                assertTrue(ended.contentType().startsWith("text/html"), ended.contentType());
                assertTrue(ended.body().contains("This talk has finished."), ended.body());
                assertFalse(ended.body().contains(statement), "none of the person's words: " + ended.body());
                assertFalse(ended.body().contains("Zed") || ended.body().contains("Quixley"), "not even their name");
                assertFalse(ended.body().contains("/staff"), "the tablet is never sent to the staff pages");
                assertFalse(ended.body().contains("/person/conversations/"), "no way back to the conversation");
            }
            assertEquals(404, server.get("/join/not-a-real-token", null).status(), "an unknown link still just runs out");
        }
    }

    private static void walkToTheEnd(TestServer server, String conversation, JsonNode step, String tablet) {
        while (!step.get("kind").asText().equals("end")) {
            String node = step.get("node").asText();
            Map<String, Object> answer = switch (step.get("kind").asText()) {
                case "rating" -> Map.of("node", node, "rating", 4);
                case "confirm" -> Map.of("node", node, "choice", "yes");
                default -> Map.of("node", node, "choice", step.get("options").get(0).get("id").asText());
            };
            TestServer.Response r = server.post(conversation + "/answers", answer, tablet);
            assertEquals(200, r.status(), r.toString());
            step = r.json().get("step");
        }
    }

    /** The words as an autoescaped page holds them. */
    private static String asHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static TestServer.Response withTabletCookie(TestServer server, String path, String token)
            throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Cookie", "twofold_tablet=" + token).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        return new TestServer.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r.headers().map());
    }
}
