package org.twofold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class ABackupIsTakenWhileAnswersAreWritten {
    private static final int TABLETS = 4;

    @TempDir
    Path dir;

    @Test
    void theCopyIsIntactAndHoldsEveryAnswerAcknowledgedBeforeIt() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("backups").resolve("twofold-backup.zip");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch warmedUp = new CountDownLatch(TABLETS * 5);
        Set<String> before;
        try (TestServer server = TestServer.start(data)) {
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            List<Thread> tablets = new ArrayList<>();
            for (int i = 0; i < TABLETS; i++) {
                String person = server.newPerson(token, "Tablet " + i);
                Thread t = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            answerOneConversation(server, token, person, acknowledged, warmedUp, stop);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                t.start();
                tablets.add(t);
            }
            assertTrue(warmedUp.await(120, TimeUnit.SECONDS), "the tablets answer");
            before = new HashSet<>(acknowledged);

            Command backup = Command.run(data, "backup", file.toString());
            int during = acknowledged.size() - before.size();

            stop.set(true);
            for (Thread t : tablets) {
                t.join(TimeUnit.SECONDS.toMillis(60));
            }
            assertEquals(null, failure.get(), "every answer during the backup was stored");
            assertEquals(Operations.DONE, backup.exitCode(), backup.output());
            assertTrue(during > 0, "answers went on being written while the backup ran");
        }
        Path copy = dir.resolve("unpacked");
        Files.createDirectories(copy);
        Unzipped.into(file, copy);
        assertEquals(List.of(), BackupFile.integrityProblems(copy.resolve("twofold.db")));
        Set<String> inTheCopy = answerIds(copy.resolve("twofold.db"));
        Set<String> lost = new HashSet<>(before);
        lost.removeAll(inTheCopy);
        assertTrue(before.size() >= TABLETS * 5);
        assertEquals(Set.of(), lost, "answers acknowledged before the backup began are all in it");
        assertTrue(acknowledged.containsAll(inTheCopy), "and nothing that was not acknowledged");
    }

    /** One tablet: a whole conversation, one answer after another, each with an id, until the end or told to stop. */
    private static void answerOneConversation(TestServer server, String token, String person, Set<String> acknowledged,
                                              CountDownLatch warmedUp, AtomicBoolean stop) {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "my-medicines"), token);
        assertEquals(201, started.status(), started.toString());
        String conversation = started.json().get("id").asText();
        JsonNode step = started.json().get("step");
        while (!step.get("kind").asText().equals("end") && !stop.get()) {
            String answerId = UUID.randomUUID().toString();
            Map<String, Object> answer = new HashMap<>();
            answer.put("node", step.get("node").asText());
            answer.put("answerId", answerId);
            switch (step.get("kind").asText()) {
                case "rating" -> answer.put("rating", 3);
                case "confirm" -> answer.put("choice", "yes");
                default -> answer.put("choice", step.get("options").get(0).get("id").asText());
            }
            Response r = server.post("/api/v1/conversations/" + conversation + "/answers", answer, token);
            assertEquals(200, r.status(), r.toString());
            acknowledged.add(answerId);
            warmedUp.countDown();
            step = r.json().get("step");
        }
    }

    private static Set<String> answerIds(Path database) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT answer_id FROM conversation_events WHERE answer_id IS NOT NULL")) {
            Set<String> ids = new HashSet<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }
}
