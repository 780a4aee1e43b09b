package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/**
 * The supporter's open page shows the mat as the person places it on the tablet: each card under its
 * place in the order given, a place between two points once a card is there, the cards not placed
 * yet, the practice mark, and a practice mat finished on the tablet, without the page being loaded
 * again: what the supporter is typing stays.
 */
class TheSupporterSeesTheMatLive extends ScreenTest {
    @Test
    void eachCardThePersonPlacesShowsUnderItsPlaceWithoutAReload() {
        signInAsStaff();
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", Mats.BOARD), token);
        assertEquals(201, started.status(), started.toString());
        String conversation = started.json().get("id").asText();
        String joinUrl = started.json().get("joinUrl").asText();
        String tablet = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
        JsonNode step = started.json().get("step");
        String node = step.get("node").asText();
        List<String> cards = Mats.cards(step);

        browser.go(server.url("/staff/conversations/" + conversation));
        browser.waitUpTo(15).until(d -> shown("seq") != null);
        assertEquals(List.of("0", "1", "2"), places(), "the scale's three points, left to right");
        assertEquals(cards, notPlaced(), "every card waits to be placed");
        assertTrue(browser.all("#mat-finish form").isEmpty(), "an empty mat cannot be finished yet");
        // Marks this very page: a page loaded again would not have it.
        browser.js("document.body.setAttribute('data-same-page', 'yes');");

        placeOnTheTablet(conversation, node, tablet, cards.get(1), 2);
        browser.waitUpTo(15).until(d -> under("2").equals(List.of(cards.get(1))));
        browser.waitUpTo(15).until(d -> !browser.all("#mat-finish form").isEmpty());
        placeOnTheTablet(conversation, node, tablet, cards.get(0), 2);
        browser.waitUpTo(15).until(d -> under("2").equals(List.of(cards.get(1), cards.get(0))));
        placeOnTheTablet(conversation, node, tablet, cards.get(2), 0.5);
        browser.waitUpTo(15).until(d -> under("0.5").equals(List.of(cards.get(2))));
        assertEquals(List.of("0", "0.5", "1", "2"), places(), "a place between two points shows once a card is there");
        placeOnTheTablet(conversation, node, tablet, cards.get(1), 0);
        browser.waitUpTo(15).until(d -> under("0").equals(List.of(cards.get(1))));
        assertEquals(List.of(cards.get(0)), under("2"), "a moved card leaves its old place; nothing else moves");
        assertEquals(cards.subList(3, cards.size()), notPlaced());
        browser.waitUpTo(15).until(d -> String.valueOf(browser.js(
            "var n = document.querySelector('[data-mat-news]'); return n ? n.textContent : '';")).contains("Last placed"));

        // The supporter is typing a comment: the mat still follows, and what they type stays.
        browser.find("#comment").sendKeys("They laughed");
        placeOnTheTablet(conversation, node, tablet, cards.get(3), 1);
        browser.waitUpTo(15).until(d -> under("1").equals(List.of(cards.get(3))));
        assertEquals("They laughed", browser.find("#comment").getAttribute("value"));

        Response marked = server.post("/api/v1/conversations/" + conversation + "/boards/" + node + "/practice", Map.of("practice", true), token);
        assertEquals(200, marked.status(), marked.toString());
        browser.waitUpTo(15).until(d -> !browser.all(".practice-flag").isEmpty());
        assertTrue(browser.find(".practice-flag").getText().contains("This is a practice board"));
        assertTrue(browser.find(".practice-flag").getText().contains("never lead to a goal"));
        assertEquals("yes", shown("same-page"), "the mat changed in place: the page was not loaded again");

        browser.assertNoAxeViolations("supporter view of a board being placed");
        browser.screenshot("supporter-mat-live");

        Response finished = server.post("/api/v1/conversations/" + conversation + "/answers", Map.of("node", node), tablet);
        assertEquals(200, finished.status(), finished.toString());
        browser.waitUpTo(15).until(d -> notPlaced().equals(cards) && !browser.all("table.mat-table").isEmpty());
        assertTrue(browser.all(".practice-flag").isEmpty(), "the real mat starts afresh");
        assertTrue(browser.all("#mat-finish form").isEmpty(), "an empty mat cannot be finished");
        assertTrue(browser.find("table.mat-table caption").getText().contains("practice"), "the practice mat is listed as practice");
        assertEquals("They laughed", browser.find("#comment").getAttribute("value"));
        assertEquals("yes", shown("same-page"));
    }

    private static void placeOnTheTablet(String conversation, String node, String tablet, String card, double position) {
        Response r = server.post("/api/v1/conversations/" + conversation + "/boards/" + node + "/placements",
            Map.of("card", card, "position", position), tablet);
        assertEquals(200, r.status(), r.toString());
    }

    /** The places the page shows, left to right, by position. */
    @SuppressWarnings("unchecked")
    static List<String> places() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#live-mat .mat-place'))"
            + ".map(function (p) { return p.getAttribute('data-position'); });");
    }

    /** The cards under a place, in the order the page shows them. */
    @SuppressWarnings("unchecked")
    static List<String> under(String position) {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll("
            + "'#live-mat .mat-place[data-position=\"' + arguments[0] + '\"] .mat-item'))"
            + ".map(function (c) { return c.getAttribute('data-card'); });", position);
    }

    @SuppressWarnings("unchecked")
    static List<String> notPlaced() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#live-mat .mat-not-placed .mat-item'))"
            + ".map(function (c) { return c.getAttribute('data-card'); });");
    }
}
