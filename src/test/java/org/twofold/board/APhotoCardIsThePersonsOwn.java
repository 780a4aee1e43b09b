package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.conversation.Walk;

/**
 * A person's own photo as a card on a board: checked and cleaned when added, on that board for them alone,
 * placed and chosen like any card, seen only by their tablet and their service, and gone when they are erased.
 */
class APhotoCardIsThePersonsOwn extends ApiTest {
    private static final String BOARD = Mats.BOARD;
    /** Where the photo card leads: a dialogue none of the board's own cards leads to. */
    private static final String LEADS_TO = "my-medicines";

    private static PhotoHttp http() {
        return new PhotoHttp(server);
    }

    private static Map<String, String> fields(String label) {
        return Map.of("board", BOARD, "label", label, "say", "This is my dog.", "dialogue", LEADS_TO);
    }

    private static PhotoHttp.Fetched add(String personId, String auth, String label, PhotoHttp.File photo) {
        return http().upload("/api/v1/people/" + personId + "/photo-cards", auth, fields(label), photo);
    }

    private static JsonNode added(String personId, String auth, String label, PhotoHttp.File photo) {
        PhotoHttp.Fetched r = add(personId, auth, label, photo);
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static PhotoHttp.File png(byte[] bytes) {
        return new PhotoHttp.File("dog.png", "image/png", bytes);
    }

    private static List<String> listed(String personId, String auth) {
        Response r = server.get("/api/v1/people/" + personId + "/photo-cards", auth);
        assertEquals(200, r.status(), r.toString());
        List<String> ids = new ArrayList<>();
        r.json().get("photoCards").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    /** A conversation with this person that starts with the board: its id and the tablet's cookie. */
    private record Started(String id, String tabletCookie, String tabletToken) {}

    private static Started startOnTheBoard(String personId, String auth) {
        Response r = server.post("/api/v1/people/" + personId + "/conversations", Map.of("dialogue", BOARD), auth);
        assertEquals(201, r.status(), r.toString());
        String join = r.json().get("joinUrl").asText();
        String tablet = join.substring(join.lastIndexOf('/') + 1);
        return new Started(r.json().get("id").asText(), "twofold_tablet=" + tablet, tablet);
    }

    private static JsonNode card(JsonNode step, String id) {
        for (JsonNode c : step.get("cards")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aPngAndAJpegJoinThatBoardAfterItsOwnCardsForThatPersonOnly() throws SQLException {
        String jo = server.newPerson(token, "Jo Photo");
        String sam = server.newPerson(token, "Sam Other");
        JsonNode dog = added(jo, token, "My dog", png(Photos.png(1600, 800)));
        JsonNode church = added(jo, token, "My church", new PhotoHttp.File("church.jpg", "image/jpeg", Photos.jpeg(600, 900)));
        assertTrue(dog.get("id").asText().startsWith("photo-"), "a photo card's id never clashes with a board's card");
        assertEquals("image/png", dog.get("contentType").asText());
        assertEquals(1024, dog.get("width").asInt(), "scaled down to 1024 on the long side");
        assertEquals(512, dog.get("height").asInt());
        assertEquals("image/jpeg", church.get("contentType").asText());
        assertEquals(600, church.get("width").asInt(), "a small photo keeps its size");
        assertEquals(List.of(dog.get("id").asText(), church.get("id").asText()), listed(jo, token));
        assertEquals(2, audited("photo-card.create", "person:" + jo), "each add is audited");

        Started talk = startOnTheBoard(jo, token);
        JsonNode step = new Walk(server, token, talk.id()).step();
        List<String> cards = Mats.cards(step);
        int own = cards.size() - 2;
        assertEquals(List.of(dog.get("id").asText(), church.get("id").asText()), cards.subList(own, cards.size()),
            "the person's photo cards come after the board's own");
        JsonNode shown = card(step, dog.get("id").asText());
        assertEquals("My dog", shown.get("label").asText());
        assertEquals("/person/conversations/" + talk.id() + "/photos/" + dog.get("id").asText(), shown.get("picture").asText());
        assertNotNull(shown.get("audio").textValue(), "the card can be heard");
        assertNull(card(step, Mats.cards(step).get(0)).get("picture").textValue(), "a board's own card keeps its symbol");

        JsonNode samsBoard = new Walk(server, token, startOnTheBoard(sam, token).id()).step();
        assertEquals(own, samsBoard.get("cards").size(), "another person sees the board without Jo's photos");
        assertTrue(Mats.cards(samsBoard).stream().noneMatch(id -> id.startsWith("photo-")));
    }

    @Test
    void aPhotoCardIsPlacedChosenInThePairsAndLeadsIntoItsDialogue() {
        String jo = server.newPerson(token, "Jo Chooses");
        String dog = added(jo, token, "My dog", png(Photos.png(300, 300))).get("id").asText();
        Started talk = startOnTheBoard(jo, token);
        Walk walk = new Walk(server, token, talk.id());
        String own = Mats.cards(walk.step()).get(0);

        Response other = server.post(walk.path("/boards/" + BOARD + "/placements"), Map.of("card", "photo-not-theirs", "position", 2), token);
        assertEquals(400, other.status(), "a photo card that is not theirs cannot be placed");
        Mats.place(server, token, walk, own, 2);
        JsonNode placed = Mats.place(server, token, walk, dog, 2);
        assertEquals(List.of(own, dog), Mats.placed(placed));

        JsonNode pairs = Mats.finish(server, token, walk, null, false);
        assertEquals("pairs", pairs.get("kind").asText(), pairs.toString());
        JsonNode offered = pairs.get("options").get(1);
        assertEquals(dog, offered.get("id").asText());
        assertEquals("My dog", offered.get("label").asText());
        assertEquals("/person/conversations/" + talk.id() + "/photos/" + dog, offered.get("picture").asText(), "the pairs show the photo");
        assertFalse(pairs.get("options").get(0).has("picture"), "a library card's option is as it was");

        JsonNode into = Mats.choose(server, token, walk, pairs, dog);
        Response fresh = server.post("/api/v1/people/" + jo + "/conversations", Map.of("dialogue", LEADS_TO), token);
        assertEquals(fresh.json().get("step").get("node").asText(), into.get("node").asText(), "the photo card leads into its dialogue");

        walk.answerPlainlyToTheEnd();
        JsonNode mat = server.get(walk.path("/draft"), token).json().get("mat");
        assertEquals(dog, mat.get("card").asText(), "the draft names the photo card it came from");
        assertEquals("My dog", mat.get("cardLabel").asText(), mat.toString());
    }

    @Test
    void thePhotoIsSeenOnlyByThatPersonsTabletAndTheirService() {
        String jo = server.newPerson(token, "Jo Private");
        String sam = server.newPerson(token, "Sam Elsewhere");
        String dog = added(jo, token, "My dog", png(Photos.png(200, 100))).get("id").asText();
        Started talk = startOnTheBoard(jo, token);
        Started samsTalk = startOnTheBoard(sam, token);
        String tabletPath = "/person/conversations/" + talk.id() + "/photos/" + dog;

        PhotoHttp.Fetched onTablet = http().get(tabletPath, null, talk.tabletCookie());
        assertEquals(200, onTablet.status(), onTablet.toString());
        assertEquals("image/png", onTablet.header("Content-Type"));
        assertEquals("private, no-store", onTablet.header("Cache-Control"));
        assertEquals("nosniff", onTablet.header("X-Content-Type-Options"));
        assertArrayEquals(new int[] {200, 100}, Photos.size(onTablet.body()));

        PhotoHttp.Fetched byApi = http().get("/api/v1/people/" + jo + "/photo-cards/" + dog, token, null);
        assertEquals(200, byApi.status(), byApi.toString());
        assertArrayEquals(onTablet.body(), byApi.body());
        assertEquals("private, no-store", byApi.header("Cache-Control"));
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertEquals(404, http().get("/api/v1/conversations/" + talk.id() + "/photos/" + dog, advocate, null).status(), "not their advocate yet");
        server.assignAdvocate(token, jo);
        assertEquals(200, http().get("/api/v1/conversations/" + talk.id() + "/photos/" + dog, advocate, null).status());
        assertEquals(200, http().get("/api/v1/conversations/" + talk.id() + "/photos/" + dog, talk.tabletToken(), null).status());
        org.twofold.ScreenHttp staff = new org.twofold.ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        PhotoHttp.Fetched onStaffPage = http().get("/staff/people/" + jo + "/photos/" + dog, null, staff.cookie("twofold_session"));
        assertEquals(200, onStaffPage.status(), onStaffPage.toString());
        assertEquals("private, no-store", onStaffPage.header("Cache-Control"));
        assertEquals(200, http().get("/staff/conversations/" + talk.id() + "/photos/" + dog, null, staff.cookie("twofold_session")).status());

        String otherService = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, http().get("/api/v1/people/" + jo + "/photo-cards/" + dog, otherService, null).status(), "another service");
        assertEquals(404, http().get("/api/v1/conversations/" + talk.id() + "/photos/" + dog, otherService, null).status());
        assertEquals(404, http().get("/api/v1/people/" + jo + "/photo-cards", otherService, null).status());
        assertEquals(404, http().get("/person/conversations/" + samsTalk.id() + "/photos/" + dog, null, samsTalk.tabletCookie()).status(),
            "another person's tablet, asking in its own conversation");
        assertEquals(404, http().get(tabletPath, null, samsTalk.tabletCookie()).status(), "another person's tablet, asking in Jo's");
        assertEquals(404, http().get(tabletPath, null, null).status(), "no sign-in at all");
        assertEquals(404, http().get(tabletPath, null, "twofold_tablet=made-up").status());
        assertEquals(401, http().get("/api/v1/people/" + jo + "/photo-cards/" + dog, null, null).status());
        assertEquals(403, http().get("/api/v1/people/" + jo + "/photo-cards/" + dog, talk.tabletToken(), null).status(),
            "a tablet's token opens its conversation, not the person's records");
    }

    @Test
    void aFileThatIsNotAJpegOrPngOrIsTooLargeOrBrokenIsRefusedAndNothingIsStored() throws SQLException {
        String jo = server.newPerson(token, "Jo Refused");
        assertRefused(415, add(jo, token, "A gif", new PhotoHttp.File("dog.gif", "image/gif", Photos.gif(50, 50))), "JPEG or PNG");
        assertRefused(415, add(jo, token, "Not a photo", png("just some text, not a picture".getBytes(StandardCharsets.UTF_8))),
            "JPEG or PNG");
        assertRefused(413, add(jo, token, "A bomb", png(Photos.pngHeaderOf(7000, 7000))), "6000");
        byte[] six = Arrays.copyOf(Photos.png(100, 100), 6 * 1024 * 1024);
        assertRefused(413, add(jo, token, "Too big", png(six)), "5 MB");
        PhotoHttp.Fetched far = add(jo, token, "Far too big", png(Arrays.copyOf(Photos.png(100, 100), 12 * 1024 * 1024)));
        assertRefused(413, far, "5 MB");
        byte[] broken = Arrays.copyOf(Photos.png(100, 100), 60);
        assertRefused(400, add(jo, token, "Broken", png(broken)), "could not be decoded");
        assertRefused(400, add(jo, token, "No photo", null), "photo");
        assertRefused(400, add(jo, token, "", png(Photos.png(50, 50))), "label");
        assertRefused(400, http().upload("/api/v1/people/" + jo + "/photo-cards", token,
            Map.of("board", "no-such-board", "label", "My dog", "dialogue", LEADS_TO), png(Photos.png(50, 50))), "board");
        assertRefused(400, http().upload("/api/v1/people/" + jo + "/photo-cards", token,
            Map.of("board", BOARD, "label", "My dog", "dialogue", "no-such-dialogue"), png(Photos.png(50, 50))), "dialogue");
        Response json = server.post("/api/v1/people/" + jo + "/photo-cards", Map.of("board", BOARD), token);
        assertEquals(415, json.status(), json.toString());
        assertEquals(List.of(), listed(jo, token), "nothing refused was stored");
        assertEquals(0, audited("photo-card.create", "person:" + jo));
    }

    @Test
    void whatACameraLeftInThePhotoIsNotKept() throws SQLException {
        String jo = server.newPerson(token, "Jo Somewhere");
        String marker = "GPS-51.5007-0.1246-Jos-house";
        byte[] tagged = Photos.pngWithText(400, 300, "Location", marker);
        assertTrue(new String(tagged, StandardCharsets.ISO_8859_1).contains(marker), "the upload carries the marker");
        String dog = added(jo, token, "My dog", png(tagged)).get("id").asText();
        PhotoHttp.Fetched served = http().get("/api/v1/people/" + jo + "/photo-cards/" + dog, token, null);
        assertEquals(200, served.status());
        assertFalse(new String(served.body(), StandardCharsets.ISO_8859_1).contains(marker), "the served photo has no text from the camera");
        assertFalse(new String(storedBytes(dog), StandardCharsets.ISO_8859_1).contains(marker), "nor does the stored one");
        assertArrayEquals(new int[] {400, 300}, Photos.size(served.body()), "the picture itself is kept");
    }

    @Test
    void aDeletedCardLeavesTheBoardAndErasingThePersonRemovesTheirPhotoCards() throws SQLException {
        String jo = server.newPerson(token, "Jo Deletes");
        String dog = added(jo, token, "My dog", png(Photos.png(60, 60))).get("id").asText();
        String cat = added(jo, token, "My cat", png(Photos.png(60, 60))).get("id").asText();
        Walk open = new Walk(server, token, startOnTheBoard(jo, token).id());
        String own = Mats.cards(open.step()).get(0);
        Mats.place(server, token, open, cat, 2);
        Mats.place(server, token, open, own, 2);
        PhotoHttp.Fetched deleted = http().delete("/api/v1/people/" + jo + "/photo-cards/" + cat, token);
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals(404, http().delete("/api/v1/people/" + jo + "/photo-cards/" + cat, token).status(), "gone, so 404 afterwards");
        assertEquals(1, audited("photo-card.delete", "person:" + jo));
        assertEquals(List.of(dog), listed(jo, token));
        List<String> cards = Mats.cards(new Walk(server, token, startOnTheBoard(jo, token).id()).step());
        assertTrue(cards.contains(dog) && !cards.contains(cat), cards.toString());
        assertEquals(List.of(own), Mats.placed(open.step()), "a mat open when its photo card was deleted no longer shows it");
        JsonNode after = Mats.finish(server, token, open, null, false);
        assertFalse(List.of("board", "pairs").contains(after.get("kind").asText()), "and finishes with the cards left: " + after);

        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        String kim = server.newPerson(admin, "Kim Erased");
        byte[] photo = Photos.png(80, 40);
        String kims = added(kim, admin, "My sister", png(photo)).get("id").asText();
        Response export = server.get("/api/v1/people/" + kim + "/export", admin);
        assertEquals(200, export.status(), export.toString());
        JsonNode exported = export.json().get("photoCards");
        assertEquals(1, exported.size(), export.body());
        assertEquals(kims, exported.get(0).get("id").asText());
        assertEquals("My sister", exported.get(0).get("label").asText());
        assertArrayEquals(new int[] {80, 40}, Photos.size(Base64.getDecoder().decode(exported.get(0).get("photoBase64").asText())));
        assertFalse(exported.get(0).has("bytes"), "the photo is in the export once, as base64");

        Response erased = server.send("DELETE", "/api/v1/people/" + kim, "", admin);
        assertEquals(204, erased.status(), erased.toString());
        assertEquals(0, photoCardsOf(kim), "erasing the person removes their photo cards");
        assertEquals(1, photoCardsOf(jo), "another person's stay");
    }

    private static void assertRefused(int status, PhotoHttp.Fetched r, String detailHas) {
        assertEquals(status, r.status(), r.toString());
        JsonNode body = r.json();
        assertEquals(status, body.get("status").asInt(), r.toString());
        assertTrue(body.get("detail").asText().contains(detailHas), r.toString());
    }

    private static byte[] storedBytes(String cardId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             PreparedStatement s = c.prepareStatement("SELECT bytes FROM photo_cards WHERE id = ?")) {
            s.setString(1, cardId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "stored");
                return rs.getBytes(1);
            }
        }
    }

    private static int photoCardsOf(String personId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM photo_cards WHERE person_id = ?")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }
}
