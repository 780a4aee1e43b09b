package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/**
 * The draft's tables wrap between words, never inside one ("experie/nce"), at 1024 and 1280 wide;
 * a string too long for any column (a link, a 60-letter word) still never makes the page scroll sideways.
 */
class TheDraftsTablesKeepWordsWhole extends ScreenTest {
    /** Words of up to 20 letters (a line may end after a hyphen or dash) that a table cell breaks across lines. */
    private static final String BROKEN_WORDS = """
        var broken = [];
        document.querySelectorAll('table td, table th').forEach(function (cell) {
          if (getComputedStyle(cell).wordBreak === 'break-all') { broken.push('word-break: break-all'); }
          var walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          while (walk.nextNode()) {
            var node = walk.currentNode, words = /[^\\s\\-\u2013]+[\\-\u2013]?/g, m;
            while ((m = words.exec(node.nodeValue))) {
              if (m[0].length > 20) { continue; }
              var range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              var lines = new Set(Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; })
                .map(function (r) { return Math.round(r.top); }));
              if (lines.size > 1) { broken.push(m[0]); }
            }
          }
        });
        return broken;""";

    private static final String LONG_WORD = "Supercalifragilisticexpialidociouslyunbreakablewordwithoutend";
    private static final String LINK = "https://example.org/care-plans/people/goals/" + "a".repeat(40) + "/evidence?from=staff";

    @Test
    void noWordIsBrokenAndNothingScrollsSideways() {
        String conversation = finishedWithLongStrings();
        signInAsStaff();
        browser.go(server.url("/staff/conversations/" + conversation + "/draft"));
        assertTrue(browser.driver.getPageSource().contains(LONG_WORD), "the long word is in a table");
        for (int[] size : new int[][] {{1280, 800}, {1024, 768}}) {
            browser.size(size[0], size[1]);
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) browser.js(BROKEN_WORDS);
            assertEquals(List.of(), broken, "words broken inside at " + size[0] + "x" + size[1]);
            browser.screenshot("draft-tables-" + size[0] + "x" + size[1]);
        }
        for (int[] size : new int[][] {{1280, 800}, {1024, 768}, {768, 1024}}) {
            browser.size(size[0], size[1]);
            browser.assertNoSidewaysScroll("the draft");
        }
    }

    /** A finished my-medicines conversation whose notes hold a 60-letter word and a long link. */
    private static String finishedWithLongStrings() {
        String conversation = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "my-medicines"), token)
            .json().get("id").asText();
        JsonNode step = conversation(conversation).get("step");
        for (int i = 0; i < 40 && !step.get("kind").asText().equals("end"); i++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("node", step.get("node").asText());
            answer.put("answerId", UUID.randomUUID().toString());
            answer.put("how", List.of("direct", "supported", "interpreted").get(i % 3));
            answer.put("note", i == 0 ? LONG_WORD : i == 1 ? LINK : "looked at the picture, then smiled");
            switch (step.get("kind").asText()) {
                case "rating" -> answer.put("rating", 3);
                case "confirm" -> answer.put("choice", "yes");
                default -> answer.put("choice", step.get("options").get(0).get("id").asText());
            }
            Response r = server.post("/api/v1/conversations/" + conversation + "/answers", answer, token);
            assertEquals(200, r.status(), r.toString());
            step = r.json().get("step");
        }
        return conversation;
    }
}
