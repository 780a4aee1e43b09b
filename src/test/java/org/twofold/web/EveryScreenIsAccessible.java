package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/**
 * Every screen, at zero axe violations (WCAG 2.2 A and AA); the person's screens with big targets,
 * no sideways scrolling from 768x1024 to 1280x800, screenshots under target/screenshots, and a small page weight.
 */
class EveryScreenIsAccessible extends ScreenTest {

    /** Walks a conversation on the tablet, checking each kind of person screen on the way. */
    private void checkPersonScreens(String label) {
        String person = server.newPerson(token, "Axe " + label);
        if (label.equals("contrast")) {
            settings(person, Map.of("highContrast", true, "textSize", "largest", "symbolSize", "largest", "layout", "picture-left"));
        }
        if (label.equals("no-labels")) {
            settings(person, Map.of("showLabels", false, "textSize", "large"));
        }
        String conversation = openOnTablet(person, "washing-and-dressing");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JsonNode step = conversation(conversation).get("step");
            String kind = step.get("kind").asText();
            if (!seen.contains(kind)) {
                seen.add(kind);
                checkPersonPage(label + "-" + kind);
            }
            if (kind.equals("end")) {
                break;
            }
            if (i == 1) {
                browser.go(server.url("/person/conversations/" + conversation + "/something-else"));
                checkPersonPage(label + "-something-else");
                browser.go(server.url("/person/conversations/" + conversation));
                browser.find("button[value=not-sure]").click();
                browser.waitUpTo(15).until(d -> conversation(conversation).get("step").get("rephrased").asBoolean());
                checkPersonPage(label + "-not-sure");
                browser.all("form[action$='/pause'] button").get(0).click();
                browser.waitUpTo(15).until(d -> String.valueOf(browser.js("return document.title;")).startsWith("Stopped"));
                checkPersonPage(label + "-paused");
                browser.find(".option").click();
                waitForThePageToShow(conversation);
            }
            String before = step.get("node").asText();
            int answered = step.get("progress").get("answered").asInt();
            browser.all(".option").get(0).click();
            browser.waitUpTo(10).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() > answered
                || !conversation(conversation).get("step").get("node").asText().equals(before));
            waitForThePageToShow(conversation);
        }
        assertTrue(seen.containsAll(List.of("choice", "rating", "confirm", "end")), seen.toString());
    }

    /** The tablet has moved on to the step the conversation is at (or its end page). */
    private static void waitForThePageToShow(String conversation) {
        browser.waitUpTo(10).until(d -> {
            JsonNode step = conversation(conversation).get("step");
            Object shown = browser.js("var n = document.querySelector('form.answer input[name=node]'); return n ? n.value : document.title;");
            return step.get("kind").asText().equals("end") ? String.valueOf(shown).startsWith("Your goal") : step.get("node").asText().equals(shown);
        });
    }

    /** The picture board on the tablet: fresh, with a card picked up, with cards placed, read back, and the pairs after it. */
    private void checkBoardScreens(String label, String board) {
        String person = server.newPerson(token, "Board " + label);
        if (label.equals("contrast")) {
            settings(person, Map.of("highContrast", true, "textSize", "largest", "symbolSize", "largest", "layout", "picture-left"));
        }
        if (label.equals("no-labels")) {
            settings(person, Map.of("showLabels", false, "textSize", "large"));
        }
        String conversation = openOnTablet(person, board);
        checkPersonPage(label + "-board");
        browser.find(".mat-card.in-hand").click();
        browser.waitUpTo(10).until(d -> "true".equals(browser.find(".mat-card.in-hand").getAttribute("aria-pressed")));
        checkPersonPage(label + "-board-card-picked-up");
        for (String position : List.of("2", "0.5", "2")) {
            int placed = conversation(conversation).get("step").get("placements").size();
            browser.find(".place-target[value='" + position + "']").click();
            browser.waitUpTo(15).until(d -> conversation(conversation).get("step").get("placements").size() > placed
                && browser.all(".placed .mat-card").size() > placed);
            if (!browser.all(".mat-card.in-hand").isEmpty()) {
                browser.find(".mat-card.in-hand").click();
            }
        }
        checkPersonPage(label + "-board-placed");
        browser.go(server.url("/person/conversations/" + conversation + "?review=1"));
        checkPersonPage(label + "-board-review");
        browser.find("[data-board-yes]").click();
        browser.waitUpTo(15).until(d -> "pairs".equals(conversation(conversation).get("step").get("kind").asText())
            && browser.all("[data-board-yes]").isEmpty() && !browser.all("form.answer .option").isEmpty());
        checkPersonPage(label + "-board-pairs");
    }

    @Test
    void thePersonsBoardScreensWithStandardSettings() {
        checkBoardScreens("standard", "my-day");
    }

    @Test
    void thePersonsBoardScreensInHighContrastWithLargestText() {
        // The longest words on a scale: "Need lots of help".
        checkBoardScreens("contrast", "my-home-and-money");
    }

    @Test
    void thePersonsBoardScreensWithPicturesOnly() {
        checkBoardScreens("no-labels", "my-health");
    }

    private void checkPersonPage(String name) {
        browser.assertNoAxeViolations(name);
        for (int[] size : org.twofold.Browser.SIZES) {
            browser.size(size[0], size[1]);
            browser.assertEnhancedContrast(name);
            assertTargetsAreBig(name);
            browser.assertNoSidewaysScroll(name);
            assertTrue(((Number) browser.js("return parseFloat(getComputedStyle(document.body).fontSize);")).doubleValue() >= 24,
                name + " body text is at least 24px");
            browser.screenshot(name + "-" + size[0] + "x" + size[1]);
        }
    }

    private void assertTargetsAreBig(String name) {
        for (WebElement el : browser.all("a, button, input:not([type=hidden]), textarea, select")) {
            if (!el.isDisplayed()) {
                continue;
            }
            var r = el.getRect();
            assertTrue(r.getWidth() >= 88 && r.getHeight() >= 88,
                name + ": target '" + el.getText() + "' is " + r.getWidth() + "x" + r.getHeight() + ", smaller than 88x88");
        }
    }

    @Test
    void thePersonsScreensWithStandardSettings() {
        checkPersonScreens("standard");
    }

    @Test
    void thePersonsScreensInHighContrastWithLargestText() {
        checkPersonScreens("contrast");
    }

    @Test
    void thePersonsScreensWithPicturesOnly() {
        checkPersonScreens("no-labels");
    }

    @Test
    void theStaffAndSupporterScreens() {
        browser.size(1280, 800);
        browser.go(server.url("/staff/login"));
        browser.assertNoAxeViolations("login");
        browser.find("#username").sendKeys("demo-staff");
        browser.find("#password").sendKeys("wrong password");
        browser.find("form button[type=submit]").click();
        browser.assertNoAxeViolations("login with an error");
        signInAsStaff();
        browser.assertNoAxeViolations("people");
        browser.go(server.url("/staff/people/" + person));
        browser.assertNoAxeViolations("person");
        browser.find("#present-name-1").sendKeys("Alex Advocate");
        browser.find("#present-role-1").sendKeys("advocate");
        browser.find("input[name=consent]").click();
        browser.find("section[aria-labelledby=start] button[type=submit]").click();
        browser.waitUpTo(15).until(d -> !browser.all(".qr svg").isEmpty());
        browser.assertNoAxeViolations("supporter view with QR code");
        browser.screenshot("supporter-1280x800");
        browser.go(server.url("/staff/people/" + person + "/try"));
        browser.assertNoAxeViolations("try board");
        browser.go(server.url("/staff/people/nobody"));
        browser.assertNoAxeViolations("not found page");
    }

    /** The people list searched, and a person's page: needs unrecorded, refused, recorded, with a photo, and an advocate assigned. */
    @Test
    void thePeoplePagesWithSearchCommunicationNeedsAPhotoAndAdvocates() throws java.io.IOException {
        browser.size(1280, 800);
        String flagged = server.post("/api/v1/people", Map.of("name", "Axe Needs"), token).json().get("id").asText();
        signInAsStaff();
        browser.go(server.url("/staff/people?q=axe"));
        browser.assertNoAxeViolations("people searched");
        browser.go(server.url("/staff/people?q=nobody-at-all"));
        browser.assertNoAxeViolations("people searched, nobody found");
        browser.go(server.url("/staff/people/" + flagged));
        browser.assertNoAxeViolations("person with no communication needs recorded");
        browser.find("#whoCanHelp").sendKeys("w".repeat(1001));
        submit(browser.find("#communication button[type=submit]"));
        browser.assertNoAxeViolations("person with communication needs refused");
        browser.find("#whoCanHelp").clear();
        browser.find("#howICommunicate").sendKeys("I use Makaton signs and point to pictures.");
        browser.find("#format").sendKeys("Easy read");
        submit(browser.find("#communication button[type=submit]"));
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("axe-person", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        browser.find("#person-photo-file").sendKeys(photo.toAbsolutePath().toString());
        submit(browser.find("#person-photo form[enctype='multipart/form-data'] button[type=submit]"));
        server.assignAdvocate(token, flagged);
        browser.go(server.url("/staff/people/" + flagged + "?advocateAssigned"));
        assertTrue(browser.find("aside.communication-needs").getText().contains("Makaton"));
        browser.assertNoAxeViolations("person with communication needs, a photo and an advocate");
        org.twofold.conversation.Walk walk = new org.twofold.conversation.Walk(server, token, flagged, "plans-change", new java.util.Random(4));
        walk.toTheEnd();
        browser.go(server.url("/staff/conversations/" + walk.conversationId + "/draft"));
        browser.assertNoAxeViolations("draft with the communication needs flagged");
        browser.go(server.url("/staff/conversations/" + walk.conversationId));
        browser.assertNoAxeViolations("finished conversation with the communication needs flagged");
    }

    @Test
    void theAdminsCareRecordTokensScreen() {
        browser.size(1280, 800);
        signInAsAdmin();
        browser.go(server.url("/staff/tokens"));
        browser.assertNoAxeViolations("care-record tokens, none yet");
        browser.find("#name").sendKeys("Axe care records");
        submit(browser.find("form[action='/staff/tokens'] button[type=submit]"));
        browser.waitUpTo(15).until(d -> !browser.all("#new-token").isEmpty());
        browser.assertNoAxeViolations("care-record token shown once");
        browser.go(server.url("/staff/tokens"));
        browser.find("tbody details summary").click();
        browser.assertNoAxeViolations("care-record tokens, revoke step open");
        submit(browser.find("form[action='/staff/logout'] button"));
    }

    @Test
    void thePersonsStepPageIsSmall() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String join = started.json().get("joinUrl").asText();
        browser.go(join);
        long html = ((Number) browser.js("return document.documentElement.outerHTML.length;")).longValue();
        long assets = server.get("/assets/twofold.css", null).body().length() + server.get("/assets/person.js", null).body().length();
        assertTrue(html + assets <= 100_000, "the step page with its CSS and script is " + (html + assets) + " bytes");
        assertEquals(200, server.get("/assets/person.js", null).status());
    }
}
