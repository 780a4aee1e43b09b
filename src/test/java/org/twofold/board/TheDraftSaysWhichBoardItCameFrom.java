package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;
import org.twofold.conversation.Walk;

/** A goal that came from a picture board says so on its draft page, with the card chosen, its place and the picture of the mat. */
class TheDraftSaysWhichBoardItCameFrom extends ScreenTest {
    @Test
    void theDraftNamesTheBoardTheCardAndWhereItWasPut() {
        Walk walk = Mats.start(server, token, person);
        JsonNode mat = walk.step();
        List<String> cards = Mats.cards(mat);
        String chosen = mat.get("cards").get(1).get("label").asText();
        Mats.finish(server, token, walk, List.of(Map.of("card", cards.get(1), "position", 2), Map.of("card", cards.get(0), "position", 0)), false);
        walk.answerPlainlyToTheEnd();

        signInAsStaff();
        browser.go(server.url("/staff/conversations/" + walk.conversationId));
        String table = browser.find("table.mat-table").getText();
        assertTrue(table.contains(chosen) && table.contains("Not going well") && table.contains("Going well"),
            "the finished conversation lists its mat in words: " + table);

        browser.go(server.url("/staff/conversations/" + walk.conversationId + "/draft"));
        String from = browser.find(".from-mat").getText();
        assertEquals("This goal came from the picture board \u2018" + mat.get("topic").asText() + "\u2019. Jo chose to work on " + chosen
            + ", which they put at Not going well. Picture of the board", from);
        String picture = browser.find(".from-mat a").getAttribute("href");
        assertTrue(picture.endsWith("/staff/conversations/" + walk.conversationId + "/boards/" + mat.get("node").asText() + ".svg"), picture);
        browser.assertNoAxeViolations("draft from a picture board");
        browser.go(picture);
        browser.waitUpTo(15).until(d -> d.getPageSource().contains(chosen));
        assertTrue(browser.driver.getPageSource().contains("<svg"), "the staff page's link opens the picture of the mat");
    }
}
