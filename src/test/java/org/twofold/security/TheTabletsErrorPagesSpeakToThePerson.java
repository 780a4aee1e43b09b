package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;

/**
 * On the tablet, an error page speaks to the person in easy read, keeps its status, and never leads to
 * the staff pages; where the conversation is known, it leads back to the question.
 */
class TheTabletsErrorPagesSpeakToThePerson extends ScreenTest {
    private static String text() {
        return String.valueOf(browser.js("return document.body.innerText;"));
    }

    private static void assertForThePerson(String page, int status) {
        assertEquals(status, pageStatus(), page);
        assertEquals(0L, browser.js("return document.querySelectorAll('a[href*=\"/staff\"], form[action*=\"/staff\"]').length;"),
            page + " leads nowhere in the staff pages");
        for (String sentence : text().split("[.!?]")) {
            assertTrue(sentence.strip().split("\\s+").length <= 15, page + ": a long sentence: " + sentence);
        }
        browser.assertNoAxeViolations(page);
        browser.assertEnhancedContrast(page);
    }

    @Test
    void aJoinLinkThatRanOutAsksForANewOne() {
        browser.go(server.url("/join/this-link-ran-out"));
        assertTrue(text().contains("This link has run out.") && text().contains("Please ask staff for a new one."), text());
        assertForThePerson("run-out join link", 404);
    }

    @Test
    void thePersonsPageWithoutItsLinkAsksForANewOne() {
        browser.driver.manage().deleteAllCookies();
        String conversation = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token)
            .json().get("id").asText();
        browser.go(server.url("/person/conversations/" + conversation));
        assertTrue(text().contains("Please ask staff for a new link."), text());
        assertTrue(browser.all("a.button").isEmpty(), "nothing to go back to without the link");
        assertForThePerson("person page without its link", 401);
    }

    @Test
    void aPageThatIsNotThereLeadsBackToTheQuestion() {
        String conversation = openOnTablet(person, "getting-out");
        browser.go(server.url("/person/conversations/" + conversation + "/nowhere"));
        assertTrue(text().contains("We could not find that."), text());
        assertForThePerson("missing page on the tablet", 404);
        submit(browser.find("a.button"));
        assertEquals("/person/conversations/" + conversation, browser.currentPath());
        assertTrue(!browser.all(".option").isEmpty(), "the question is there");
    }
}
