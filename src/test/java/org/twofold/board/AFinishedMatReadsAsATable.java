package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.web.Pages;

/** The same mat as an accessible table on the staff page: caption, headers with their scope, each card's place in words. */
class AFinishedMatReadsAsATable {
    private final Pages pages = new Pages();

    private String render(boolean practice) {
        return pages.render("board/mat-table.peb", Map.of("mat", MatTable.of(MatFixture.mat(practice))));
    }

    @Test
    void eachCardIsARowSayingInWordsWhereItWent() {
        MatTable table = MatTable.of(MatFixture.mat(false));
        assertEquals(List.of("Getting up", "My health", "Going out", MatFixture.HOSTILE, "Money", "Food and drink", "My garden"),
            table.rows().stream().map(MatTable.Row::card).toList(), "the board's order, then the cards not placed");
        assertEquals(List.of("Going well", "between Going well and Sometimes", "Going well", "Sometimes", "Not going well",
                "between Sometimes and Not going well", "Not placed"),
            table.rows().stream().map(MatTable.Row::place).toList());
        assertEquals(List.of("Worried about bills & <rent>"), table.rows().get(4).comments());
    }

    @Test
    void theTableHasACaptionHeadersWithScopeAndPlacesInWords() {
        String html = render(false);
        assertTrue(html.contains("<caption>Picture board: My day, 28 November 2026</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">Card</th><th scope=\"col\">Where it was placed</th><th scope=\"col\">Comments</th>"), html);
        assertTrue(html.contains("<th scope=\"row\">My health</th><td>between Going well and Sometimes</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">Food and drink</th><td>between Sometimes and Not going well</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">My garden</th><td>Not placed</td>"), html);
        assertTrue(html.contains("<li>Worried about bills &amp; &lt;rent&gt;</li>"), "comments are escaped: " + html);
        assertTrue(html.contains("<th scope=\"row\">Tom &amp; &quot;Jerry&quot; &lt;3&gt; &#39;x&#39;</th>"), "labels are escaped: " + html);
        assertFalse(html.contains("<3>"));
        assertFalse(html.contains("practice"));
    }

    @Test
    void aPracticeMatSaysSoInTheCaption() {
        assertTrue(render(true).contains("<caption>Picture board: My day, 28 November 2026 (practice board, not used for goals)</caption>"));
    }
}
