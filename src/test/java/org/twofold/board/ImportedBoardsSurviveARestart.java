package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;
import org.twofold.web.Json;

/** Imported boards and their pictures are kept: after a restart they are offered again, to their service only. */
class ImportedBoardsSurviveARestart {
    private static final ObjectMapper JSON = Json.json();
    @TempDir
    Path data;

    @Test
    void anImportedBoardIsOfferedAgainAfterARestart() throws Exception {
        Path dialogues = BoardFiles.dialogues(data);
        Map<String, String> env = Map.of("TWOFOLD_DIALOGUES", dialogues.toString());
        byte[] png = BoardFiles.png(20, 10);
        String id;
        String picture;
        JsonNode before;
        try (TestServer server = TestServer.start(data.resolve("data"), env)) {
            String staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
            var board = AnExportedBoardComesBackTheSame.otherAppsBoard(png);
            // A whole scale of its own, not in the library: it comes back with the board.
            board.set("ext_twofold_scale", JSON.readTree("""
                {"id": "how-often", "name": "Often, sometimes, never", "question": "How often does this happen?", "change": "left",
                 "points": [{"id": "often", "label": "Often", "symbol": "happy"},
                            {"id": "sometimes", "label": "Sometimes", "symbol": "face-okay"},
                            {"id": "never", "label": "Never", "symbol": "sad"}]}"""));
            TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/json", JSON.writeValueAsBytes(board), staff);
            assertEquals(201, r.status(), r.toString());
            id = r.json().get("boards").get(0).asText();
            before = BoardsAreListedAndExportedAsOpenBoards.find(server.get("/api/v1/boards", staff).json(), id);
            picture = before.get("cards").get(0).get("picture").asText();
        }
        try (TestServer server = TestServer.start(data.resolve("data"), env)) {
            String staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
            JsonNode after = BoardsAreListedAndExportedAsOpenBoards.find(server.get("/api/v1/boards", staff).json(), id);
            assertEquals(before, after);
            assertTrue(after.get("scaleId").asText().startsWith("how-often-"), "its own scale, under an id of its own");
            assertEquals("Often", after.get("scale").get(0).get("label").asText());
            assertArrayEquals(png, BoardFiles.get(server, "/api/v1/pictures/" + picture, staff).body());
            String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
            assertTrue(server.get("/api/v1/boards", admin).json().findValuesAsText("id").stream().noneMatch(id::equals));
        }
    }
}
