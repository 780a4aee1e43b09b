package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.twofold.ScreenHttp;
import org.twofold.ScreenTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * The audit log's screen, in a real browser: the admin's service only, in words, a page of 50 with links that
 * keep the filters, filters worked from the keyboard, an export link for the same filters, a refused filter
 * shown GOV.UK style, and zero axe violations. Staff and advocates are told it is not open to them.
 */
class AdminsReadTheAuditLogOnAScreen extends ScreenTest {
    private static String admin;
    private static String ada;

    @BeforeAll
    static void aPersonOpenedManyTimes() {
        admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Response r = server.post("/api/v1/people", Map.of("name", "Ada Lovelace", "preferredName", "Ada"), admin);
        assertEquals(201, r.status(), r.toString());
        ada = r.json().get("id").asText();
        for (int i = 0; i < 55; i++) {
            assertEquals(200, server.get("/api/v1/people/" + ada, admin).status());
        }
        server.get("/api/v1/people/" + person, token); // the demo service's staff, next door
    }

    private static List<List<String>> rows() {
        return browser.all("tbody tr").stream()
            .map(tr -> tr.findElements(org.openqa.selenium.By.tagName("td")).stream().map(WebElement::getText).toList())
            .toList();
    }

    @Test
    void anAdminFindsWhoOpenedARecordPageByPage() {
        signInAsAdmin();
        submit(browser.find("a[href='/staff/audit']"));
        assertEquals(200, pageStatus());
        assertEquals("Audit log", browser.find("h1").getText());
        browser.assertNoAxeViolations("audit log");
        browser.screenshot("audit-log-1280");
        String text = String.valueOf(browser.js("return document.body.innerText;"));
        assertFalse(text.contains(TestServer.STAFF), "the demo service's staff are another service's");
        assertFalse(text.contains("Jo"), "the demo service's person is another service's");

        // The filters, from the keyboard: a person and a kind of action, then Enter on Show.
        new Select(browser.find("#person")).selectByVisibleText("Ada (Ada Lovelace)");
        new Select(browser.find("#action")).selectByVisibleText("Opened the person's record");
        WebElement show = browser.find(".filters button[type=submit]");
        WebElement old = browser.find("html");
        show.sendKeys(Keys.ENTER);
        browser.waitUpTo(15).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        browser.waitUpTo(15).until(d -> browser.currentPath().equals("/staff/audit") && !browser.all("tbody tr").isEmpty());
        List<List<String>> first = rows();
        assertEquals(50, first.size());
        first.forEach(row -> assertEquals(List.of(TestServer.ADMIN, "Opened the person's record", "Ada"), row.subList(1, 4)));
        assertTrue(first.get(0).get(0).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{1,2}:\\d{2}[ap]m"), "when, in words: " + first.get(0));
        assertEquals("Ada (Ada Lovelace)", new Select(browser.find("#person")).getFirstSelectedOption().getText(), "the filter is kept");
        String csv = browser.find("a[download]").getAttribute("href");
        assertTrue(csv.contains("/staff/audit.csv?") && csv.contains("person=" + ada) && csv.contains("action=person.read"), csv);
        browser.assertNoAxeViolations("audit log filtered");

        submit(browser.find("a[rel=next]"));
        String next = String.valueOf(browser.js("return location.search;"));
        assertTrue(next.contains("person=" + ada) && next.contains("action=person.read") && next.contains("page=2"), next);
        assertEquals(5, rows().size(), "55 openings: 50 on the first page, 5 on the second");
        assertTrue(browser.all("a[rel=next]").isEmpty());
        submit(browser.find("a[rel=prev]"));
        assertEquals(50, rows().size());
        browser.assertNoAxeViolations("audit log, page links");
    }

    @Test
    void theExportLinkGivesTheSameEntriesAsCsv() {
        ScreenHttp adminScreens = new ScreenHttp(server).signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Response r = adminScreens.get("/staff/audit.csv?person=" + ada + "&action=person.read");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        List<List<String>> rows = AdminsReadTheirServicesAuditLog.Csv.parse(r.body().substring(1));
        assertEquals(56, rows.size(), "a header and all 55 openings, every page");
        rows.subList(1, rows.size()).forEach(row -> assertEquals("Ada", row.get(3)));
    }

    @Test
    void aFilterThatIsNotADateIsShownBackPlainly() {
        signInAsAdmin();
        browser.go(server.url("/staff/audit?from=not-a-date&to=2026-11-20&page=0"));
        assertRefusedPlainly("audit log with a bad date", 400, 1);
        assertTrue(browser.find(".problem-summary").getText().contains("The page number must be a whole number"),
            browser.find(".problem-summary").getText());
        assertTrue(browser.all("tbody tr").isEmpty(), "no entries until the filter is right");
    }

    @Test
    void staffAndAdvocatesAreToldItIsNotOpenToThem() {
        for (String[] account : new String[][] {{TestServer.STAFF, TestServer.PASSWORD}, {TestServer.ADVOCATE, TestServer.PASSWORD}}) {
            ScreenHttp screens = new ScreenHttp(server).signIn(account[0], account[1]);
            for (String path : new String[] {"/staff/audit", "/staff/audit.csv", "/staff/audit?from=bad"}) {
                Response r = screens.get(path);
                assertEquals(403, r.status(), account[0] + " " + path);
                assertTrue(r.body().contains("This is not open to you."), r.body());
                assertFalse(r.body().contains("Audit log</h1>"));
            }
            assertFalse(screens.get("/staff").body().contains("/staff/audit"), "no link to it for " + account[0]);
        }
    }
}
