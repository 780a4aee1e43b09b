package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.twofold.ScreenTest;

/** The supporter starts with consent, opens the tablet by its link, and records how answers were given. */
class TheSupporterWorksAlongside extends ScreenTest {
    @Test
    void startFollowAnnotateAndRecordTheirWords() {
        signInAsStaff();
        browser.go(server.url("/staff/people/" + person));
        browser.waitUpTo(10).until(d -> !browser.all("input[name=dialogue]").isEmpty());
        browser.find("input[name=dialogue][value=people-who-matter]").click();
        browser.find("#present-name-1").sendKeys("Alex Advocate");
        browser.find("#present-role-1").sendKeys("advocate");
        browser.find("input[name=consent]").click();
        browser.find("#consentHow").sendKeys("Nodded and pointed to the yes card");
        browser.find("section[aria-labelledby=start] button[type=submit]").click();

        browser.waitUpTo(10).until(d -> !browser.all(".join-url").isEmpty());
        String joinUrl = browser.find(".join-url").getText();
        assertTrue(browser.find(".qr svg").getAttribute("aria-label").contains("QR code"));
        assertTrue(browser.driver.getPageSource().contains("Nodded and pointed to the yes card"));
        String supporterWindow = browser.driver.getWindowHandle();
        String conversation = browser.find("body").getAttribute("data-conversation");
        assertTrue(!conversation.isEmpty(), "the supporter page names its conversation");

        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.go(joinUrl);
        browser.all(".option").get(0).click();
        browser.waitUpTo(10).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 1);

        browser.driver.switchTo().window(supporterWindow);
        browser.go(server.url("/staff/conversations/" + conversation));
        browser.find("form[action$='/annotate'] input[name=how][value=interpreted]").click();
        browser.find("#last-note").sendKeys("Smiled and reached for the card");
        browser.find("form[action$='/annotate'] button").click();
        browser.waitUpTo(10).until(d -> conversation(conversation).get("lastAnswer").get("how").asText().equals("interpreted"));
        JsonNode last = conversation(conversation).get("lastAnswer");
        assertEquals("interpreted", last.get("how").asText());
        assertEquals("Smiled and reached for the card", last.get("note").asText());

        browser.find("#text").sendKeys("my nan <Rose> in Leeds");
        browser.find("#else-how").click();
        browser.find("form textarea#text").submit();
        browser.waitUpTo(10).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 2);
        assertEquals("direct", conversation(conversation).get("lastAnswer").get("how").asText(),
            "their own words are recorded as given the way the supporter said");
        List<String> ideas = new ArrayList<>();
        browser.all(".ideas li").forEach(li -> ideas.add(li.getText()));
        assertTrue(ideas.contains("my nan <Rose> in Leeds"), "their words are shown as typed, escaped: " + ideas);

        browser.all("form[action$='/pause'] button").get(0).click();
        browser.waitUpTo(10).until(d -> conversation(conversation).get("status").asText().equals("paused"));
        browser.waitUpTo(10).until(d -> !browser.all("form[action$='/resume'] button").isEmpty());
        browser.all("form[action$='/resume'] button").get(0).click();
        browser.waitUpTo(10).until(d -> conversation(conversation).get("status").asText().equals("active"));
    }
}
