package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * Every screen, staff's and the person's, shows words, never codes: no dialogue, step or option
 * id, no status or how-given code, no ISO date, UUID or field name, as the reader sees the page.
 * On the way, each screen is checked with axe at the three widths, so no page goes unchecked, and for
 * any Content-Security-Policy violation the browser reports (an inline script, style or handler).
 */
class NoScreenShowsAnInternalCode extends ScreenTest {
    private static final String VISIBLE_TEXT = """
        var out = [];
        var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walk.nextNode()) {
          var n = walk.currentNode, p = n.parentElement;
          if (!p || p.closest('script, style, template, noscript, [hidden], .join-url') || !p.getClientRects().length) { continue; }
          var t = n.nodeValue.trim();
          if (t) { out.push(t); }
        }
        return out;""";

    private final InternalCodes codes = InternalCodes.of(Path.of("dialogues"));
    private final Map<String, List<String>> found = new java.util.LinkedHashMap<>();
    private final Map<String, List<String>> violations = new java.util.LinkedHashMap<>();

    @Test
    void everyScreenOfAConversationFromStartToDraftShowsWordsOnly() {
        browser.size(1280, 800);
        visit("/staff/login", "sign in");
        signInAsStaff();
        check("people");
        visit("/staff/pronunciations", "how words are said");

        browser.go(server.url("/staff/people/" + person));
        browser.find("input[name=dialogue][value=my-medicines]").click();
        browser.find("#present-name-1").sendKeys("Alex Advocate");
        browser.find("#present-role-1").sendKeys("advocate");
        browser.find("input[name=consent]").click();
        browser.find("section[aria-labelledby=start] button[type=submit]").click();
        browser.waitUpTo(15).until(d -> !browser.all(".join-url").isEmpty());
        check("supporter page before the first answer");
        String joinUrl = browser.find(".join-url").getText();
        String conversation = browser.find("body").getAttribute("data-conversation");

        browser.go(joinUrl);
        Set<String> seen = new LinkedHashSet<>();
        JsonNode step = conversation(conversation).get("step");
        checkTablet(conversation, step, seen);
        visit("/person/conversations/" + conversation + "/something-else", "person: something else");
        step = answer(conversation, step, Map.of("choice", "something-else", "text", "go to the chemist with my sister",
            "how", "interpreted", "note", "pointed at the door"));
        visit("/staff/conversations/" + conversation, "supporter page while answering");
        assertEquals(200, server.post("/api/v1/conversations/" + conversation + "/pause", "{}", token).status());
        visit("/person/conversations/" + conversation, "person: paused");
        visit("/staff/conversations/" + conversation, "supporter page while stopped");
        step = ok(server.post("/api/v1/conversations/" + conversation + "/resume", "{}", token));

        for (int i = 0; i < 40 && !step.get("kind").asText().equals("end"); i++) {
            checkTablet(conversation, step, seen);
            step = switch (step.get("kind").asText()) {
                case "rating" -> answer(conversation, step, Map.of("choice", "not-sure", "how", "supported"));
                case "confirm" -> answer(conversation, step, Map.of("choice", "yes"));
                default -> answer(conversation, step, Map.of("choice", step.get("options").get(0).get("id").asText()));
            };
        }
        checkTablet(conversation, step, seen);
        assertTrue(seen.containsAll(List.of("choice", "rating", "confirm", "end")), seen.toString());

        visit("/staff/conversations/" + conversation, "supporter page after the end");
        visit("/staff/conversations/" + conversation + "/draft", "draft");
        browser.find("#outcome-whyItMatters").clear();
        browser.find("#outcome-whyItMatters").sendKeys("I want to be trusted with my own tablets.");
        browser.find("form.draft-editor button[type=submit]").click();
        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().contains("saved=wording") && !browser.all("[role=status]").isEmpty());
        check("draft with a change to its wording");

        server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String paused = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "plans-change"), token)
            .json().get("id").asText();
        server.post("/api/v1/conversations/" + paused + "/pause", "{}", token);
        visit("/staff/people/" + person, "person with conversations in progress, stopped and finished");

        visit("/staff/people/nobody", "not found");
        visit("/join/this-link-is-not-right", "a join link that is not right");

        assertEquals("", report(), "internal codes on screens");
        assertEquals(Map.of(), violations, "Content-Security-Policy violations on screens");
    }

    @Test
    void theAuditLogShowsWordsOnly() {
        browser.size(1280, 800);
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        String someone = server.newPerson(admin, "Lee Audit");
        server.get("/api/v1/people/" + someone, admin);
        server.get("/api/v1/people/" + someone + "/signs", admin);
        server.get("/api/v1/people", admin);
        String tokenId = server.post("/api/v1/tokens", Map.of("name", "Lee's care records"), admin).json().get("id").asText();
        assertEquals(204, server.send("DELETE", "/api/v1/tokens/" + tokenId, "", admin).status());
        server.post("/api/v1/tokens", Map.of("name", "Lee's new care records"), admin);
        browser.go(server.url("/staff/login"));
        browser.find("#username").sendKeys(TestServer.ADMIN);
        browser.find("#password").sendKeys(TestServer.ADMIN_PASSWORD);
        browser.find("form button[type=submit]").click();
        browser.waitUpTo(10).until(d -> browser.currentPath().equals("/staff"));
        visit("/staff/audit", "audit log");
        visit("/staff/audit?person=" + someone, "audit log about one person");
        visit("/staff/audit?from=not-a-date", "audit log with a filter refused");
        visit("/staff/tokens", "care-record tokens");
        assertEquals("", report(), "internal codes on screens");
        assertEquals(Map.of(), violations, "Content-Security-Policy violations on screens");
    }

    @Test
    void theWatchForPolicyViolationsSeesAnInlineStyle() {
        browser.go(server.url("/staff/login"));
        assertEquals(List.of(), browser.policyViolations());
        browser.js("var d = document.createElement('div'); d.setAttribute('style', 'color: red'); document.body.appendChild(d);");
        browser.waitUpTo(5).until(d -> !browser.policyViolations().isEmpty());
        assertTrue(browser.policyViolations().get(0).startsWith("style-src"), browser.policyViolations().toString());
    }

    private void checkTablet(String conversation, JsonNode step, Set<String> seen) {
        String kind = step.get("kind").asText();
        if (seen.add(kind)) {
            visit("/person/conversations/" + conversation, "person: " + kind + " step");
        }
    }

    private JsonNode answer(String conversation, JsonNode step, Map<String, String> answer) {
        Map<String, Object> body = new HashMap<>(answer);
        body.put("node", step.get("node").asText());
        body.put("answerId", UUID.randomUUID().toString());
        return ok(server.post("/api/v1/conversations/" + conversation + "/answers", body, token));
    }

    private static JsonNode ok(Response r) {
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }

    private void visit(String path, String screen) {
        browser.go(server.url(path));
        check(screen);
    }

    @SuppressWarnings("unchecked")
    private void check(String screen) {
        List<String> blocked = browser.policyViolations();
        if (!blocked.isEmpty()) {
            violations.put(screen, blocked);
        }
        browser.assertNoAxeViolations(screen);
        // The tablet's join link is an address to type, made of a random token: not a code shown as words.
        String text = String.valueOf(browser.js(
            "var u = document.querySelector('.join-url'); var t = document.body.innerText; return u ? t.split(u.innerText).join(' ') : t;"));
        List<String> pieces = (List<String>) browser.js(VISIBLE_TEXT);
        List<String> codesHere = codes.in(text, pieces);
        if (!codesHere.isEmpty()) {
            found.put(screen, codesHere);
        }
    }

    private String report() {
        List<String> lines = new ArrayList<>();
        found.forEach((screen, list) -> lines.add(screen + ": " + String.join(", ", new LinkedHashSet<>(list))));
        return String.join("\n", lines);
    }
}
