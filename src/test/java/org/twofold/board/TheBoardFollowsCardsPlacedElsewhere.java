package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/** A card placed in the supporter's view (or any other screen) shows on the person's board without a tap. */
class TheBoardFollowsCardsPlacedElsewhere extends ScreenTest {

    @Test
    void aCardPlacedThroughTheApiShowsUnderItsPlace() {
        String person = server.newPerson(token, "Fen Follow");
        String conversation = openOnTablet(person, Mats.BOARD);
        String card = browser.find(".mat-card.in-hand").getAttribute("data-card");
        Response r = server.post("/api/v1/conversations/" + conversation + "/boards/" + Mats.BOARD + "/placements",
            Map.of("card", card, "position", 1.5), token);
        assertEquals(200, r.status(), r.toString());
        browser.waitUpTo(15).until(d -> !browser.all(".place-target[value='1.5'] ~ .placed [data-card='" + card + "']").isEmpty());
        browser.waitUpTo(15).until(d -> !card.equals(browser.find(".mat-card.in-hand").getAttribute("data-card")));
    }
}
