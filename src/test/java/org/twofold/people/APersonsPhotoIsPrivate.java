package org.twofold.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * A photo of the person, taken or chosen on their page: a JPEG or PNG of at most 5 MB, kept with them and erased with them,
 * shown only to a signed-in account that may reach them, never cached.
 */
class APersonsPhotoIsPrivate extends ApiTest {
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The photo form as a browser sends it, with the page's token. */
    static Response upload(ScreenHttp screens, String personId, String filename, String type, byte[] file) {
        String boundary = "----twofold" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + filename + "\"\r\nContent-Type: "
            + type + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return screens.postBody("/staff/people/" + personId + "/photo", "multipart/form-data; boundary=" + boundary, body.toByteArray(),
            screens.tokenOn("/staff/people/" + personId));
    }

    private static int photos(String personId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             var s = c.prepareStatement("SELECT COUNT(*) FROM person_photos WHERE person_id = ?")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    @Test
    void thePhotoIsShownOnlyToThoseWhoMayReachThePerson() throws Exception {
        String ash = server.newPerson(token, "Ash Photo");
        ScreenHttp staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        Response saved = upload(staff, ash, "me.png", "image/png", png(1600, 1200));
        assertEquals(303, saved.status(), saved.toString());
        assertEquals(1, audited("person.photo", "person:" + ash));
        assertTrue(staff.get("/staff/people/" + ash).body().contains("src=\"/staff/people/" + ash + "/photo\""));
        Response shown = staff.get("/staff/people/" + ash + "/photo");
        assertEquals(200, shown.status());
        assertEquals("image/png", shown.contentType());
        assertEquals("private, no-store", shown.header("Cache-Control"));

        assertEquals(303, new ScreenHttp(server).get("/staff/people/" + ash + "/photo").status(), "without a login: to the sign-in page");
        ScreenHttp elsewhere = new ScreenHttp(server).signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, elsewhere.get("/staff/people/" + ash + "/photo").status(), "another service");
        ScreenHttp advocate = new ScreenHttp(server).signIn(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertEquals(404, advocate.get("/staff/people/" + ash + "/photo").status(), "an advocate not assigned to them");

        Response removed = staff.submit("/staff/people/" + ash, "/staff/people/" + ash + "/photo/delete", java.util.Map.of());
        assertEquals(303, removed.status());
        assertEquals(404, staff.get("/staff/people/" + ash + "/photo").status());
        assertEquals(0, photos(ash));
    }

    @Test
    void aFileThatIsNotAJpegOrPngOrIsTooBigIsRefusedAndNothingIsKept() throws Exception {
        String bo = server.newPerson(token, "Bo Refused");
        ScreenHttp staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        Response text = upload(staff, bo, "me.png", "image/png", "not a photo at all".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, text.status());
        assertTrue(text.body().contains("id=\"person-photo-problem\""), "the problem is beside the file box");
        assertTrue(text.body().contains("JPEG or PNG"), text.body());
        byte[] big = new byte[6 * 1024 * 1024];
        byte[] header = png(10, 10);
        System.arraycopy(header, 0, big, 0, header.length);
        Response tooBig = upload(staff, bo, "big.png", "image/png", big);
        assertEquals(400, tooBig.status());
        assertTrue(tooBig.body().contains("5 MB"), "says how big a photo may be");
        assertEquals(0, photos(bo));
        assertFalse(staff.get("/staff/people/" + bo).body().contains("/photo\" alt="), "no photo shown");
    }

    @Test
    void erasingThePersonErasesTheirPhoto() throws Exception {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        String cy = server.newPerson(admin, "Cy Erased");
        ScreenHttp screens = new ScreenHttp(server).signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(303, upload(screens, cy, "cy.jpg", "image/png", png(50, 40)).status());
        assertEquals(1, photos(cy));
        String exported = server.get("/api/v1/people/" + cy + "/export", admin).body();
        assertTrue(exported.contains("\"photo\":{") && exported.contains("photoBase64"), "the photo is in their subject access export");
        assertEquals(204, server.send("DELETE", "/api/v1/people/" + cy, null, admin).status());
        assertEquals(0, photos(cy));
    }
}
