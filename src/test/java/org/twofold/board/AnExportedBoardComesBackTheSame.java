package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.TestServer;
import org.twofold.web.Json;

class AnExportedBoardComesBackTheSame extends BoardFileTest {
    private static final ObjectMapper JSON = Json.json();
    @Test
    void aBoardExportedImportedAndExportedAgainIsTheSameBoard() throws IOException {
        ObjectNode exported = exported(BoardFiles.DAY);
        // Another app's extensions, on the board, a button and an image: they must come back.
        exported.put("ext_otherapp_colour", "blue");
        ((ObjectNode) exported.get("buttons").get(0)).putObject("ext_otherapp_sound").put("volume", 3);
        ((ObjectNode) exported.get("images").get(0)).put("ext_otherapp_source", "drawn");

        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/json", JSON.writeValueAsBytes(exported), staff);

        assertEquals(201, r.status(), r.toString());
        String id = r.json().get("boards").get(0).asText();
        assertNotEquals(BoardFiles.DAY, id);
        assertTrue(id.startsWith("my-day-me-"), id);
        ObjectNode again = exported(id);
        assertEquals(id, again.get("id").asText());
        assertEquals(withoutId(exported), withoutId(again));
        assertEquals("blue", again.get("ext_otherapp_colour").asText());
        assertEquals(1, BoardFiles.audited(server.dataDir(), "board.import", "board:" + id), "the import is audited");
    }

    @Test
    void everyBoardInAPackageComesBackTheSame() throws IOException {
        BoardFiles.Bytes obz = BoardFiles.get(server, "/api/v1/boards.obz", staff);
        Map<String, byte[]> files = BoardFiles.unzip(obz.body());
        List<String> originals = new ArrayList<>();
        JSON.readTree(files.get("manifest.json")).get("paths").get("boards").fieldNames().forEachRemaining(originals::add);

        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/zip", obz.body(), staff);

        assertEquals(201, r.status(), r.toString());
        JsonNode ids = r.json().get("boards");
        assertEquals(originals.size(), ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(withoutId(exported(originals.get(i))), withoutId(exported(ids.get(i).asText())), originals.get(i));
        }
    }

    @Test
    void anotherAppsBoardBecomesANewTopicBoardWithItsPictures() throws IOException {
        byte[] png = BoardFiles.png(64, 48);
        ObjectNode board = otherAppsBoard(png);
        int picturesBefore = BoardFiles.rows(server.dataDir(), "pictures");

        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/json", JSON.writeValueAsBytes(board), staff);

        assertEquals(201, r.status(), r.toString());
        String id = r.json().get("boards").get(0).asText();
        assertEquals(picturesBefore + 1, BoardFiles.rows(server.dataDir(), "pictures"), "one picture, however many buttons show it");
        JsonNode listed = BoardsAreListedAndExportedAsOpenBoards.find(server.get("/api/v1/boards", staff).json(), id);
        assertEquals("Things I like", listed.get("topic").asText());
        assertEquals("going-well", listed.get("scaleId").asText(), "no scale given: the library's usual one");
        assertTrue(listed.get("imported").asBoolean());
        JsonNode cards = listed.get("cards");
        assertEquals(List.of("Music", "Cats", "Tea", "Walks"), labels(cards), "in the grid's reading order");
        String picture = cards.get(0).get("picture").asText();
        assertEquals(picture, cards.get(1).get("picture").asText());
        assertEquals("music", cards.get(0).get("symbol").asText(), "a fitting library symbol beside the picture");
        assertEquals("something-else", cards.get(1).get("symbol").asText());
        assertTrue(cards.get(2).get("picture").isNull(), "an image only at a URL is not fetched");

        BoardFiles.Bytes served = BoardFiles.get(server, "/api/v1/pictures/" + picture, staff);
        assertEquals(200, served.status());
        assertEquals("image/png", served.contentType());
        assertArrayEquals(png, served.body());
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertEquals(200, BoardFiles.get(server, "/api/v1/pictures/" + picture, advocate).status());
        assertEquals(401, BoardFiles.get(server, "/api/v1/pictures/" + picture, null).status());
        assertEquals(404, BoardFiles.get(server, "/api/v1/pictures/no-such-picture", staff).status());

        JsonNode again = exported(id);
        ObfRules.check(again, null, false);
        JsonNode image = again.get("images").get(0);
        assertEquals(64, image.get("width").asInt());
        assertEquals("Sam Painter", image.get("license").get("author_name").asText(), "the image's licence is kept");
        assertEquals("CC-BY-SA", again.get("license").get("type").asText(), "the board's licence is kept");
        assertEquals("kept", again.get("ext_otherapp_flag").asText());
        assertNull(again.get("buttons").get(0).get("ext_twofold_dialogue").textValue(), "it leads nowhere yet");
    }

    @Test
    void aServicesImportsAreItsOwn() throws IOException {
        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/json",
            JSON.writeValueAsBytes(otherAppsBoard(BoardFiles.png(8, 8))), staff);
        String id = r.json().get("boards").get(0).asText();
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);

        assertEquals(List.of(), server.get("/api/v1/boards", admin).json().findValuesAsText("id").stream().filter(id::equals).toList(),
            "the admin's service is another service");
        assertEquals(404, BoardFiles.get(server, "/api/v1/boards/" + id + ".obf", admin).status());
        BoardFiles.Bytes obz = BoardFiles.get(server, "/api/v1/boards.obz", admin);
        assertTrue(BoardFiles.unzip(obz.body()).keySet().stream().noneMatch(p -> p.contains(id)));
        BoardsAreListedAndExportedAsOpenBoards.find(server.get("/api/v1/boards", admin).json(), BoardFiles.DAY);
        String theirPerson = server.newPerson(admin, "Rae Other");
        TestServer.Response started = server.post("/api/v1/people/" + theirPerson + "/conversations",
            java.util.Map.of("dialogue", id, "present", List.of(java.util.Map.of("name", "Alex", "role", "advocate"))), admin);
        assertEquals(404, started.status(), "another service cannot talk about a board it never imported: " + started);
        String ours = server.newPerson(staff, "Kim Own");
        assertEquals(201, server.post("/api/v1/people/" + ours + "/conversations",
            java.util.Map.of("dialogue", id, "present", List.of(java.util.Map.of("name", "Alex", "role", "advocate"))), staff).status(),
            "the service that imported it can");
    }

    @Test
    void anImportedBoardWhoseCardsLeadNowhereIsKeptAndEndsWithoutAGoal() throws IOException {
        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/json",
            JSON.writeValueAsBytes(otherAppsBoard(BoardFiles.png(8, 8))), staff);
        String board = r.json().get("boards").get(0).asText();
        String person = server.newPerson(staff, "Noor Nowhere");
        TestServer.Response started = server.post("/api/v1/people/" + person + "/conversations",
            java.util.Map.of("dialogue", board, "present", List.of(java.util.Map.of("name", "Alex", "role", "advocate"))), staff);
        assertEquals(201, started.status(), started.toString());
        String conversation = started.json().get("id").asText();
        String card = started.json().get("step").get("cards").get(0).get("id").asText();
        String at = "/api/v1/conversations/" + conversation;
        assertEquals(200, server.post(at + "/boards/" + board + "/placements", java.util.Map.of("card", card, "position", 2), staff).status());
        TestServer.Response finished = server.post(at + "/answers", java.util.Map.of("node", board), staff);
        assertEquals("finished", finished.json().get("status").asText(), finished.toString());
        assertEquals(409, server.get(at + "/draft", staff).status(), "no goal without a dialogue to lead to");
        assertEquals(200, server.get(at + "/boards/" + board + ".svg", staff).status(), "the board is kept");
        org.twofold.ScreenHttp tablet = new org.twofold.ScreenHttp(server).join(started.json().get("joinUrl").asText());
        String page = tablet.get("/person/conversations/" + conversation).body();
        assertTrue(page.contains("We have kept your board."), page);
        assertFalse(page.contains("This is your goal"), page);
    }

    /** A board as another app writes it: numbers for some ids, a grid out of button order, one image twice, one only at a URL. */
    static ObjectNode otherAppsBoard(byte[] png) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", "open-board-0.1");
        o.put("id", 77);
        o.put("name", "Things I like");
        o.put("ext_otherapp_flag", "kept");
        o.putObject("license").put("type", "CC-BY-SA").put("author_name", "Board Maker");
        ArrayNode buttons = o.putArray("buttons");
        buttons.addObject().put("id", "b-tea").put("label", "Tea").put("image_id", "url-only");
        buttons.addObject().put("id", 1).put("label", "Music").put("image_id", "pic");
        buttons.addObject().put("id", "2").put("label", "Cats").put("image_id", "pic");
        buttons.addObject().put("id", "walk").put("label", "Walks");
        ObjectNode grid = o.putObject("grid").put("rows", 2).put("columns", 3);
        ArrayNode order = grid.putArray("order");
        order.addArray().add(1).add("2").addNull();
        order.addArray().add("b-tea").add("walk").addNull();
        ArrayNode images = o.putArray("images");
        ObjectNode pic = images.addObject().put("id", "pic").put("width", 1).put("height", 1).put("content_type", "image/png")
            .put("data", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        pic.putObject("license").put("type", "CC-BY").put("author_name", "Sam Painter");
        images.addObject().put("id", "url-only").put("url", "https://example.org/tea.png").put("content_type", "image/png");
        return o;
    }

    private static List<String> labels(JsonNode cards) {
        List<String> out = new ArrayList<>();
        cards.forEach(c -> out.add(c.get("label").asText()));
        return out;
    }

    private static ObjectNode exported(String id) throws IOException {
        BoardFiles.Bytes r = BoardFiles.get(server, "/api/v1/boards/" + id + ".obf", staff);
        assertEquals(200, r.status(), r.text());
        return (ObjectNode) JSON.readTree(r.body());
    }

    /** The board without its own id, its images numbered in order (a picture stored again gets an id of its own). */
    private static ObjectNode withoutId(ObjectNode board) {
        ObjectNode copy = board.deepCopy();
        copy.remove("id");
        Map<String, String> numbered = new HashMap<>();
        for (JsonNode image : copy.get("images")) {
            String n = "image-" + (numbered.size() + 1);
            numbered.put(image.get("id").asText(), n);
            ((ObjectNode) image).put("id", n);
        }
        for (JsonNode button : copy.get("buttons")) {
            if (button.has("image_id")) {
                ((ObjectNode) button).put("image_id", numbered.get(button.get("image_id").asText()));
            }
        }
        return copy;
    }

}
