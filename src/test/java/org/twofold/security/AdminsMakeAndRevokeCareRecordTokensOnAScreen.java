package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenHttp;
import org.twofold.ScreenTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * The care-record tokens screen, in a real browser and from the keyboard: an admin makes a token, sees it once with a
 * warning, and revokes it after a confirm step; it stops at once. Zero axe violations throughout. Staff and advocates
 * are told it is not open to them, and have no link to it.
 */
class AdminsMakeAndRevokeCareRecordTokensOnAScreen extends ScreenTest {
    private static final String NAME = "Riverside care records";

    private static String text() {
        return String.valueOf(browser.js("return document.body.innerText;"));
    }

    @Test
    void anAdminMakesATokenSeesItOnceAndRevokesIt() {
        signInAsAdmin();
        submit(browser.find("a[href='/staff/tokens']"));
        assertEquals(200, pageStatus());
        assertEquals("Tokens for care-record systems", browser.find("h1").getText());
        browser.assertNoAxeViolations("care-record tokens");

        browser.find("#name").sendKeys(NAME);
        WebElement old = browser.find("html");
        browser.find("#name").sendKeys(Keys.ENTER);
        browser.waitUpTo(15).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        browser.waitUpTo(15).until(d -> !browser.all("#new-token").isEmpty());
        String secret = browser.find("#new-token").getAttribute("value");
        assertTrue(secret.startsWith("cr."), secret);
        assertTrue(browser.find("#made-title").getText().contains(NAME));
        assertTrue(text().contains("This is the only time the token is shown."), text());
        assertEquals("made-warning", browser.find("#new-token").getAttribute("aria-describedby"));
        browser.assertNoAxeViolations("care-record token made");
        browser.screenshot("care-record-token-made");
        assertEquals(404, server.get("/api/v1/drafts/nothing/export.json", secret).status(), "the token works: it is let in");

        browser.go(server.url("/staff/tokens"));
        assertFalse(browser.driver.getPageSource().contains(secret.substring(secret.lastIndexOf('.') + 1)), "shown once only");
        List<WebElement> row = browser.all("tbody tr");
        assertEquals(1, row.size());
        assertTrue(row.get(0).getText().contains(NAME) && row.get(0).getText().contains("by " + TestServer.ADMIN), row.get(0).getText());

        // The confirm step, from the keyboard: open it, then the button that says what it does.
        WebElement summary = browser.find("tbody details summary");
        summary.sendKeys(Keys.ENTER);
        browser.waitUpTo(10).until(d -> browser.find("tbody details").getAttribute("open") != null);
        WebElement revoke = browser.find("tbody details button[type=submit]");
        assertEquals("Revoke the token for " + NAME, revoke.getText());
        browser.assertNoAxeViolations("care-record token revoke step");
        old = browser.find("html");
        revoke.sendKeys(Keys.ENTER);
        browser.waitUpTo(15).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        browser.waitUpTo(15).until(d -> String.valueOf(browser.js("return location.search;")).equals("?revoked"));
        assertTrue(text().contains("The token was revoked. It stopped working at once."), text());
        assertTrue(browser.find("tbody tr").getText().contains("No: revoked"), browser.find("tbody tr").getText());
        assertTrue(browser.all("tbody details").isEmpty(), "nothing left to revoke");
        browser.assertNoAxeViolations("care-record token revoked");
        assertEquals(401, server.get("/api/v1/drafts/nothing/export.json", secret).status(), "revoked at once");
    }

    @Test
    void aTokenWithNoNameIsRefusedPlainly() {
        signInAsAdmin();
        browser.go(server.url("/staff/tokens"));
        withoutBrowserChecks();
        submit(browser.find("form[action='/staff/tokens'] button[type=submit]"));
        assertRefusedPlainly("care-record token with no name", 400, 1);
        assertTrue(browser.all("#new-token").isEmpty(), "no token made");
    }

    @Test
    void aFormWithoutItsTokenMakesAndRevokesNothing() {
        ScreenHttp screens = new ScreenHttp(server).signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Response forged = screens.post("/staff/tokens", java.util.Map.of("name", "Forged records"));
        assertEquals(403, forged.status(), forged.toString());
        assertFalse(server.get("/api/v1/tokens", server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD)).body().contains("Forged records"));
        Response made = screens.submit("/staff/tokens", "/staff/tokens", java.util.Map.of("name", "Kept records"));
        assertEquals(200, made.status(), made.toString());
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("value=\"cr\\.([0-9a-f-]{36})\\.").matcher(made.body());
        assertTrue(shown.find(), made.body());
        String id = shown.group(1);
        assertEquals(403, screens.post("/staff/tokens/" + id + "/revoke", java.util.Map.of()).status());
        Response unknown = screens.submit("/staff/tokens", "/staff/tokens/no-such-token/revoke", java.util.Map.of());
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals(303, screens.submit("/staff/tokens", "/staff/tokens/" + id + "/revoke", java.util.Map.of()).status());
    }

    @Test
    void staffAndAdvocatesAreToldItIsNotOpenToThem() {
        for (String username : new String[] {TestServer.STAFF, TestServer.ADVOCATE}) {
            ScreenHttp screens = new ScreenHttp(server).signIn(username, TestServer.PASSWORD);
            Response page = screens.get("/staff/tokens");
            assertEquals(403, page.status(), username);
            assertTrue(page.body().contains("This is not open to you."), page.body());
            Response made = screens.submit("/staff", "/staff/tokens", java.util.Map.of("name", "Sneaky"));
            assertEquals(403, made.status(), username + ": " + made);
            assertFalse(made.body().contains("cr."), made.body());
            assertFalse(screens.get("/staff").body().contains("/staff/tokens"), "no link to it for " + username);
        }
    }
}
