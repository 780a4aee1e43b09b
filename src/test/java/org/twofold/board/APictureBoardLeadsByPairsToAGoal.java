package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.conversation.Walk;

/** A conversation that starts with a picture board: placing, practice, the pairs that follow, and the goal they lead to. */
class APictureBoardLeadsByPairsToAGoal extends ApiTest {
    static final String BOARD = Mats.BOARD;

    @Test
    void theBoardStepShowsItsTopicScaleAndCardsWithSpeech() {
        JsonNode step = Mats.start(server, token, person).step();
        assertEquals("board", step.get("kind").asText());
        assertEquals(BOARD, step.get("board").asText());
        assertFalse(step.get("topic").asText().isBlank());
        assertEquals(3, step.get("scale").size(), "three points, left to right");
        for (JsonNode point : step.get("scale")) {
            assertNotNull(point.get("audio").textValue(), "each scale point can be heard");
        }
        assertTrue(step.get("cards").size() >= 4);
        for (JsonNode card : step.get("cards")) {
            assertNotNull(card.get("audio").textValue(), "each card can be heard");
            assertFalse(card.get("label").asText().isBlank());
        }
        assertEquals(0, step.get("placements").size(), "a fresh mat");
    }

    @Test
    void cardsArePlacedAndMovedInOrderIncludingBetweenTwoPoints() {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        Mats.place(server, token, walk, cards.get(0), 2);
        Mats.place(server, token, walk, cards.get(1), 0.5);
        JsonNode step = Mats.place(server, token, walk, cards.get(2), 2);
        assertEquals(List.of(cards.get(0), cards.get(1), cards.get(2)), Mats.placed(step));
        step = Mats.place(server, token, walk, cards.get(0), 1.5);
        assertEquals(List.of(cards.get(1), cards.get(2), cards.get(0)), Mats.placed(step), "a moved card goes after the others; nothing else moves");
        assertEquals(1.5, step.get("placements").get(2).get("position").asDouble());
    }

    @Test
    void aPlaceOffTheMatOrACardNotOnTheBoardIsRefusedClearly() {
        Walk walk = Mats.start(server, token, person);
        String card = Mats.cards(walk.step()).get(0);
        String at = walk.path("/boards/" + BOARD + "/placements");
        for (Object position : List.of(3, -0.5, 0.25, "left")) {
            Response r = server.post(at, Map.of("card", card, "position", position), token);
            assertEquals(400, r.status(), r.toString());
            assertTrue(r.json().get("detail").asText().contains("0, 0.5, 1, 1.5 or 2"), r.toString());
        }
        Response unknown = server.post(at, Map.of("card", "no-such-card", "position", 1), token);
        assertEquals(400, unknown.status(), unknown.toString());
        Response stale = server.post(walk.path("/boards/elsewhere/placements"), Map.of("card", card, "position", 1), token);
        assertEquals(409, stale.status(), "a placement for a step the talk has left is stale");
        assertEquals(0, walk.step().get("placements").size(), "nothing refused was kept");
    }

    @Test
    void aPracticeMatLeadsNowhereAndTheRealMatStartsAfresh() {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        Response marked = server.post(walk.path("/boards/" + BOARD + "/practice"), Map.of("practice", true), token);
        assertEquals(200, marked.status(), marked.toString());
        assertTrue(marked.json().get("step").get("practice").asBoolean());
        Mats.place(server, token, walk, cards.get(0), 2);
        Mats.place(server, token, walk, cards.get(1), 2);
        JsonNode after = Mats.finish(server, token, walk, null, false);
        assertEquals("board", after.get("kind").asText(), "a practice mat leads to no pairs");
        assertEquals(BOARD, after.get("node").asText());
        assertEquals(0, after.get("placements").size(), "the real mat starts empty");
        assertFalse(after.get("practice").asBoolean());
    }

    @Test
    void theCardsThatNeedToChangeAreOfferedTwoAtATimeThenLeadIntoTheirDialogueAndADraftNamingTheMat() {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        List<Map<String, Object>> placements = new ArrayList<>();
        placements.add(Map.of("card", cards.get(0), "position", 2));
        placements.add(Map.of("card", cards.get(1), "position", 0));
        placements.add(Map.of("card", cards.get(2), "position", 2));
        placements.add(Map.of("card", cards.get(3), "position", 2));
        JsonNode pairs = Mats.finish(server, token, walk, placements, false);
        assertEquals("pairs", pairs.get("kind").asText());
        assertEquals(List.of(cards.get(0), cards.get(2)), ids(pairs.get("options")), "the first two cards that need to change");
        assertTrue(pairs.get("prompt").asText().startsWith("Which would you like to work on first?"));

        JsonNode next = Mats.choose(server, token, walk, pairs, cards.get(2));
        assertEquals(List.of(cards.get(2), cards.get(3)), ids(next.get("options")), "the card chosen stays on and meets the next");

        JsonNode back = ok(server.post(walk.path("/back"), Map.of(), token));
        assertEquals(List.of(cards.get(0), cards.get(2)), ids(back.get("options")), "back offers the pair before again");
        next = Mats.choose(server, token, walk, back, cards.get(2));
        JsonNode into = Mats.choose(server, token, walk, next, cards.get(2));
        assertFalse(List.of("board", "pairs").contains(into.get("kind").asText()), "the last card left leads into its dialogue");

        walk.answerPlainlyToTheEnd();
        JsonNode draft = server.get(walk.path("/draft"), token).json();
        JsonNode mat = draft.get("mat");
        assertNotNull(mat, draft.toString());
        assertEquals(BOARD, mat.get("board").asText());
        assertEquals(cards.get(2), mat.get("card").asText());
        assertEquals("Not going well", mat.get("place").asText());
        assertEquals("/api/v1/conversations/" + walk.conversationId + "/boards/" + BOARD + ".svg", mat.get("snapshot").asText());
        assertTrue(draft.get("provenance").toString().contains("Not going well"), "the mat is in the provenance");
    }

    @Test
    void backFromThePairsReturnsToTheMatAsItWasPlaced() {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        Mats.place(server, token, walk, cards.get(0), 2);
        Mats.place(server, token, walk, cards.get(1), 2);
        Mats.place(server, token, walk, cards.get(2), 1);
        assertEquals("pairs", Mats.finish(server, token, walk, null, false).get("kind").asText());
        JsonNode mat = ok(server.post(walk.path("/back"), Map.of(), token));
        assertEquals("board", mat.get("kind").asText());
        assertEquals(List.of(cards.get(0), cards.get(1), cards.get(2)), Mats.placed(mat));
    }

    @Test
    void oneCardThatNeedsToChangeLeadsStraightOn() {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        JsonNode step = Mats.finish(server, token, walk, List.of(Map.of("card", cards.get(1), "position", 2),
            Map.of("card", cards.get(0), "position", 0)), false);
        assertFalse(List.of("board", "pairs").contains(step.get("kind").asText()), step.toString());
    }

    @Test
    void withNoCardAtTheChangeEndTheNearestAreOffered() {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        JsonNode pairs = Mats.finish(server, token, walk, List.of(Map.of("card", cards.get(0), "position", 0),
            Map.of("card", cards.get(1), "position", 1.5), Map.of("card", cards.get(2), "position", 1.5)), false);
        assertEquals(List.of(cards.get(1), cards.get(2)), ids(pairs.get("options")));
    }

    @Test
    void aFinishedMatThatIsNotRightIsRefusedAndNothingIsKept() {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        String at = walk.path("/answers");
        List<Object> bad = List.of(
            List.of(),
            List.of(Map.of("card", cards.get(0), "position", 2), Map.of("card", cards.get(0), "position", 0)),
            List.of(Map.of("card", "no-such-card", "position", 2)),
            List.of(Map.of("card", cards.get(0), "position", 7)),
            "all of them");
        for (Object placements : bad) {
            Response r = server.post(at, Map.of("node", BOARD, "placements", placements), token);
            assertEquals(400, r.status(), r.toString());
        }
        assertEquals("board", walk.step().get("kind").asText());
        assertEquals(0, walk.step().get("progress").get("answered").asInt());
    }

    @Test
    void aFinishedMatIsKeptAsAPictureWithItsCommentsForThoseWhoMaySeeIt() throws Exception {
        Walk walk = Mats.start(server, token, person);
        JsonNode step = walk.step();
        List<String> cards = Mats.cards(step);
        String picture = walk.path("/boards/" + BOARD + ".svg");
        assertEquals(404, server.get(picture, token).status(), "no picture before the mat is finished");
        Mats.place(server, token, walk, cards.get(0), 2);
        Mats.place(server, token, walk, cards.get(1), 0.5);
        Response commented = server.post(walk.path("/boards/" + BOARD + "/comments"),
            Map.of("card", cards.get(0), "text", "Frowned <and> pointed at it"), token);
        assertEquals(200, commented.status(), commented.toString());
        Mats.finish(server, token, walk, null, false);

        Response svg = server.get(picture, token);
        assertEquals(200, svg.status(), svg.toString());
        assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
        assertEquals("private, no-store", svg.header("Cache-Control"));
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String text = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .getDocumentElement().getTextContent();
        for (JsonNode card : List.of(step.get("cards").get(0), step.get("cards").get(1))) {
            assertTrue(text.contains(card.get("label").asText()), "the picture names " + card.get("label"));
        }
        assertTrue(text.contains("Frowned <and> pointed at it"), "the comment made on the mat is in its picture");

        assertEquals(404, server.get(walk.path("/boards/elsewhere.svg"), token).status());
        String otherService = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, server.get(picture, otherService).status(), "another service never sees it");
        assertEquals(401, server.get(picture, null).status());
    }

    private static List<String> ids(JsonNode options) {
        List<String> out = new ArrayList<>();
        options.forEach(o -> out.add(o.get("id").asText()));
        return out;
    }

    private static JsonNode ok(Response r) {
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }
}
