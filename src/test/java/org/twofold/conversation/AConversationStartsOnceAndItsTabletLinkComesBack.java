package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.twofold.ScreenTest;
import org.twofold.security.Tokens;

/**
 * Starting a conversation is POST/redirect/GET: reloading its page starts nothing again. The tablet link
 * reaches that page in a short-lived cookie for it alone, never in a URL. A new link can be made at any time until
 * the conversation finishes, and the old link stops working at once.
 * The supporter's forms, refused, come back as typed with what is wrong.
 */
class AConversationStartsOnceAndItsTabletLinkComesBack extends ScreenTest {
    @BeforeEach
    void signIn() {
        signInAsStaff();
    }

    private static String joinUrl() {
        return browser.find(".join-url").getText();
    }

    private static int tokensStoredAs(String value) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM access_tokens WHERE token_hash = ?")) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    private static String tokenOf(String joinUrl) {
        return joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
    }

    private static WebElement buttonOf(String formCss) {
        return browser.find(formCss + " button[type=submit]");
    }

    @Test
    void reloadingTheStartedConversationsPageStartsNothingAgain() throws SQLException {
        String someone = server.newPerson(token, "Ola Once");
        browser.go(server.url("/staff/people/" + someone));
        browser.find("input[name=dialogue][value=getting-out]").click();
        browser.find("#present-name-1").sendKeys("Alex Advocate");
        browser.find("#consent").click();
        submit(browser.find("form[action$='/conversations'] button[type=submit]"));

        String conversation = browser.find("body").getAttribute("data-conversation");
        assertEquals("/staff/conversations/" + conversation, browser.currentPath(), "the start redirects to the conversation's page");
        String link = joinUrl();
        String joinToken = link.substring(link.lastIndexOf('/') + 1);
        assertTrue(browser.find(".qr svg").getAttribute("aria-label").contains("QR code"));
        assertFalse(browser.driver.getCurrentUrl().contains(joinToken), "the token is not in the page's URL");
        Cookie flash = browser.driver.manage().getCookieNamed("twofold_join_link");
        assertNotNull(flash, "the link came in a cookie");
        assertTrue(flash.isHttpOnly() && "Strict".equals(flash.getSameSite()), flash.toString());
        assertEquals("/staff/conversations/" + conversation, flash.getPath());
        assertTrue(flash.getExpiry().toInstant().isBefore(Instant.now().plus(Duration.ofMinutes(10))), "it lasts minutes: " + flash);
        assertEquals(0, tokensStoredAs(joinToken), "the raw token is not stored");
        assertEquals(1, tokensStoredAs(Tokens.hash(joinToken)), "only its hash is");
        browser.assertNoAxeViolations("started conversation");

        WebElement before = browser.find("html");
        browser.driver.navigate().refresh();
        browser.waitUpTo(15).until(ExpectedConditions.stalenessOf(before));
        browser.waitUpTo(15).until(d -> !browser.all(".join-url").isEmpty());
        assertEquals(link, joinUrl(), "a reload shows the same link");
        assertEquals(1, audited("conversation.start", "person:" + someone), "one conversation was started");
        browser.go(server.url("/staff/people/" + someone));
        assertEquals(1, browser.all("section[aria-labelledby=history] li").size(), "their list holds one conversation");
    }

    @Test
    void aNewTabletLinkEndsTheOldOneAtOnceAndOpensTheTablet() throws SQLException {
        JsonNode started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token).json();
        String conversation = started.get("id").asText();
        String first = started.get("joinUrl").asText();
        String staff = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.go(first);
        browser.waitUpTo(15).until(d -> !browser.all(".option").isEmpty());
        String tablet = browser.driver.getWindowHandle();
        browser.driver.switchTo().window(staff);

        browser.go(server.url("/staff/conversations/" + conversation));
        assertTrue(browser.all(".join-url").isEmpty(), "no link is shown until asked for");
        assertEquals("Show a new tablet link (the old link will stop working)", buttonOf("form[action$='/join-link']").getText(),
            "the button says what it does before it is pressed");
        submit(buttonOf("form[action$='/join-link']"));
        assertEquals("/staff/conversations/" + conversation, browser.currentPath());
        String again = joinUrl();
        assertNotEquals(tokenOf(first), tokenOf(again), "a fresh link");
        assertTrue(browser.find(".qr svg").getAttribute("aria-label").contains("QR code"));
        assertEquals(404, server.get("/join/" + tokenOf(first), null).status(), "the old link stopped at once");
        assertEquals(401, server.get("/api/v1/conversations/" + conversation, tokenOf(first)).status());

        browser.driver.switchTo().window(tablet);
        browser.driver.navigate().refresh();
        browser.waitUpTo(15).until(d -> browser.find("h1").getText().contains("This screen has closed."));
        browser.driver.switchTo().window(staff);

        submit(buttonOf("form[action$='/join-link']"));
        String third = joinUrl();
        assertNotEquals(again, third, "every press makes a new link");
        assertEquals(404, server.get("/join/" + tokenOf(again), null).status(), "only the newest link works");
        assertEquals(2, audited("conversation.join-link", "conversation:" + conversation), "each new link is audited");

        browser.driver.switchTo().window(tablet);
        browser.go(third);
        browser.waitUpTo(15).until(d -> browser.currentPath().equals("/person/conversations/" + conversation)
            && !browser.all(".option").isEmpty());
        browser.driver.close();
        browser.driver.switchTo().window(staff);
    }

    @Test
    void aFinishedConversationOffersNoNewTabletLink() {
        String conversation = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token)
            .json().get("id").asText();
        JsonNode step = conversation(conversation).get("step");
        while (!step.get("kind").asText().equals("end")) {
            String node = step.get("node").asText();
            Map<String, Object> answer = switch (step.get("kind").asText()) {
                case "rating" -> Map.of("node", node, "rating", 4);
                case "confirm" -> Map.of("node", node, "choice", "yes");
                default -> Map.of("node", node, "choice", step.get("options").get(0).get("id").asText());
            };
            step = server.post("/api/v1/conversations/" + conversation + "/answers", answer, token).json().get("step");
        }
        browser.go(server.url("/staff/conversations/" + conversation));
        browser.waitUpTo(15).until(d -> "finished".equals(shown("status")));
        assertTrue(browser.all("form[action$='/join-link']").isEmpty(), "nothing to open on the tablet any more");
    }

    @Test
    void aStartWithoutAgreementIsRefusedAndKeepsWhoIsHere() throws SQLException {
        String someone = server.newPerson(token, "Pat Refused");
        browser.go(server.url("/staff/people/" + someone));
        withoutBrowserChecks();
        browser.find("input[name=dialogue][value=people-who-matter]").click();
        browser.find("#present-name-1").sendKeys("Alex Advocate");
        browser.find("#present-role-1").sendKeys("advocate");
        browser.js("document.querySelector('#present-name-2').value = arguments[0];", "N".repeat(201));
        browser.find("#consentHow").sendKeys("Pointed to the yes card");
        submit(browser.find("form[action$='/conversations'] button[type=submit]"));

        assertRefusedPlainly("start, refused", 400, 2, "presentName", "presentRole", "consentHow", "people-who-matter");
        String summary = browser.find(".problem-summary").getText();
        assertTrue(summary.contains("Tick the box once Pat has agreed to take part."), summary);
        assertTrue(summary.contains("Name 2 must be 200 characters or fewer."), summary);
        assertTrue(browser.find("input[name=dialogue][value=people-who-matter]").isSelected());
        assertEquals("Alex Advocate", browser.find("#present-name-1").getAttribute("value"));
        assertEquals("advocate", browser.find("#present-role-1").getAttribute("value"));
        assertEquals("N".repeat(201), browser.find("#present-name-2").getAttribute("value"));
        assertEquals("Pointed to the yes card", browser.find("#consentHow").getAttribute("value"));
        assertFalse(browser.find("#consent").isSelected());
        assertEquals(0, audited("conversation.start", "person:" + someone), "nothing was started");
    }

    @Test
    void theSupportersFormsRefusedKeepWhatWasTyped() {
        String conversation = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token)
            .json().get("id").asText();
        browser.go(server.url("/staff/conversations/" + conversation));
        browser.find("#text").sendKeys("   ");
        submit(browser.find("#text").findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")));
        assertRefusedPlainly("their own words, refused", 400, 1, "something-else");
        assertTrue(browser.find(".problem-summary").getText().contains("Type their words, as they said or showed them."));
        assertEquals("   ", browser.find("#text").getAttribute("value"));
        assertEquals(0, conversation(conversation).get("step").get("progress").get("answered").asInt(), "nothing was answered");

        JsonNode step = conversation(conversation).get("step");
        server.post("/api/v1/conversations/" + conversation + "/answers",
            Map.of("node", step.get("node").asText(), "choice", step.get("options").get(0).get("id").asText(), "note", "First note"), token);
        browser.go(server.url("/staff/conversations/" + conversation));
        withoutBrowserChecks();
        browser.js("document.querySelector('#last-note').value = arguments[0];", "n".repeat(2001));
        submit(buttonOf("form[action$='/annotate']"));
        assertRefusedPlainly("a note, refused", 400, 1, "last-note");
        assertTrue(browser.find(".problem-summary").getText().contains("Non-verbal cues or notes must be 2000 characters or fewer."));
        assertEquals("n".repeat(2001), browser.find("#last-note").getAttribute("value"));
        assertEquals("First note", conversation(conversation).get("lastAnswer").get("note").asText(), "the note is unchanged");
    }
}
