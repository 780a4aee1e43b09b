package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.twofold.ScreenTest;

class AnAnswerSurvivesADroppedConnection extends ScreenTest {
    @Test
    void theTabletKeepsTheAnswerAndSendsItOnceWhenTheConnectionReturns() {
        String conversation = openOnTablet(person, "getting-out");
        String first = conversation(conversation).get("step").get("node").asText();

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver.setNetworkConditions(offline);
        browser.all(".option").get(1).click();
        browser.waitUpTo(10).until(d -> browser.find("[data-connection]").getText().contains("connection"));
        assertTrue(browser.find("[data-connection]").getText().contains("Your answer is kept"));
        assertEquals(0, conversation(conversation).get("step").get("progress").get("answered").asInt(), "nothing arrived while offline");

        browser.driver.deleteNetworkConditions();
        browser.waitUpTo(15).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 1);
        browser.waitUpTo(10).until(d -> !browser.find("input[name=node]").getAttribute("value").equals(first));
        assertEquals(1, conversation(conversation).get("step").get("progress").get("answered").asInt(), "the answer counted once");
    }
}
