package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.twofold.ScreenTest;

/**
 * "I have finished" reads the board back place by place ("Is this right?"), each line with its speaker;
 * a card can still be moved from there, and "Yes, that is right" sends the board as placed, which leads
 * on to choosing between the cards that need to change.
 */
class ThePersonChecksTheBoardBeforeItCounts extends ScreenTest {

    private static JsonNode step(String conversation) {
        return conversation(conversation).get("step");
    }

    private static List<String> lines() {
        return browser.all(".mat-read-back li").stream().map(WebElement::getText).map(t -> t.replace("Hear it", "").strip()).toList();
    }

    private static void tapAndPlace(String position) {
        browser.find(".mat-card.in-hand").click();
        WebElement target = browser.find(".place-target[value='" + position + "']");
        WebElement old = browser.find("html");
        target.click();
        browser.waitUpTo(15).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        browser.waitUpTo(15).until(d -> "complete".equals(browser.js("return document.readyState;")));
    }

    @Test
    void theBoardIsReadBackACardMovedFromThereAndYesLeadsToThePairs() {
        String person = server.newPerson(token, "Rae Review");
        String conversation = openOnTablet(person, Mats.BOARD);
        JsonNode cards = step(conversation).get("cards");
        String first = cards.get(0).get("label").asText();
        String second = cards.get(1).get("label").asText();
        String third = cards.get(2).get("label").asText();
        String secondId = cards.get(1).get("id").asText();
        assertTrue(browser.find("button.finish").getAttribute("disabled") != null, "nothing to finish before a card is placed");
        tapAndPlace("2");
        tapAndPlace("2");
        tapAndPlace("0");
        submit(browser.find("[data-board-finish]"));
        assertEquals("Is this right?", browser.find("h1").getText());
        assertEquals(List.of("Going well: " + third + ".", "Not going well: " + first + ", " + second + "."), lines());
        assertEquals(3, browser.all(".review .speak").size(), "the question and each line can be heard");
        browser.assertNoAxeViolations("board review");

        // Moved from the review, by keyboard: the read-back follows.
        WebElement moved = browser.find(".placed [data-card='" + secondId + "']");
        moved.sendKeys(Keys.ENTER);
        browser.waitUpTo(10).until(d -> "true".equals(browser.find(".placed [data-card='" + secondId + "']").getAttribute("aria-pressed")));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUpTo(15).until(d -> lines().contains("Between Going well and Sometimes: " + second + "."));
        assertEquals("Is this right?", browser.find("h1").getText(), "still checking the board");
        assertEquals(List.of(cards.get(2).get("id").asText(), secondId), placedAt(conversation, 0, 0.5));

        // "Move a card" goes back to placing; "I have finished" comes back.
        submit(browser.find("[data-board-move]"));
        assertEquals(cards.get(3).get("id").asText(), browser.find(".mat-card.in-hand").getAttribute("data-card"),
            "the next card not yet placed is handed over");
        submit(browser.find("[data-board-finish]"));
        submit(browser.find("[data-board-yes]"));
        JsonNode after = step(conversation);
        assertEquals("choice", after.get("kind").asText(), "one card needs to change, so the talk goes straight on about it: " + after);
        browser.waitUpTo(15).until(d -> !browser.all("form.answer .option").isEmpty() && browser.all("[data-board-yes]").isEmpty());
    }

    @Test
    void thePairsAreTwoBigCardsWithNotSureAndNothingElse() {
        String person = server.newPerson(token, "Pip Pairs");
        String conversation = openOnTablet(person, Mats.BOARD);
        tapAndPlace("2");
        tapAndPlace("2");
        tapAndPlace("2");
        browser.go(server.url("/person/conversations/" + conversation + "?review=1"));
        submit(browser.find("[data-board-yes]"));
        assertEquals("pairs", step(conversation).get("kind").asText());
        assertEquals(2, browser.all(".options .option").size(), "two cards to choose between");
        assertEquals(2, browser.all(".options .speak").size(), "each can be heard");
        assertFalse(browser.all("button[value=not-sure]").isEmpty(), "not sure is offered");
        assertTrue(browser.all("a[href$='/something-else']").isEmpty(), "something else is not offered between two cards");
        browser.assertNoAxeViolations("board pairs");
        String chosen = browser.all(".options .option").get(1).getAttribute("value");
        new Actions(browser.driver).moveToElement(browser.all(".options .option").get(1)).click().perform();
        browser.waitUpTo(15).until(d -> conversation(conversation).has("lastAnswer")
            && conversation(conversation).get("lastAnswer").get("node").asText().endsWith("-pairs"));
        assertTrue(step(conversation).get("options").findValuesAsText("id").contains(chosen), "the chosen card stays on to meet the next");
    }

    private static List<String> placedAt(String conversation, double... positions) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode p : step(conversation).get("placements")) {
            for (double position : positions) {
                if (p.get("position").asDouble() == position) {
                    out.add(p.get("card").asText());
                }
            }
        }
        return out;
    }
}
