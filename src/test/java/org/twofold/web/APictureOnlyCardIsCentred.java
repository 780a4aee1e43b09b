package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;

/** With the picture-left layout and words hidden, each answer card shows its picture in the middle, with no empty half. */
class APictureOnlyCardIsCentred extends ScreenTest {
    private static final String OFF_CENTRE = """
        return Array.from(document.querySelectorAll('.option')).map(function (card) {
          var c = card.getBoundingClientRect(), p = card.querySelector('img').getBoundingClientRect();
          return Math.max(Math.abs((c.left + c.right) / 2 - (p.left + p.right) / 2), Math.abs((c.top + c.bottom) / 2 - (p.top + p.bottom) / 2));
        });""";

    @Test
    void theCardsPictureIsInItsMiddleAtEverySize() {
        String someone = server.newPerson(token, "Pip Pictures");
        settings(someone, Map.of("layout", "picture-left", "showLabels", false));
        String conversation = openOnTablet(someone, "getting-out");
        assertTrue((Boolean) browser.js("return document.body.classList.contains('layout-picture-left') && document.body.classList.contains('labels-hidden');"));
        for (String page : List.of("question", "paused")) {
            if (page.equals("paused")) {
                assertEquals(200, server.post("/api/v1/conversations/" + conversation + "/pause", "{}", token).status());
                browser.go(server.url("/person/conversations/" + conversation));
            }
            for (int[] size : new int[][] {{768, 1024}, {1024, 768}, {1280, 800}}) {
                browser.size(size[0], size[1]);
                String at = page + " at " + size[0] + "x" + size[1];
                @SuppressWarnings("unchecked")
                List<Number> offCentre = (List<Number>) browser.js(OFF_CENTRE);
                assertTrue(!offCentre.isEmpty() && offCentre.stream().allMatch(d -> d.doubleValue() <= 2), at + ": pictures off centre by " + offCentre);
                browser.assertNoSidewaysScroll(page);
                browser.all(".option").forEach(card -> assertTrue(card.getRect().getWidth() >= 88 && card.getRect().getHeight() >= 88,
                    at + ": a card is smaller than 88x88"));
                browser.screenshot("picture-left-no-words-" + page + "-" + size[0] + "x" + size[1]);
            }
        }
    }
}
