package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;
import org.twofold.ScreenTest;

/** The person's staff page adds a photo card, taken or chosen in the browser, removes it, and refuses a file that is not a photo plainly. */
class StaffAddAPhotoCardOnThePersonsPage extends ScreenTest {
    @TempDir
    static Path files;

    @Test
    void theFormAddsACardWhosePhotoShowsOnThePageAndItsButtonRemovesIt() throws IOException {
        String jo = server.newPerson(token, "Jo Camera");
        Path photo = Files.write(files.resolve("dog.jpg"), Photos.jpeg(1400, 1000));
        signInAsStaff();
        browser.go(server.url("/staff/people/" + jo));
        browser.assertNoAxeViolations("person page with the photo card form");

        new Select(browser.find("#photo-board")).selectByValue(Mats.BOARD);
        browser.find("#photo-label").sendKeys("My dog");
        browser.find("#photo-say").sendKeys("This is my dog Rex.");
        new Select(browser.find("#photo-dialogue")).selectByValue("my-medicines");
        assertEquals("environment", browser.find("#photo").getAttribute("capture"), "a tablet takes the photo with its camera");
        browser.find("#photo").sendKeys(photo.toAbsolutePath().toString());
        submit(browser.find("#photo-cards form[enctype='multipart/form-data'] button[type=submit]"));

        assertEquals(200, pageStatus());
        assertTrue(browser.find("#photo-cards [role=status]").getText().startsWith("Added"));
        assertEquals(1, server.get("/api/v1/people/" + jo + "/photo-cards", token).json().get("photoCards").size());
        browser.waitUpTo(15).until(d -> Boolean.TRUE.equals(browser.js(
            "var i = document.querySelector('#photo-cards li img'); return i !== null && i.complete && i.naturalWidth === 1024;")));
        assertTrue(browser.find("#photo-cards li").getText().contains("My dog"));
        browser.assertNoAxeViolations("person page with a photo card");

        submit(browser.find("#photo-cards li form button[type=submit]"));
        assertTrue(browser.find("#photo-cards [role=status]").getText().startsWith("Removed"));
        assertEquals(0, server.get("/api/v1/people/" + jo + "/photo-cards", token).json().get("photoCards").size());
        assertEquals(0, browser.all("#photo-cards li").size());
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedBesideItsFieldAndNothingIsStored() throws IOException {
        String jo = server.newPerson(token, "Jo Mistake");
        Path text = Files.writeString(files.resolve("notes.png"), "These are my notes, not a photo.", StandardCharsets.UTF_8);
        signInAsStaff();
        browser.go(server.url("/staff/people/" + jo));
        browser.find("#photo-label").sendKeys("My notes");
        browser.find("#photo").sendKeys(text.toAbsolutePath().toString());
        submit(browser.find("#photo-cards form[enctype='multipart/form-data'] button[type=submit]"));

        assertRefusedPlainly("photo card", 400, 1);
        assertEquals("My notes", browser.find("#photo-label").getAttribute("value"), "what was typed is kept");
        assertTrue(browser.find("#photo-problem").getText().contains("JPEG or PNG"));
        assertEquals(0, server.get("/api/v1/people/" + jo + "/photo-cards", token).json().get("photoCards").size());
    }
}
