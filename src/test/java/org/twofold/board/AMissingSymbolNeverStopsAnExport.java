package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;
import org.twofold.web.Json;

/** A symbol whose file is missing leaves its button without an image; the rest of the board, and of the package, is exported. */
class AMissingSymbolNeverStopsAnExport {
    private static final ObjectMapper JSON = Json.json();
    private static final String MISSING = "knitting";
    @TempDir
    static Path data;
    static TestServer server;
    static String staff;

    @BeforeAll
    static void start() {
        server = TestServer.start(data.resolve("data"), Map.of("TWOFOLD_DIALOGUES", BoardFiles.dialogues(data).toString(),
            "TWOFOLD_SYMBOLS", BoardFiles.symbolsWithout(data, MISSING).toString()));
        staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBoardIsExportedWithoutThatOneImage() throws IOException {
        BoardFiles.Bytes r = BoardFiles.get(server, "/api/v1/boards/" + BoardFiles.HEALTH + ".obf", staff);

        assertEquals(200, r.status(), r.text());
        JsonNode board = JSON.readTree(r.body());
        ObfRules.check(board, null);
        JsonNode hobbies = button(board, "hobbies");
        assertFalse(hobbies.has("image_id"), "the missing symbol's button has no image");
        assertEquals(MISSING, hobbies.get("ext_twofold_symbol").asText(), "it still says which symbol it shows");
        assertTrue(button(board, "pills").has("image_id"), "the other buttons keep theirs");
        assertEquals(3, board.get("images").size());
    }

    @Test
    void thePackageIsExportedWithoutThatOneImage() throws IOException {
        BoardFiles.Bytes r = BoardFiles.get(server, "/api/v1/boards.obz", staff);

        assertEquals(200, r.status(), r.text());
        Map<String, byte[]> files = BoardFiles.unzip(r.body());
        assertTrue(files.keySet().stream().noneMatch(p -> p.contains(MISSING)), files.keySet().toString());
        ObfRules.check(JSON.readTree(files.get("boards/" + BoardFiles.HEALTH + ".obf")), files);
        ObfRules.check(JSON.readTree(files.get("boards/" + BoardFiles.DAY + ".obf")), files);
    }

    private static JsonNode button(JsonNode board, String id) {
        for (JsonNode b : board.get("buttons")) {
            if (b.get("id").asText().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no button " + id);
    }
}
