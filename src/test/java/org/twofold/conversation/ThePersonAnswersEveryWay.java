package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.twofold.ScreenTest;

/** A whole dialogue on the tablet screens by keyboard, by one switch and by dwell, in a real browser. */
class ThePersonAnswersEveryWay extends ScreenTest {
    private static final int STEPS_AT_MOST = 30;

    private boolean atTheEnd() {
        return (Boolean) browser.js("return Array.from(document.querySelectorAll('h1')).some(h => h.textContent.includes('Thank you. This is your goal'));");
    }

    private String node() {
        Object node = browser.js("var n = document.querySelector('form.answer input[name=node]'); return n ? n.value : '';");
        return String.valueOf(node);
    }

    private void waitForAnotherStep(String before, int answered, String conversation) {
        browser.waitUpTo(10).until(d -> atTheEnd()
            || conversation(conversation).get("step").get("progress").get("answered").asInt() != answered
            && node().equals(conversation(conversation).get("step").get("node").asText()));
    }

    @Test
    void byKeyboardAlone() {
        String person = server.newPerson(token, "Kim Keys");
        String conversation = openOnTablet(person, "my-medicines");
        for (int i = 0; i < STEPS_AT_MOST && !atTheEnd(); i++) {
            int answered = conversation(conversation).get("step").get("progress").get("answered").asInt();
            String before = node();
            WebElement page = browser.find("body");
            // Tab from the top of the page to the first option, as a keyboard user would.
            do {
                page.sendKeys(Keys.TAB);
            } while (!browser.driver.switchTo().activeElement().getAttribute("class").contains("option"));
            WebElement first = browser.driver.switchTo().activeElement();
            first.sendKeys(Keys.ARROW_RIGHT);
            WebElement second = browser.driver.switchTo().activeElement();
            assertTrue(second.getAttribute("class").contains("option") && !second.equals(first), "arrow keys move between options");
            second.sendKeys(Keys.ARROW_LEFT);
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitForAnotherStep(before, answered, conversation);
        }
        assertTrue(atTheEnd(), "the keyboard walk reached the end");
        assertEquals("finished", conversation(conversation).get("status").asText());
    }

    @Test
    void byOneSwitchScanning() {
        String person = server.newPerson(token, "Sam Switch");
        settings(person, Map.of("access", "scan-one", "scanMillis", 500, "scanFirstPauseMillis", 500));
        String conversation = openOnTablet(person, "washing-and-dressing");
        for (int i = 0; i < STEPS_AT_MOST && !atTheEnd(); i++) {
            int answered = conversation(conversation).get("step").get("progress").get("answered").asInt();
            String before = node();
            // Press the switch when the highlight reaches an option.
            browser.waitUpTo(10).until(d -> !browser.all(".option.scan-focus").isEmpty());
            new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
            waitForAnotherStep(before, answered, conversation);
        }
        assertTrue(atTheEnd(), "the one-switch walk reached the end");
    }

    @Test
    void byTwoSwitchStepScanning() {
        String person = server.newPerson(token, "Tam Two");
        settings(person, Map.of("access", "scan-two"));
        String conversation = openOnTablet(person, "washing-and-dressing");
        assertTrue(browser.find(".option").getAttribute("class").contains("scan-focus"), "the first option starts highlighted");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        List<WebElement> options = browser.all(".option");
        assertTrue(options.get(1).getAttribute("class").contains("scan-focus"), "one switch moves the highlight");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitUpTo(10).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 1);
        assertEquals("get dressed", conversation(conversation).get("lastAnswer").get("answer").asText().toLowerCase());
    }

    @Test
    void byDwellWithAVisibleRing() {
        String person = server.newPerson(token, "Dee Dwell");
        settings(person, Map.of("access", "dwell", "dwellMillis", 600));
        String conversation = openOnTablet(person, "washing-and-dressing");
        WebElement second = browser.all(".option").get(1);
        new Actions(browser.driver).moveToElement(second).perform();
        browser.waitUpTo(15).until(d -> !d.findElements(By.cssSelector(".option .dwell-ring")).isEmpty()
            || conversation(conversation).get("step").get("progress").get("answered").asInt() == 1);
        browser.waitUpTo(10).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 1);
        assertEquals("Get dressed", conversation(conversation).get("lastAnswer").get("answer").asText());
    }

    @Test
    void byTouchWithAHoldTimeAQuickTapDoesNothing() {
        String person = server.newPerson(token, "Hal Hold");
        settings(person, Map.of("access", "release", "holdMillis", 400));
        String conversation = openOnTablet(person, "washing-and-dressing");
        browser.all(".option").get(0).click();
        sleepQuietly(800);
        assertEquals(0, conversation(conversation).get("step").get("progress").get("answered").asInt(), "a quick tap is filtered");
        WebElement first = browser.all(".option").get(0);
        new Actions(browser.driver).moveToElement(first).clickAndHold().pause(600).release().perform();
        browser.waitUpTo(10).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 1);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
