package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.twofold.ScreenTest;

/**
 * The person puts cards on the picture board every way their settings allow, in a real browser: dragging,
 * tapping the card then its place, the keyboard, one switch, two switches and dwell. Each placement reaches
 * the server at once, and the page stays free of accessibility faults.
 */
class ThePersonPlacesCardsEveryWay extends ScreenTest {

    private static JsonNode step(String conversation) {
        return conversation(conversation).get("step");
    }

    private static WebElement hand() {
        return browser.find(".mat-card.in-hand");
    }

    private static WebElement place(String position) {
        return browser.find(".place-target[value='" + position + "']");
    }

    private static boolean pressed(WebElement card) {
        return "true".equals(card.getAttribute("aria-pressed"));
    }

    /** Waits until the server holds this card at this place, and the page shows it there. */
    private static void waitUntilPlaced(String conversation, String card, double position) {
        browser.waitUpTo(15).until(d -> {
            for (JsonNode p : step(conversation).get("placements")) {
                if (p.get("card").asText().equals(card) && p.get("position").asDouble() == position) {
                    return true;
                }
            }
            return false;
        });
        String shown = position == Math.rint(position) ? String.valueOf((int) position) : String.valueOf(position);
        browser.waitUpTo(15).until(d -> !browser.all(".place-target[value='" + shown + "'] ~ .placed [data-card='" + card + "']").isEmpty()
            && "complete".equals(browser.js("return document.readyState;")) && browser.js("return window.twofoldPerson ? 1 : null;") != null);
    }

    private static String first(String conversation) {
        return Mats.cards(step(conversation)).get(0);
    }

    @Test
    void byDraggingACardOntoAPlaceAndOffTheBoardBackAgain() {
        String person = server.newPerson(token, "Dara Drag");
        String conversation = openOnTablet(person, Mats.BOARD);
        browser.size(1280, 1600);
        String card = first(conversation);

        // Dropped away from every place: it goes back, and nothing is sent.
        new Actions(browser.driver).moveToElement(hand()).clickAndHold().moveByOffset(0, 40)
            .moveToElement(browser.find("#prompt")).release().perform();
        browser.waitUpTo(10).until(d -> !hand().getAttribute("class").contains("dragging"));
        assertEquals(0, step(conversation).get("placements").size(), "a card dropped off the board is not placed");
        assertEquals(card, hand().getAttribute("data-card"), "it is still the card being handed over");

        new Actions(browser.driver).moveToElement(hand()).clickAndHold().moveByOffset(0, -40)
            .moveToElement(place("2")).release().perform();
        waitUntilPlaced(conversation, card, 2);

        // A card on the board is dragged to a new place.
        String second = Mats.cards(step(conversation)).get(1);
        new Actions(browser.driver).moveToElement(hand()).clickAndHold().moveByOffset(0, -40)
            .moveToElement(place("1.5")).release().perform();
        waitUntilPlaced(conversation, second, 1.5);
        WebElement onMat = browser.find(".placed [data-card='" + card + "']");
        new Actions(browser.driver).moveToElement(onMat).clickAndHold().moveByOffset(20, 0)
            .moveToElement(place("0")).release().perform();
        waitUntilPlaced(conversation, card, 0);
        assertEquals(List.of(second, card), Mats.placed(step(conversation)));
        assertEquals(List.of(), browser.policyViolations(), "the board keeps to the page's content policy");
        browser.assertNoAxeViolations("board after dragging");
    }

    @Test
    void byTappingTheCardThenItsPlace() {
        String person = server.newPerson(token, "Tia Tap");
        String conversation = openOnTablet(person, Mats.BOARD);
        String card = first(conversation);
        String label = step(conversation).get("cards").get(0).get("label").asText();
        hand().click();
        assertTrue(pressed(hand()), "the card shows it is picked up");
        assertEquals("Put " + label + " at Going well", place("0").getAttribute("aria-label"));
        place("0").click();
        waitUntilPlaced(conversation, card, 0);
        browser.waitUpTo(10).until(d -> browser.find("[data-announce]").getAttribute("textContent").equals(label + " is at Going well."));

        // Picked up again from the board, and moved.
        WebElement onMat = browser.find(".placed [data-card='" + card + "']");
        onMat.click();
        browser.waitUpTo(10).until(d -> pressed(browser.find(".placed [data-card='" + card + "']")));
        assertEquals("Put " + label + " between Sometimes and Not going well", place("1.5").getAttribute("aria-label"));
        place("1.5").click();
        waitUntilPlaced(conversation, card, 1.5);
        assertEquals(List.of(), browser.policyViolations(), "the board keeps to the page's content policy");
        browser.assertNoAxeViolations("board after tapping");
    }

    @Test
    void byKeyboardAlone() {
        String person = server.newPerson(token, "Kit Keys");
        String conversation = openOnTablet(person, Mats.BOARD);
        String card = first(conversation);
        WebElement page = browser.find("body");
        int tabs = 0;
        do {
            page.sendKeys(Keys.TAB);
            tabs++;
        } while (!browser.driver.switchTo().activeElement().getAttribute("class").contains("in-hand") && tabs < 40);
        WebElement handed = browser.driver.switchTo().activeElement();
        handed.sendKeys(Keys.SPACE);
        browser.waitUpTo(10).until(d -> pressed(hand()));
        // Escape puts it down again, and the focus goes back to it.
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUpTo(10).until(d -> !pressed(hand()) && hand().equals(browser.driver.switchTo().activeElement()));
        hand().sendKeys(Keys.ENTER);
        browser.waitUpTo(10).until(d -> pressed(hand()));
        WebElement at = browser.driver.switchTo().activeElement();
        assertEquals("0", at.getAttribute("value"), "picking a card up goes to the first place");
        at.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("0.5", browser.driver.switchTo().activeElement().getAttribute("value"), "arrow keys move between the places");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntilPlaced(conversation, card, 0.5);
        browser.waitUpTo(10).until(d -> browser.driver.switchTo().activeElement().getAttribute("class").contains("in-hand"));
        browser.assertNoAxeViolations("board by keyboard");
    }

    @Test
    void byOneSwitchScanningTheCardThenThePlaces() {
        String person = server.newPerson(token, "Sol Switch");
        // A long pause on the first of each set, so the switch press lands where the test means it to.
        settings(person, Map.of("access", "scan-one", "scanMillis", 500, "scanFirstPauseMillis", 8000));
        String conversation = openOnTablet(person, Mats.BOARD);
        String card = first(conversation);
        browser.waitUpTo(10).until(d -> hand().getAttribute("class").contains("scan-focus"));
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        browser.waitUpTo(10).until(d -> pressed(hand()) && place("0").getAttribute("class").contains("scan-focus"));
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        waitUntilPlaced(conversation, card, 0);
        browser.waitUpTo(10).until(d -> hand().getAttribute("class").contains("scan-focus"));
        browser.assertNoAxeViolations("board by one switch");
    }

    @Test
    void byTwoSwitchesSpaceMovesEnterChooses() {
        String person = server.newPerson(token, "Tod Two");
        settings(person, Map.of("access", "scan-two"));
        String conversation = openOnTablet(person, Mats.BOARD);
        String card = first(conversation);
        browser.waitUpTo(10).until(d -> hand().getAttribute("class").contains("scan-focus"));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitUpTo(10).until(d -> pressed(hand()) && place("0").getAttribute("class").contains("scan-focus"));
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        browser.waitUpTo(10).until(d -> place("1").getAttribute("class").contains("scan-focus"));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        waitUntilPlaced(conversation, card, 1);
        browser.assertNoAxeViolations("board by two switches");
    }

    @Test
    void byDwellingOnTheCardThenOnItsPlace() {
        String person = server.newPerson(token, "Dot Dwell");
        settings(person, Map.of("access", "dwell", "dwellMillis", 600));
        String conversation = openOnTablet(person, Mats.BOARD);
        browser.size(1280, 1600);
        String card = first(conversation);
        new Actions(browser.driver).moveToElement(hand()).perform();
        browser.waitUpTo(15).until(d -> pressed(hand()));
        new Actions(browser.driver).moveToElement(place("2")).perform();
        waitUntilPlaced(conversation, card, 2);
        browser.assertNoAxeViolations("board by dwell");
    }

    @Test
    void byLiftingTheFingerAfterTheHoldTime() {
        String person = server.newPerson(token, "Lou Lift");
        settings(person, Map.of("access", "release", "holdMillis", 300));
        String conversation = openOnTablet(person, Mats.BOARD);
        browser.size(1280, 1600);
        String card = first(conversation);
        new Actions(browser.driver).moveToElement(hand()).clickAndHold().pause(500).release().perform();
        browser.waitUpTo(10).until(d -> pressed(hand()));
        new Actions(browser.driver).moveToElement(place("1")).clickAndHold().pause(500).release().perform();
        waitUntilPlaced(conversation, card, 1);
    }
}
