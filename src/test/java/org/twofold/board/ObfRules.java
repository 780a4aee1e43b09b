package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The Open Board Format's rules, as a board another app reads must keep them. */
final class ObfRules {
    private ObfRules() {}

    /** Checks a board; in an .obz ({@code files} not null) its images are files there, else inline data: URIs. */
    static void check(JsonNode board, Map<String, byte[]> files) {
        check(board, files, true);
    }

    /** The same, for a board whose licences are another's ({@code ours} false): each must still say what it is. */
    static void check(JsonNode board, Map<String, byte[]> files, boolean ours) {
        assertEquals("open-board-0.1", board.path("format").asText(), "format");
        assertTrue(board.get("id").isTextual(), "the board's id is a string");
        assertTrue(board.get("name").isTextual() && !board.get("name").asText().isBlank(), "a name");
        assertEquals("en", board.path("locale").asText());
        Set<String> imageIds = new HashSet<>();
        for (JsonNode image : board.get("images")) {
            assertTrue(image.get("id").isTextual(), "image ids are strings: " + image);
            assertTrue(imageIds.add(image.get("id").asText()), "image ids differ");
            assertTrue(image.get("width").isInt() && image.get("width").asInt() > 0, "width: " + image);
            assertTrue(image.get("height").isInt() && image.get("height").asInt() > 0, "height: " + image);
            String type = image.get("content_type").asText();
            assertTrue(Set.of("image/svg+xml", "image/png", "image/jpeg").contains(type), type);
            if (files == null) {
                String data = image.get("data").asText();
                String prefix = "data:" + type + ";base64,";
                assertTrue(data.startsWith(prefix), "a data URI: " + data.substring(0, Math.min(40, data.length())));
                assertTrue(Base64.getDecoder().decode(data.substring(prefix.length())).length > 0);
            } else {
                assertTrue(files.containsKey(image.get("path").asText()), "the image's file is in the package: " + image);
            }
            if (ours) {
                assertLicensed(image.get("license"));
            }
        }
        Set<String> buttonIds = new HashSet<>();
        for (JsonNode button : board.get("buttons")) {
            assertTrue(button.get("id").isTextual(), "button ids are strings: " + button);
            assertTrue(buttonIds.add(button.get("id").asText()), "button ids differ");
            assertTrue(button.get("label").isTextual(), "labels are text");
            if (button.has("image_id")) {
                assertTrue(imageIds.contains(button.get("image_id").asText()), "the button's image is on the board: " + button);
            }
        }
        JsonNode grid = board.get("grid");
        int rows = grid.get("rows").asInt();
        int columns = grid.get("columns").asInt();
        assertEquals(rows, grid.get("order").size(), "one order row a grid row");
        Set<String> placed = new HashSet<>();
        for (JsonNode row : grid.get("order")) {
            assertEquals(columns, row.size(), "one place a column");
            for (JsonNode cell : row) {
                if (!cell.isNull()) {
                    assertTrue(cell.isTextual() && buttonIds.contains(cell.asText()), "the grid names a button: " + cell);
                    assertTrue(placed.add(cell.asText()), "each button once");
                }
            }
        }
        assertEquals(buttonIds, placed, "every button is on the grid");
        if (ours) {
            assertLicensed(board.get("license"));
        }
        assertEquals(3, board.path("ext_twofold_scale").path("points").size(), "the scale goes with the board");
        assertFalse(board.path("ext_twofold_topic").path("label").asText().isBlank(), "the topic goes with the board");
    }

    private static void assertLicensed(JsonNode license) {
        assertEquals("CC-BY-4.0", license.path("type").asText(), "licence: " + license);
        assertEquals("Twofold contributors", license.path("author_name").asText());
        assertTrue(license.path("copyright_notice_url").asText().startsWith("https://creativecommons.org/"));
    }
}
