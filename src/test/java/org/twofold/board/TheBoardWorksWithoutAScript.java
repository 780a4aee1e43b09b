package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer.Response;

/**
 * The person's picture board as plain forms, as a browser without a script uses it: each place is a button
 * of a form for the card being handed over, a card on the board is picked up again by its own button,
 * "I have finished" reads the board back, and "Yes, that is right" sends the board as it is.
 */
class TheBoardWorksWithoutAScript extends ApiTest {

    private record Tablet(ScreenHttp http, String conversation, String page) {}

    private static Tablet open() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", Mats.BOARD), token);
        assertEquals(201, started.status(), started.toString());
        String conversation = started.json().get("id").asText();
        ScreenHttp http = new ScreenHttp(server).join(started.json().get("joinUrl").asText());
        return new Tablet(http, conversation, "/person/conversations/" + conversation);
    }

    private static JsonNode step(String conversation) {
        return server.get("/api/v1/conversations/" + conversation, token).json().get("step");
    }

    private static Response place(Tablet t, String card, String position, boolean review) {
        Map<String, String> form = review
            ? Map.of("node", step(t.conversation()).get("node").asText(), "card", card, "position", position, "review", "1")
            : Map.of("node", step(t.conversation()).get("node").asText(), "card", card, "position", position);
        return t.http().submit(t.page(), t.page() + "/place", form);
    }

    @Test
    void eachPlaceIsAButtonForTheCardHandedOverAndTheBoardComesBackAsPlaced() {
        Tablet t = open();
        List<String> cards = Mats.cards(step(t.conversation()));
        String page = t.http().get(t.page()).body();
        assertTrue(page.contains("name=\"card\" value=\"" + cards.get(0) + "\" data-card-field"), "the first card is handed over");
        assertTrue(page.contains("aria-label=\"Put " + label(t, 0) + " at Going well\""), "each place says what it does: " + page);
        assertTrue(page.contains("aria-label=\"Put " + label(t, 0) + " between Going well and Sometimes\""), "the places between too");
        assertFalse(page.contains("data-board-finish"), "nothing to finish before a card is placed");

        Response placed = place(t, cards.get(0), "2", false);
        assertEquals(303, placed.status(), placed.toString());
        assertEquals(t.page(), placed.header("Location"));
        place(t, cards.get(1), "0.5", false);
        assertEquals(List.of(cards.get(0), cards.get(1)), Mats.placed(step(t.conversation())));
        assertEquals(0.5, step(t.conversation()).get("placements").get(1).get("position").asDouble());

        page = t.http().get(t.page()).body();
        assertTrue(page.contains("name=\"card\" value=\"" + cards.get(2) + "\" data-card-field"), "the next card is handed over");
        assertTrue(page.contains("aria-label=\"" + label(t, 0) + ", at Not going well. Tap to move it.\""), "a placed card shows under its place");

        // A card on the board is picked up again by its button (a plain GET), then put in its new place.
        String again = t.http().get(t.page() + "?card=" + cards.get(0)).body();
        assertTrue(again.contains("name=\"card\" value=\"" + cards.get(0) + "\" data-card-field"), "the card asked for is handed over");
        assertTrue(again.contains("This card is at Not going well now."), again);
        place(t, cards.get(0), "1", false);
        assertEquals(List.of(cards.get(1), cards.get(0)), Mats.placed(step(t.conversation())), "a moved card goes after the others");
    }

    @Test
    void theReviewReadsTheBoardBackAndYesSendsItAsPlaced() {
        Tablet t = open();
        List<String> cards = Mats.cards(step(t.conversation()));
        place(t, cards.get(0), "2", false);
        place(t, cards.get(1), "2", false);
        place(t, cards.get(2), "0", false);
        String review = t.http().get(t.page() + "?review=1").body();
        assertTrue(review.contains("Is this right?"), review);
        assertTrue(review.contains("Going well: " + label(t, 2) + "."), review);
        assertTrue(review.contains("Not going well: " + label(t, 0) + ", " + label(t, 1) + "."), "read back in the order placed: " + review);
        assertTrue(review.contains("Move a card"), review);

        Response moved = place(t, cards.get(2), "1.5", true);
        assertEquals(t.page() + "?review=1", moved.header("Location"), "moving a card from the review comes back to it");
        review = t.http().get(t.page() + "?review=1").body();
        assertTrue(review.contains("Between Sometimes and Not going well: " + label(t, 2) + "."), review);

        Response yes = t.http().submit(t.page() + "?review=1", t.page() + "/answer",
            Map.of("node", step(t.conversation()).get("node").asText(), "answerId", "board-yes-1"));
        assertEquals(303, yes.status(), yes.toString());
        JsonNode after = step(t.conversation());
        assertEquals("pairs", after.get("kind").asText(), "the two cards at the end that needs to change are offered in pairs");

        String pairs = t.http().get(t.page()).body();
        assertFalse(pairs.contains("Something else"), "the pairs offer only the two cards and not sure: " + pairs);
        assertTrue(pairs.contains("value=\"not-sure\""), pairs);

        Response stale = t.http().submit(t.page(), t.page() + "/place", Map.of("node", Mats.BOARD, "card", cards.get(3), "position", "0"));
        assertEquals(303, stale.status());
        assertEquals(t.page() + "?moved=1", stale.header("Location"), "a card placed after the board was finished is stale");
    }

    @Test
    void aPlaceOffTheBoardIsRefusedPlainly() {
        Tablet t = open();
        String card = Mats.cards(step(t.conversation())).get(0);
        Response r = place(t, card, "3", false);
        assertEquals(400, r.status(), r.toString());
        assertFalse(r.body().contains("Field '"), "no field names on the person's screen: " + r.body());
        assertEquals(0, step(t.conversation()).get("placements").size());
    }

    /** The words of the board's card at this place in its order, escaped as the page shows them. */
    private static String label(Tablet t, int card) {
        return org.twofold.web.Markup.escape(step(t.conversation()).get("cards").get(card).get("label").asText());
    }
}
