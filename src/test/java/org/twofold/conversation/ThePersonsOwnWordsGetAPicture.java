package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/** The supporter types the person's words; pictures are suggested; the chosen one goes with the words. */
class ThePersonsOwnWordsGetAPicture extends ScreenTest {
    @Test
    void aSuggestedPictureIsKeptWithTheirWordsAndShownBack() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String id = started.json().get("id").asText();
        signInAsStaff();
        browser.go(server.url("/staff/conversations/" + id));
        browser.find("#text").sendKeys("go swimming with my friend");
        browser.waitUpTo(15).until(d -> !browser.all("[data-suggestion-list] input[name=symbol]").isEmpty());
        browser.assertNoAxeViolations("supporter view with picture suggestions");
        WebElement first = browser.all("[data-suggestion-list] input[name=symbol]").get(0);
        String symbol = first.getAttribute("value");
        first.click();
        browser.find("#text").submit();
        browser.waitUpTo(10).until(d -> conversation(id).get("step").get("progress").get("answered").asInt() == 1);
        browser.waitUpTo(10).until(d -> !browser.all(".ideas img[src='/symbols/" + symbol + ".svg']").isEmpty());
        assertTrue(browser.find(".ideas").getText().contains("go swimming with my friend"));
    }

    @Test
    void onTheTabletThePersonPicksThePictureForTheirOwnWords() {
        String id = openOnTablet(person, "getting-out");
        browser.go(server.url("/person/conversations/" + id + "/something-else"));
        browser.find("#text").sendKeys("swimming with my friend");
        browser.waitUpTo(15).until(d -> !browser.all("[data-suggestion-list] button[name=symbol]").isEmpty());
        browser.assertNoAxeViolations("the tablet's something-else page with pictures");
        for (WebElement b : browser.all("[data-suggestion-list] button")) {
            assertTrue(b.getRect().getWidth() >= 88 && b.getRect().getHeight() >= 88, "pictures are big targets");
        }
        WebElement first = browser.all("[data-suggestion-list] button[name=symbol]").get(0);
        String symbol = first.getAttribute("value");
        first.click();
        browser.waitUpTo(10).until(d -> conversation(id).get("step").get("progress").get("answered").asInt() == 1);
        assertEquals(symbol, conversation(id).get("lastAnswer").get("symbol").asText());
        assertEquals("swimming with my friend", conversation(id).get("lastAnswer").get("ownWords").asText());
    }

    @Test
    void aPictureMustBeRealAndGoWithTheirWords() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String id = started.json().get("id").asText();
        String node = started.json().get("step").get("node").asText();
        Response unknown = server.post("/api/v1/conversations/" + id + "/answers",
            Map.of("node", node, "choice", "something-else", "text", "bingo", "symbol", "unicorn"), token);
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().get("detail").asText().contains("'symbol'"));
        String option = started.json().get("step").get("options").get(0).get("id").asText();
        Response alone = server.post("/api/v1/conversations/" + id + "/answers", Map.of("node", node, "choice", option, "symbol", "swimming"), token);
        assertEquals(400, alone.status());
    }
}
