package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;
import org.twofold.web.Json;

/**
 * An imported board's picture is shown to any account signed in, and to a tablet through its own
 * conversation; never without signing in; and a person's own picture is not shown here at all (yet).
 */
class PicturesAreShownOnlyToThoseSignedIn {
    private static final ObjectMapper JSON = Json.json();
    @TempDir
    static Path data;
    static TestServer server;
    static String staff;
    static String picture;
    static String conversation;
    static String tablet;
    static String person;
    static final byte[] PNG = BoardFiles.png(30, 20);

    @BeforeAll
    static void start() throws Exception {
        server = BoardFiles.server(data);
        staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/json",
            JSON.writeValueAsBytes(AnExportedBoardComesBackTheSame.otherAppsBoard(PNG)), staff);
        String id = r.json().get("boards").get(0).asText();
        picture = BoardsAreListedAndExportedAsOpenBoards.find(server.get("/api/v1/boards", staff).json(), id)
            .get("cards").get(0).get("picture").asText();
        person = server.newPerson(staff, "Jo Walker");
        JsonNode started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), staff).json();
        conversation = started.get("id").asText();
        String join = started.get("joinUrl").asText();
        tablet = join.substring(join.lastIndexOf('/') + 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyAccountSeesIt() {
        for (String[] who : new String[][] {{TestServer.STAFF, TestServer.PASSWORD}, {TestServer.ADVOCATE, TestServer.PASSWORD},
            {TestServer.ADMIN, TestServer.ADMIN_PASSWORD}}) {
            BoardFiles.Bytes r = BoardFiles.get(server, "/api/v1/pictures/" + picture, server.login(who[0], who[1]));
            assertEquals(200, r.status(), who[0]);
            assertEquals("image/png", r.contentType());
            assertArrayEquals(PNG, r.body());
        }
    }

    @Test
    void nobodySignedOutSeesIt() {
        assertEquals(401, BoardFiles.get(server, "/api/v1/pictures/" + picture, null).status());
        assertEquals(401, BoardFiles.get(server, "/api/v1/pictures/" + picture, "made-up-token").status());
        assertEquals(401, BoardFiles.get(server, "/api/v1/conversations/" + conversation + "/pictures/" + picture, null).status());
    }

    @Test
    void theTabletSeesItThroughItsConversation() {
        BoardFiles.Bytes r = BoardFiles.get(server, "/api/v1/conversations/" + conversation + "/pictures/" + picture, tablet);
        assertEquals(200, r.status());
        assertArrayEquals(PNG, r.body());
        assertEquals(403, BoardFiles.get(server, "/api/v1/conversations/another/pictures/" + picture, tablet).status());
        assertEquals(200, BoardFiles.get(server, "/api/v1/conversations/" + conversation + "/pictures/" + picture, staff).status());
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, BoardFiles.get(server, "/api/v1/conversations/" + conversation + "/pictures/" + picture, admin).status(),
            "another service's conversation is not there for the admin");
    }

    @Test
    void aPersonsOwnPictureIsNotShownHere() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.dataDir().resolve("twofold.db"));
             PreparedStatement s = c.prepareStatement("""
                 INSERT INTO pictures (id, person_id, content_type, bytes, width, height, created_by, created_at)
                 VALUES ('own-photo', ?, 'image/png', ?, 30, 20, 'test', '2026-01-01T00:00:00.000Z')""")) {
            s.setString(1, person);
            s.setBytes(2, PNG);
            s.executeUpdate();
        }
        assertEquals(404, BoardFiles.get(server, "/api/v1/pictures/own-photo", staff).status());
        assertEquals(404, BoardFiles.get(server, "/api/v1/conversations/" + conversation + "/pictures/own-photo", tablet).status());
    }
}
