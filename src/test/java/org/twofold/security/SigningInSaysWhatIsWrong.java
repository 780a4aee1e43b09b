package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;
import org.twofold.TestServer;

/** The sign-in form, refused, says what is wrong beside each field and keeps the username (never the password). */
class SigningInSaysWhatIsWrong extends ScreenTest {
    @Test
    void anEmptyFormAndThenAWrongPassword() {
        browser.driver.manage().deleteAllCookies();
        browser.go(server.url("/staff/login"));
        withoutBrowserChecks();
        browser.find("#username").sendKeys("   ");
        submit(browser.find("form button[type=submit]"));
        assertRefusedPlainly("sign in, empty", 400, 2, "username", "password");
        String summary = browser.find(".problem-summary").getText();
        assertTrue(summary.contains("Username must be filled in.") && summary.contains("Password must be filled in."), summary);
        assertEquals("   ", browser.find("#username").getAttribute("value"));

        browser.find("#username").clear();
        browser.find("#username").sendKeys(TestServer.STAFF);
        browser.find("#password").sendKeys("not the password");
        submit(browser.find("form button[type=submit]"));
        assertRefusedPlainly("sign in, wrong password", 401, 1);
        assertTrue(browser.find(".problem-summary").getText().contains("The username or password is wrong."));
        assertEquals(TestServer.STAFF, browser.find("#username").getAttribute("value"));
        assertEquals("", browser.find("#password").getAttribute("value"), "a password is never sent back");
        assertEquals("/staff/login", browser.currentPath());

        browser.find("#password").sendKeys(TestServer.PASSWORD);
        submit(browser.find("form button[type=submit]"));
        assertEquals("/staff", browser.currentPath());
    }
}
