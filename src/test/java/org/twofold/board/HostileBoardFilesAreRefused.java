package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twofold.TestServer;
import org.twofold.web.Json;

/**
 * Every hostile or broken board file is refused with a clear JSON error, and nothing of it is stored: no
 * board, no picture, and the list of boards unchanged.
 */
class HostileBoardFilesAreRefused extends BoardFileTest {
    private static final ObjectMapper JSON = Json.json();
    private static final String GOOD_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\"/></svg>";
    /** One hostile file: what it is, how it is sent, and the refusal it must get. */
    record Hostile(String name, String contentType, byte[] body, int status, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> files() {
        byte[] png = BoardFiles.png(10, 10);
        List<Hostile> all = new ArrayList<>();
        all.add(json("broken JSON", "{\"format\": \"open-board-0.1\", \"buttons\": [".getBytes(StandardCharsets.UTF_8), 400, "not valid JSON"));
        all.add(json("a field twice", "{\"format\": \"open-board-0.1\", \"format\": \"x\"}".getBytes(StandardCharsets.UTF_8), 400,
            "not valid JSON"));
        all.add(json("JSON with more after it", (new String(board(b -> {}), StandardCharsets.UTF_8) + " {}").getBytes(StandardCharsets.UTF_8),
            400, "not valid JSON"));
        all.add(json("JSON that is not an object", "[1, 2]".getBytes(StandardCharsets.UTF_8), 400, "must be a JSON object"));
        all.add(json("the wrong format", board(b -> b.put("format", "open-board-9")), 400, "its format is 'open-board-9'"));
        all.add(json("no format", board(b -> b.remove("format")), 400, "its format is missing"));
        all.add(json("three buttons", board(b -> ((ArrayNode) b.get("buttons")).remove(3)), 400, "has 3 buttons: a board takes 4 to 12 pictures"));
        all.add(json("thirteen buttons", board(b -> {
            for (int i = 5; i <= 13; i++) {
                ((ArrayNode) b.get("buttons")).addObject().put("id", "b" + i).put("label", "More " + i);
            }
        }), 400, "has 13 buttons: a board takes 4 to 12 pictures"));
        all.add(json("buttons not a list", board(b -> b.put("buttons", "many")), 400, "no list of buttons"));
        all.add(json("two buttons with one id", board(b -> ((ObjectNode) b.get("buttons").get(1)).put("id", "b1")), 400,
            "two buttons with the id 'b1'"));
        all.add(json("a label that is a number", board(b -> ((ObjectNode) b.get("buttons").get(0)).put("label", 42)), 400, "is not text"));
        all.add(json("a label that is a list", board(b -> ((ObjectNode) b.get("buttons").get(0)).putArray("label").add("a")), 400,
            "is not text"));
        all.add(json("a button with no label", board(b -> ((ObjectNode) b.get("buttons").get(0)).remove("label")), 400, "has no label"));
        all.add(json("a label with a control character", board(b -> ((ObjectNode) b.get("buttons").get(0)).put("label", "a\u0000b")), 400,
            "hidden control character"));
        all.add(json("a button with an id that is an object", board(b -> ((ObjectNode) b.get("buttons").get(0)).putObject("id")), 400,
            "a button with no id"));
        all.add(json("no name", board(b -> b.remove("name")), 400, "has no name"));
        all.add(json("two images with one id", board(b -> {
            withImage(b, "image/png", png);
            ((ArrayNode) b.get("images")).add(b.get("images").get(0).deepCopy());
        }), 400, "two images with the id"));
        all.add(json("a button naming an image that is not there", board(b -> ((ObjectNode) b.get("buttons").get(0)).put("image_id", "gone")),
            400, "names image 'gone'"));
        all.add(json("a grid naming a button that is not there", board(b -> b.putObject("grid").put("rows", 1).put("columns", 1)
            .putArray("order").addArray().add("nobody")), 400, "grid names button 'nobody'"));
        all.add(json("a grid without an order", board(b -> b.putObject("grid").put("rows", 1)), 400, "grid without rows"));
        all.add(json("an SVG with script", board(b -> withImage(b, "image/svg+xml",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"))), 400, "has a <script> element"));
        all.add(json("an SVG with an event attribute", board(b -> withImage(b, "image/svg+xml",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"))), 400, "event attribute"));
        all.add(json("an SVG with foreign content", board(b -> withImage(b, "image/svg+xml",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>hi</p></foreignObject></svg>"))), 400, "<foreignObject>"));
        all.add(json("an SVG reaching outside", board(b -> withImage(b, "image/svg+xml",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<image xlink:href=\"http://evil.example/x.png\"/></svg>"))), 400, "outside itself"));
        all.add(json("an SVG with javascript in a link", board(b -> withImage(b, "image/svg+xml",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><circle r=\"2\"/></a></svg>"))), 400,
            "outside itself"));
        all.add(json("an SVG with a style reaching outside", board(b -> withImage(b, "image/svg+xml",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(http://evil.example/a.css);</style></svg>"))), 400,
            "style"));
        all.add(json("an SVG with entities", board(b -> withImage(b, "image/svg+xml",
            svg("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"))), 400, "DOCTYPE or entities"));
        all.add(json("an SVG that is not XML", board(b -> withImage(b, "image/svg+xml", svg("<svg <<<"))), 400, "not a well-formed SVG"));
        all.add(json("a picture too many pixels", board(b -> withImage(b, "image/png", BoardFiles.png(4097, 1))), 413, "4096 by 4096"));
        all.add(json("a picture that says it is huge", board(b -> withImage(b, "image/png", hugePngHeader())), 413, "100000 by 100000"));
        all.add(json("a picture over 1 MB", board(b -> withImage(b, "image/svg+xml",
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><!--" + "x".repeat(1_100_000) + "--></svg>"))), 413, "at most 1 MB"));
        all.add(json("a GIF called a PNG", board(b -> withImage(b, "image/png", "GIF89a........".getBytes(StandardCharsets.US_ASCII))), 415,
            "not a PNG, JPEG or SVG"));
        all.add(json("an SVG called a PNG", board(b -> withImage(b, "image/png", svg(GOOD_SVG))), 415, "says it is image/png"));
        all.add(json("a broken data URI", board(b -> {
            withImage(b, "image/png", png);
            ((ObjectNode) b.get("images").get(0)).put("data", "data:image/png;base64,@@@@");
        }), 400, "cannot be decoded"));
        all.add(json("a bad picture after a good one", board(b -> {
            withImage(b, "image/png", png);
            ((ArrayNode) b.get("images")).addObject().put("id", "bad").put("content_type", "image/svg+xml")
                .put("data", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                    svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>")));
            ((ObjectNode) b.get("buttons").get(3)).put("image_id", "bad");
        }), 400, "script"));
        all.add(new Hostile("a body of another type", "text/plain", "hello".getBytes(StandardCharsets.UTF_8), 415, "application/zip"));
        all.add(new Hostile("JSON in another character set", "application/json; charset=iso-8859-1", board(b -> {}), 415, "application/json"));
        all.add(new Hostile("an empty body", "application/json", new byte[0], 400, "empty"));
        all.add(zip("a zip that is not a zip", "hello, not a zip".getBytes(StandardCharsets.UTF_8), 400, "not a zip file"));
        all.add(zip("a path leaving the archive", BoardFiles.zip(Map.of("../evil.obf", board(b -> {}))), 400, "leaves the archive"));
        all.add(zip("an absolute path", BoardFiles.zip(Map.of("/etc/evil.obf", board(b -> {}))), 400, "leaves the archive"));
        all.add(zip("a path with backslashes", BoardFiles.zip(Map.of("boards\\..\\..\\evil.obf", board(b -> {}))), 400, "leaves the archive"));
        all.add(zip("a manifest naming a file that is not there", BoardFiles.zip(files(
            "manifest.json", manifest("boards/a.obf", "boards/missing.obf"), "boards/a.obf", board(b -> {}))), 400,
            "names 'boards/missing.obf', which is not in the .obz file"));
        all.add(zip("a manifest with a path leaving the archive", BoardFiles.zip(files(
            "manifest.json", manifest("../../a.obf"), "boards/a.obf", board(b -> {}))), 400, "leaves the archive"));
        all.add(zip("an image path that is not there", BoardFiles.zip(files("manifest.json", manifest("boards/a.obf"), "boards/a.obf",
            board(b -> {
                b.putArray("images").addObject().put("id", "i").put("path", "images/gone.png").put("content_type", "image/png");
                ((ObjectNode) b.get("buttons").get(0)).put("image_id", "i");
            }))), 400, "'images/gone.png', which is not in the .obz file"));
        all.add(zip("two boards without a manifest", BoardFiles.zip(files("a.obf", board(b -> {}), "b.obf", board(b -> {}))), 400,
            "no manifest.json"));
        all.add(zip("a zip bomb in one entry", BoardFiles.zip(files("manifest.json", manifest("boards/a.obf"), "boards/a.obf",
            new byte[3 * 1024 * 1024])), 413, "at most 2 MB"));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            many.put("images/filler-" + i + ".png", new byte[1_900_000]);
        }
        all.add(zip("a zip bomb in many entries", BoardFiles.zip(many), 413, "20 MB"));
        Map<String, byte[]> crowd = new LinkedHashMap<>();
        for (int i = 0; i < 600; i++) {
            crowd.put("f" + i, new byte[1]);
        }
        all.add(zip("too many entries", BoardFiles.zip(crowd), 413, "more than 500 files"));
        all.add(zip("a bad board inside a good package", BoardFiles.zip(files("manifest.json", manifest("boards/a.obf", "boards/b.obf"),
            "boards/a.obf", board(b -> {}), "boards/b.obf", board(b -> ((ArrayNode) b.get("buttons")).remove(0)))), 400, "has 3 buttons"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aHostileFileIsRefusedClearlyAndNothingIsStored(Hostile file) {
        int boards = BoardFiles.rows(server.dataDir(), "imported_boards");
        int pictures = BoardFiles.rows(server.dataDir(), "pictures");
        int listed = server.get("/api/v1/boards", staff).json().size();

        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", file.contentType(), file.body(), staff);

        assertEquals(file.status(), r.status(), r.toString());
        JsonNode error = r.json();
        assertEquals(file.status(), error.get("status").asInt());
        assertTrue(error.get("title").isTextual());
        assertTrue(error.get("detail").asText().contains(file.says()), "'" + error.get("detail").asText() + "' should say " + file.says());
        assertEquals(boards, BoardFiles.rows(server.dataDir(), "imported_boards"), "no board stored");
        assertEquals(pictures, BoardFiles.rows(server.dataDir(), "pictures"), "no picture stored");
        assertEquals(listed, server.get("/api/v1/boards", staff).json().size(), "no board offered");
    }

    @Test
    void aGoodFileIsTakenSoTheRefusalsAreForTheirFaults() throws IOException {
        TestServer.Response one = BoardFiles.post(server, "/api/v1/boards/import", "application/json", board(b -> withImage(b,
            "image/svg+xml", svg(GOOD_SVG))), staff);
        assertEquals(201, one.status(), one.toString());
        BoardFiles.Bytes exported = BoardFiles.get(server, "/api/v1/boards/" + one.json().get("boards").get(0).asText() + ".obf", staff);
        assertEquals(200, exported.status());
        JsonNode board = JSON.readTree(exported.body());
        assertEquals("Things to do", board.get("name").asText());
        assertTrue(!board.has("license"), "a board that came with no licence is given none");
        TestServer.Response many = BoardFiles.post(server, "/api/v1/boards/import", "application/zip", BoardFiles.zip(files(
            "manifest.json", manifest("boards/a.obf", "boards/b.obf"), "boards/a.obf", board(b -> {}), "boards/b.obf", board(b -> {}))), staff);
        assertEquals(201, many.status(), many.toString());
        assertEquals(2, many.json().get("boards").size());
    }

    @Test
    void onlyAdminsAndStaffImport() {
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        int boards = BoardFiles.rows(server.dataDir(), "imported_boards");
        assertEquals(403, BoardFiles.post(server, "/api/v1/boards/import", "application/json", board(b -> {}), advocate).status());
        assertEquals(401, BoardFiles.post(server, "/api/v1/boards/import", "application/json", board(b -> {}), null).status());
        assertEquals(boards, BoardFiles.rows(server.dataDir(), "imported_boards"));
    }

    @Test
    void aFileOver20MbIsRefusedUnread() {
        byte[] big = new byte[21 * 1024 * 1024];
        TestServer.Response r = BoardFiles.post(server, "/api/v1/boards/import", "application/zip", big, staff);
        assertEquals(413, r.status(), r.toString());
        assertTrue(r.json().get("detail").asText().contains("20 MB"));
    }

    private static Hostile json(String name, byte[] body, int status, String says) {
        return new Hostile(name, "application/json", body, status, says);
    }

    private static Hostile zip(String name, byte[] body, int status, String says) {
        return new Hostile(name, "application/zip", body, status, says);
    }

    /** A good board of four buttons, changed as a case needs, as bytes. */
    static byte[] board(Consumer<ObjectNode> change) {
        ObjectNode b = JSON.createObjectNode();
        b.put("format", "open-board-0.1");
        b.put("id", "1");
        b.put("name", "Things to do");
        ArrayNode buttons = b.putArray("buttons");
        for (int i = 1; i <= 4; i++) {
            buttons.addObject().put("id", "b" + i).put("label", "Thing " + i);
        }
        change.accept(b);
        try {
            return JSON.writeValueAsBytes(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void withImage(ObjectNode board, String type, byte[] bytes) {
        board.putArray("images").addObject().put("id", "img").put("content_type", type).put("width", 10).put("height", 10)
            .put("data", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
        ((ObjectNode) board.get("buttons").get(0)).put("image_id", "img");
    }

    private static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG's signature and header saying 100000 by 100000 pixels, with nothing after it. */
    private static byte[] hugePngHeader() {
        byte[] b = BoardFiles.png(1, 1);
        b[16] = 0;
        b[17] = 1;
        b[18] = (byte) 0x86;
        b[19] = (byte) 0xA0;
        System.arraycopy(b, 16, b, 20, 4);
        return b;
    }

    private static byte[] manifest(String root, String... more) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", "open-board-0.1");
        m.put("root", root);
        ObjectNode boards = m.putObject("paths").putObject("boards");
        boards.put("1", root);
        for (int i = 0; i < more.length; i++) {
            boards.put(String.valueOf(i + 2), more[i]);
        }
        try {
            return JSON.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> files(Object... pathsAndBytes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndBytes.length; i += 2) {
            out.put((String) pathsAndBytes[i], (byte[]) pathsAndBytes[i + 1]);
        }
        return out;
    }
}
