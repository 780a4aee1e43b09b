package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;

/**
 * Symbols the easy-read copy shows on every page, broken three ways (not XML, XML that is no SVG, and an SVG
 * the drawing library refuses): each costs its picture, never the PDF or its words.
 */
class ABrokenSymbolNeverStopsAPdf {
    private static final Map<String, String> BROKEN = Map.of(
        "goal", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"",
        "stairs", "<html><body>not a picture</body></html>",
        "me", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><image width=\"10\" height=\"10\"/></svg>");

    @TempDir
    static Path dir;
    static TestServer server;
    static String staff;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir.resolve("data"), Map.of("TWOFOLD_SYMBOLS", brokenLibrary().toString()));
        staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theEasyReadCopyKeepsItsWordsAndItsOtherPictures() {
        String person = server.newPerson(staff, "Jo Walker");
        JsonNode draft = ExportDrafts.walked(server, staff, person, List.of("washing-and-dressing")).get(0);
        String id = draft.get("id").asText();

        PdfText easy = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + id + "/easy-read.pdf", staff), "easy-read-broken-symbols");

        assertTrue(easy.has(draft.get("outcome").get("statement").asText()), "the goal, without its picture: " + easy.text);
        assertTrue(easy.has("My name is Jo."), easy.text);
        assertTrue(easy.has(draft.get("milestones").get(0).get("personDoes").asText()), "a step, without its stairs: " + easy.text);
        assertTrue(easy.picturesPerPage.stream().mapToInt(Integer::intValue).sum() > 0, "the other pictures are still there");
        PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + id + "/export.pdf", staff), "plan-broken-symbols");
    }

    /** The shipped symbol library, copied, with three of its pictures broken. */
    private static Path brokenLibrary() {
        Path library = dir.resolve("symbols");
        Path shipped = Path.of("symbol-library");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path f : files.toList()) {
                Path to = library.resolve(shipped.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
            for (Map.Entry<String, String> b : BROKEN.entrySet()) {
                Files.writeString(library.resolve("symbols").resolve(b.getKey() + ".svg"), b.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return library;
    }
}
