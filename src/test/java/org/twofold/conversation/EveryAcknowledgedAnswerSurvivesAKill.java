package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.ApiClient;
import org.twofold.ServerProcess;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * Tablets answer as fast as they can while the server is killed outright (SIGKILL) three times and
 * started again on the same data: every answer that was acknowledged is there, every conversation
 * carries on from its step, and the database file is whole.
 */
class EveryAcknowledgedAnswerSurvivesAKill {
    private static final int TABLETS = 8;
    private static final int ANSWERS_BEFORE_EACH_KILL = 150;
    private static final int KILLS = 3;
    private static final List<String> DIALOGUES = List.of("getting-out", "washing-and-dressing", "plans-change");

    @TempDir
    Path data;

    /** An answer the server said 200 to, and the step it said came next. */
    record Acknowledged(String conversation, String answerId, String nextNode) {}

    @Test
    void killedUnderLoadTheServerLosesNoAcknowledgedAnswer() throws Exception {
        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        String person;
        try (ServerProcess first = ServerProcess.start(data)) {
            person = first.api().newPerson(first.api().login(TestServer.STAFF, TestServer.PASSWORD), "Kit Kill");
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            ServerProcess server = ServerProcess.start(data);
            ApiClient api = server.api();
            String token = api.login(TestServer.STAFF, TestServer.PASSWORD);
            CountDownLatch enough = new CountDownLatch(ANSWERS_BEFORE_EACH_KILL);
            List<Thread> tablets = new ArrayList<>();
            for (int t = 0; t < TABLETS; t++) {
                String dialogue = DIALOGUES.get(t % DIALOGUES.size());
                Thread tablet = new Thread(() -> answerUntilTheServerDies(api, token, person, dialogue, acknowledged, unexpected, enough));
                tablet.start();
                tablets.add(tablet);
            }
            assertTrue(enough.await(300, TimeUnit.SECONDS), "the tablets got " + ANSWERS_BEFORE_EACH_KILL + " answers through");
            server.kill();
            for (Thread tablet : tablets) {
                tablet.join();
            }
            assertTrue(unexpected.isEmpty(), () -> "every answer was taken or the connection dropped: " + unexpected + "\n" + server.log());
        }
        try (ServerProcess after = ServerProcess.start(data)) {
            ApiClient api = after.api();
            String token = api.login(TestServer.STAFF, TestServer.PASSWORD);
            Map<String, List<String>> logged = answersLogged();
            for (Acknowledged a : acknowledged) {
                assertTrue(logged.getOrDefault(a.conversation(), List.of()).contains(a.answerId()),
                    "acknowledged answer " + a + " is in the log");
            }
            for (Map.Entry<String, Acknowledged> last : lastAcknowledgedByConversation(acknowledged).entrySet()) {
                List<String> answers = logged.get(last.getKey());
                int after_ = answers.size() - 1 - answers.indexOf(last.getValue().answerId());
                assertTrue(after_ <= 1, "at most the one answer in flight at the kill came after the last acknowledged one");
                JsonNode step = api.get("/api/v1/conversations/" + last.getKey(), token).json().get("step");
                assertEquals(lastResultNode(last.getKey()), step.get("node").asText(), "the conversation resumes where its log ends");
                if (after_ == 0) {
                    assertEquals(last.getValue().nextNode(), step.get("node").asText(), "it resumes at the step it last acknowledged");
                }
                if (!step.get("kind").asText().equals("end")) {
                    Response r = api.post("/api/v1/conversations/" + last.getKey() + "/answers", answerTo(step), token);
                    assertEquals(200, r.status(), "the conversation carries on: " + r);
                }
            }
            assertEquals("ok", integrity(), "PRAGMA integrity_check");
        }
        assertTrue(acknowledged.size() >= KILLS * ANSWERS_BEFORE_EACH_KILL);
    }

    private static void answerUntilTheServerDies(ApiClient api, String token, String person, String dialogue,
                                                 Queue<Acknowledged> acknowledged, Queue<String> unexpected, CountDownLatch enough) {
        try {
            while (true) {
                Response started = api.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", dialogue), token);
                if (started.status() != 201) {
                    unexpected.add("start: " + started);
                    return;
                }
                String conversation = started.json().get("id").asText();
                JsonNode step = started.json().get("step");
                while (!step.get("kind").asText().equals("end")) {
                    Map<String, Object> answer = answerTo(step);
                    Response r = api.post("/api/v1/conversations/" + conversation + "/answers", answer, token);
                    if (r.status() != 200) {
                        unexpected.add("answer: " + r);
                        return;
                    }
                    step = r.json().get("step");
                    acknowledged.add(new Acknowledged(conversation, (String) answer.get("answerId"), step.get("node").asText()));
                    enough.countDown();
                }
            }
        } catch (UncheckedIOException killed) {
            // The server has gone: this tablet's run ends here.
        }
    }

    private static Map<String, Object> answerTo(JsonNode step) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("node", step.get("node").asText());
        answer.put("answerId", UUID.randomUUID().toString());
        switch (step.get("kind").asText()) {
            case "rating" -> answer.put("rating", 4);
            case "confirm" -> answer.put("choice", "yes");
            default -> answer.put("choice", step.get("options").get(0).get("id").asText());
        }
        return answer;
    }

    private static Map<String, Acknowledged> lastAcknowledgedByConversation(Queue<Acknowledged> acknowledged) {
        Map<String, Acknowledged> last = new LinkedHashMap<>();
        acknowledged.forEach(a -> last.put(a.conversation(), a));
        return last;
    }

    /** Each conversation's answers in the order the log holds them, read from the file itself. */
    private Map<String, List<String>> answersLogged() throws SQLException {
        Map<String, List<String>> logged = new HashMap<>();
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT conversation_id, answer_id FROM conversation_events WHERE answer_id IS NOT NULL ORDER BY conversation_id, seq")) {
            while (rs.next()) {
                logged.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return logged;
    }

    private String lastResultNode(String conversation) throws SQLException {
        try (Connection c = database(); var s = c.prepareStatement(
            "SELECT result_node FROM conversation_events WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, conversation);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private String integrity() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
    }
}
