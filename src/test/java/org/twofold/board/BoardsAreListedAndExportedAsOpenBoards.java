package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twofold.TestServer;
import org.twofold.web.Json;

class BoardsAreListedAndExportedAsOpenBoards extends BoardFileTest {
    private static final ObjectMapper JSON = Json.json();
    @Test
    void theListGivesEachBoardItsTopicScaleAndCards() {
        TestServer.Response r = server.get("/api/v1/boards", staff);
        assertEquals(200, r.status(), r.toString());
        JsonNode day = find(r.json(), BoardFiles.DAY);
        assertEquals("My day & \"me\"", day.get("topic").asText());
        assertEquals("day-planner", day.get("topicSymbol").asText());
        assertEquals(BoardFiles.SCALE, day.get("scaleId").asText());
        assertEquals(3, day.get("scale").size());
        JsonNode left = day.get("scale").get(0);
        assertEquals("matters", left.get("id").asText());
        assertEquals("Matters a lot", left.get("label").asText());
        assertEquals("proud", left.get("symbol").asText());
        assertEquals(5, day.get("cards").size());
        assertEquals("Getting up", day.get("cards").get(0).get("label").asText());
        assertFalse(day.get("imported").asBoolean());
    }

    @Test
    void theListNeedsSigningIn() {
        assertEquals(401, server.get("/api/v1/boards", null).status());
        assertEquals(401, BoardFiles.get(server, "/api/v1/boards/" + BoardFiles.DAY + ".obf", null).status());
        assertEquals(401, BoardFiles.get(server, "/api/v1/boards.obz", null).status());
    }

    @Test
    void aBoardIsExportedAsAnOpenBoardFile() throws IOException {
        BoardFiles.Bytes r = BoardFiles.get(server, "/api/v1/boards/" + BoardFiles.DAY + ".obf", staff);
        assertEquals(200, r.status(), r.text());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertTrue(r.disposition().startsWith("attachment") && r.disposition().contains(BoardFiles.DAY + ".obf"), r.disposition());
        JsonNode board = JSON.readTree(r.body());
        ObfRules.check(board, null);
        assertEquals(BoardFiles.DAY, board.get("id").asText());
        assertEquals("My day & \"me\"", board.get("name").asText());
        assertEquals("My day &amp; &quot;me&quot;", board.get("description_html").asText());
        JsonNode first = board.get("buttons").get(0);
        assertEquals("Getting up", first.get("label").asText());
        assertEquals("Getting up in the morning.", first.get("vocalization").asText());
        assertEquals("washing-and-dressing", first.get("ext_twofold_dialogue").asText());
        JsonNode health = board.get("buttons").get(1);
        assertEquals(BoardFiles.HEALTH, health.get("ext_twofold_board").asText());
        assertEquals(BoardFiles.HEALTH, health.get("load_board").get("id").asText());
        assertEquals(4, board.get("images").size(), "two cards share the bus: one image");
        JsonNode scale = board.get("ext_twofold_scale");
        assertEquals(BoardFiles.SCALE, scale.get("id").asText());
        assertEquals("left", scale.get("change").asText());
        assertEquals("How much does this matter to you?", scale.get("question").asText());
        assertEquals("Let us talk about your day.", board.get("ext_twofold_topic").get("say").asText());
    }

    @Test
    void everyBoardIsExportedAsAnOpenBoardPackage() throws IOException {
        BoardFiles.Bytes r = BoardFiles.get(server, "/api/v1/boards.obz", staff);
        assertEquals(200, r.status(), r.text());
        assertEquals("application/zip", r.contentType());
        assertTrue(r.disposition().startsWith("attachment"), r.disposition());
        Map<String, byte[]> files = BoardFiles.unzip(r.body());
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertEquals("open-board-0.1", manifest.get("format").asText());
        assertTrue(files.containsKey(manifest.get("root").asText()), "the root board is in the package");
        Set<String> ids = new HashSet<>();
        manifest.get("paths").get("boards").fields().forEachRemaining(f -> {
            ids.add(f.getKey());
            assertTrue(files.containsKey(f.getValue().asText()), f.getValue().asText());
        });
        assertTrue(ids.containsAll(Set.of(BoardFiles.DAY, BoardFiles.HEALTH)), ids.toString());
        manifest.get("paths").get("images").fields().forEachRemaining(f -> assertTrue(files.containsKey(f.getValue().asText())));
        for (var f : manifest.get("paths").get("boards").properties()) {
            JsonNode board = JSON.readTree(files.get(f.getValue().asText()));
            ObfRules.check(board, files);
            assertEquals(f.getKey(), board.get("id").asText());
        }
        JsonNode day = JSON.readTree(files.get("boards/" + BoardFiles.DAY + ".obf"));
        assertEquals("boards/" + BoardFiles.HEALTH + ".obf", day.get("buttons").get(1).get("load_board").get("path").asText());
    }

    @Test
    void aBoardThatIsNotThereIsNotFound() {
        for (String path : new String[] {"/api/v1/boards/no-such-board.obf", "/api/v1/boards/" + BoardFiles.DAY, "/api/v1/boards/import"}) {
            TestServer.Response r = server.get(path, staff);
            assertEquals(404, r.status(), path + ": " + r);
            assertEquals(404, r.json().get("status").asInt());
        }
    }

    static JsonNode find(JsonNode list, String id) {
        for (JsonNode b : list) {
            if (b.get("id").asText().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no board " + id + " in " + list);
    }
}
