package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.conversation.Walk;

/**
 * On the screens, from a finished conversation to an approved plan: staff word a step of the ladder with
 * the well-formedness check as they type, read the plan back on the tablet, the person says yes there,
 * and staff approve it; an approved plan offers only a new version.
 */
class StaffFinishAPlanWithThePerson extends ScreenTest {
    @Test
    void aWordedPlanIsReadBackAgreedOnTheTabletAndApproved() {
        Walk walk = new Walk(server, token, person, "washing-and-dressing", new Random(12));
        JsonNode draft = new Plans(server, token).everyPartWorded(walk.toTheEnd());
        String id = draft.get("id").asText();

        signInAsStaff();
        browser.go(server.url("/staff/conversations/" + walk.conversationId + "/draft"));
        assertEquals("/staff/drafts/" + id, browser.currentPath());
        assertTrue(browser.find(".standing").getText().contains("Status: Draft"), browser.find(".standing").getText());
        browser.assertNoAxeViolations("plan editor");

        WebElement step = browser.find("#milestones-1-supportDoes");
        step.clear();
        step.sendKeys("Staff hands me towel the.");
        browser.waitUpTo(15).until(d -> !browser.find("#milestones-1-supportDoes-help").getText().isBlank()
            && !browser.find("#milestones-1-supportDoes-help").getText().contains("Reads well"));
        browser.assertNoAxeViolations("plan editor with a sentence flagged");
        browser.screenshot("plan-editor-sentence-flagged");
        step.clear();
        step.sendKeys("Staff hand me the towel and wait outside.");
        browser.waitUpTo(15).until(d -> browser.find("#milestones-1-supportDoes-help").getText().contains("Reads well"));
        browser.find("form.draft-editor button[type=submit]").click();
        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().contains("saved=wording"));
        WebElement changes = browser.find("#changes").findElement(org.openqa.selenium.By.xpath(".."));
        assertTrue(changes.getText().contains("Staff hand me the towel and wait outside."), changes.getText());

        browser.find("input[name=how][value=supported]").click();
        browser.find("form[action$='/read-back'] button[type=submit]").click();
        browser.waitUpTo(15).until(d -> !browser.all(".join-url").isEmpty());
        browser.assertNoAxeViolations("read-back link");
        String link = browser.find(".join-url").getText().strip();

        browser.go(link);
        browser.waitUpTo(15).until(d -> browser.find("h1").getText().contains("This is your goal now."));
        assertTrue(browser.find("#prompt").getText().contains("Is this right?"));
        assertTrue(browser.driver.getPageSource().contains("Staff hand me the towel") || browser.find(".ladder").isDisplayed());
        browser.assertNoAxeViolations("read-back on the tablet");
        browser.screenshot("plan-read-back-on-the-tablet");
        browser.find("button[name=answer][value=yes]").click();
        browser.waitUpTo(15).until(d -> browser.driver.getPageSource().contains("You said yes."));
        browser.assertNoAxeViolations("the person said yes");
        browser.screenshot("plan-the-person-said-yes");

        signInAsStaff();
        browser.go(server.url("/staff/drafts/" + id));
        assertTrue(browser.find(".standing").getText().contains("Agreed with the person"), browser.find(".standing").getText());
        assertTrue(browser.find("#agree").findElement(org.openqa.selenium.By.xpath("..")).getText().contains("with support"));
        browser.find("form[action$='/approve'] button[type=submit]").click();
        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().contains("saved=approved"));
        assertTrue(browser.find(".standing").getText().contains("Approved"), browser.find(".standing").getText());
        assertTrue(browser.all("form.draft-editor textarea").isEmpty(), "an approved plan has nothing to edit");
        browser.assertNoAxeViolations("approved plan");
        browser.screenshot("plan-approved");

        browser.find("form[action$='/versions'] button[type=submit]").click();
        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().contains("saved=version"));
        assertTrue(browser.find(".standing").getText().contains("version 2"), browser.find(".standing").getText());
        assertEquals("approved", server.get("/api/v1/drafts/" + id, token).json().get("status").asText());
    }
}
