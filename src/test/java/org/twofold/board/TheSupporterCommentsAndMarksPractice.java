package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.twofold.ScreenTest;

/**
 * On the supporter's page of a picture board: a comment shows beside its card with who wrote it and
 * when; the mat can be marked as practice and back; a practice mat finished leads to a fresh mat and
 * no pairs, and is listed in words as practice; the supporter can place cards and finish the mat for
 * the person, and the pairs that follow are answered like a choice.
 */
class TheSupporterCommentsAndMarksPractice extends ScreenTest {
    @Test
    void aBoardConversationStartsFromThePersonsPage() {
        signInAsStaff();
        browser.go(server.url("/staff/people/" + person));
        browser.waitUpTo(15).until(d -> !browser.all("input[name=dialogue][value='" + Mats.BOARD + "']").isEmpty());
        assertTrue(browser.find("section[aria-labelledby=start]").getText().contains("Picture boards"));
        browser.find("input[name=dialogue][value='" + Mats.BOARD + "']").click();
        browser.find("input[name=consent]").click();
        submit(browser.find("section[aria-labelledby=start] button[type=submit]"));
        browser.waitUpTo(15).until(d -> !browser.all(".join-url").isEmpty());
        String conversation = shown("conversation");
        JsonNode step = conversation(conversation).get("step");
        assertEquals("board", step.get("kind").asText());
        assertEquals(Mats.BOARD, step.get("board").asText());
        assertFalse(browser.all("#live-mat").isEmpty(), "the supporter's page shows the mat");
        browser.go(server.url("/staff/people/" + person));
        assertTrue(browser.find("section[aria-labelledby=history]").getText().contains(step.get("topic").asText()),
            "the person's conversations name the board by its topic");
    }

    @Test
    void aCommentShowsBesideItsCardAndAPracticeMatLeadsBackToAFreshMat() {
        signInAsStaff();
        String conversation = Mats.start(server, token, person).conversationId;
        List<String> cards = Mats.cards(conversation(conversation).get("step"));
        String page = server.url("/staff/conversations/" + conversation);
        browser.go(page);

        submit(browser.find("form[action$='/comment'] button[type=submit]"));
        assertRefusedPlainly("a comment with no card or words", 400, 2, "comment-card");
        new Select(browser.find("#comment-card")).selectByValue(cards.get(0));
        browser.find("#comment").sendKeys("Smiled <a lot> at this one");
        submit(browser.find("form[action$='/comment'] button[type=submit]"));
        String comment = browser.find("#live-mat .mat-item[data-card='" + cards.get(0) + "'] .mat-comments").getText();
        assertTrue(comment.contains("Smiled <a lot> at this one"), comment);
        assertTrue(comment.contains(org.twofold.TestServer.STAFF), "who wrote it: " + comment);

        submit(browser.find("form[action$='/practice'] button[type=submit]"));
        assertTrue(conversation(conversation).get("step").get("practice").asBoolean());
        assertTrue(browser.find(".practice-flag").getText().contains("This is a practice board: it is not"));
        submit(browser.find("form[action$='/practice'] button[type=submit]"));
        assertFalse(conversation(conversation).get("step").get("practice").asBoolean(), "marked as their real view again");
        assertTrue(browser.all(".practice-flag").isEmpty());
        submit(browser.find("form[action$='/practice'] button[type=submit]"));
        assertTrue(conversation(conversation).get("step").get("practice").asBoolean());

        placeForThem(cards.get(0), "2");
        placeForThem(cards.get(1), "2");
        JsonNode placed = conversation(conversation).get("step").get("placements");
        assertEquals(List.of(cards.get(0), cards.get(1)), Mats.placed(conversation(conversation).get("step")));
        assertEquals(2.0, placed.get(0).get("position").asDouble());
        browser.assertNoAxeViolations("supporter view of a practice board with a comment");
        browser.screenshot("supporter-mat-practice");

        browser.find("form[action$='/answer'] input[name=how][value=supported]").click();
        submit(browser.find("form[action$='/answer'] button[type=submit]"));
        JsonNode fresh = conversation(conversation).get("step");
        assertEquals("board", fresh.get("kind").asText(), "a practice mat leads to no pairs");
        assertEquals(0, fresh.get("placements").size(), "the real mat starts afresh");
        assertFalse(fresh.get("practice").asBoolean());
        assertEquals(cards, TheSupporterSeesTheMatLive.notPlaced());

        String table = browser.find("table.mat-table").getText();
        assertTrue(browser.find("table.mat-table caption").getText().contains("practice board"), table);
        assertTrue(table.contains("Not going well"), table);
        assertTrue(table.contains("Smiled <a lot> at this one"), "the comment is in the finished mat: " + table);
        assertTrue(table.contains("Not placed"), table);
        browser.assertNoAxeViolations("supporter view with a finished practice board");

        placeForThem(cards.get(2), "2");
        placeForThem(cards.get(3), "1.5");
        placeForThem(cards.get(1), "2");
        submit(browser.find("form[action$='/answer'] button[type=submit]"));
        JsonNode pairs = conversation(conversation).get("step");
        assertEquals("pairs", pairs.get("kind").asText(), "a real mat leads to the pairs");
        assertEquals(2, browser.all("form[action$='/answer'] button.option").size(), "the pairs show like a choice");
        assertTrue(browser.all("textarea#text").isEmpty(), "something else is not offered at the pairs");
        assertEquals(2, browser.all("table.mat-table").size(), "both finished mats are listed");
        assertEquals(1, browser.all("a[href$='/boards/" + Mats.BOARD + ".svg']").size(), "the last mat at the step has its picture");
        browser.assertNoAxeViolations("supporter view of the pairs");
        browser.screenshot("supporter-mat-pairs");
        submit(browser.find("form[action$='/answer'] button.option[value='" + cards.get(1) + "']"));
        JsonNode after = conversation(conversation).get("step");
        assertFalse(List.of("board", "pairs").contains(after.get("kind").asText()), "the last card left leads into its dialogue: " + after);
        assertEquals(after.get("node").asText(), shown("node"), "the page shows the dialogue's first question");
    }

    private static void placeForThem(String card, String position) {
        new Select(browser.find("#place-card")).selectByValue(card);
        browser.find("form[action$='/place'] input[name=position][value='" + position + "']").click();
        submit(browser.find("form[action$='/place'] button[type=submit]"));
        browser.waitUpTo(15).until(d -> TheSupporterSeesTheMatLive.under(position).contains(card));
    }
}
