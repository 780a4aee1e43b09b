package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/** Speaker buttons on the tablet play real speech at the person's rate, or a familiar voice recorded in the browser. */
class ThePersonCanHearEveryWord extends ScreenTest {
    private String promptAudio() {
        return browser.find(".prompt-row .speak").getAttribute("data-audio");
    }

    @Test
    void everyPromptAndOptionHasASpeakerThatPlaysAWav() {
        String person = server.newPerson(token, "Hana Hear");
        openOnTablet(person, "my-medicines");
        List<WebElement> speakers = browser.all(".speak");
        assertTrue(speakers.size() >= 3, "a speaker for the question and each option");
        for (WebElement speaker : speakers) {
            Response clip = server.get(speaker.getAttribute("data-audio"), null);
            assertEquals(200, clip.status(), speaker.getAttribute("aria-label"));
            assertTrue(clip.contentType().startsWith("audio/wav"), clip.contentType());
        }
        WebElement second = speakers.get(2);
        second.click();
        assertEquals(second.getAttribute("data-audio"), browser.find("body").getAttribute("data-last-played"));
    }

    @Test
    void readAloudAutomaticallyAndSlowerSpeechFollowTheirSettings() {
        String usual = server.newPerson(token, "Una Usual");
        openOnTablet(usual, "my-medicines");
        String normal = promptAudio();
        assertEquals(null, browser.find("body").getAttribute("data-last-played"), "nothing plays unless asked");

        String slower = server.newPerson(token, "Sol Slower");
        settings(slower, Map.of("speechRate", "slower", "readAloud", true));
        openOnTablet(slower, "my-medicines");
        assertNotEquals(normal, promptAudio(), "slower speech is another clip");
        assertEquals(promptAudio(), browser.find("body").getAttribute("data-last-played"), "the question is read out at once");
    }

    @Test
    void aVoiceRecordedByTheSupporterReplacesSyntheticSpeechForThatPersonOnly() {
        String person = server.newPerson(token, "Fay Familiar");
        signInAsStaff();
        browser.go(server.url("/staff/people/" + person));
        browser.find("input[name=dialogue][value=my-medicines]").click();
        browser.find("input[name=consent]").click();
        browser.find("section[aria-labelledby=start] button[type=submit]").click();
        browser.waitUpTo(10).until(d -> !browser.all("[data-recorder]:not([hidden])").isEmpty());
        String joinUrl = browser.find(".join-url").getText();

        WebElement record = browser.all("[data-record]").get(0);
        record.click();
        browser.waitUpTo(10).until(d -> record.getText().startsWith("Stop"));
        sleepQuietly(1200);
        record.click();
        browser.waitUpTo(10).until(d -> browser.find("[data-record-status]").getText().startsWith("Saved"));

        browser.go(joinUrl);
        String url = promptAudio();
        assertTrue(url.startsWith("/person/conversations/") && url.contains("/recordings/"), url);
        Object status = browser.driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done('failed ' + e));", url);
        assertTrue(String.valueOf(status).startsWith("200 audio/webm"), String.valueOf(status));

        String other = server.newPerson(token, "Oli Other");
        openOnTablet(other, "my-medicines");
        assertTrue(promptAudio().startsWith("/audio/"), "another person still hears synthetic speech");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
