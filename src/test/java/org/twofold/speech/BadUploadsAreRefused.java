package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;

class BadUploadsAreRefused extends ApiTest {
    private static final byte[] WEBM = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0x01, 0x00, 0x00, 0x00};
    private static final byte[] OGG = "OggS\0\2\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] MP4 = "\0\0\0\u0018ftypM4A \0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private static String path(String key) {
        return "/api/v1/people/" + person + "/recordings?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private static void assertRefused(int status, AudioHttp.Fetched f, String detailHas) {
        assertEquals(status, f.status(), f.toString());
        assertTrue(TestJson.read(f.text()).get("detail").asText().contains(detailHas), f.toString());
    }

    @Test
    void eachAcceptedTypeIsCheckedAgainstItsFirstBytes() {
        AudioHttp http = new AudioHttp(server);
        assertEquals(201, http.upload(path("text:Hello"), token, "audio/webm;codecs=opus", WEBM).status());
        assertEquals(201, http.upload(path("text:Hello"), token, "audio/ogg", OGG).status());
        assertEquals(201, http.upload(path("text:Hello"), token, "audio/mp4", MP4).status());
        assertEquals(201, http.upload(path("text:Hello"), token, "audio/x-wav", ARecordingReplacesSyntheticSpeechForItsPersonOnly.recordedWav(5)).status());

        assertRefused(400, http.upload(path("text:Hello"), token, "audio/wav", WEBM), "not audio/wav");
        assertRefused(400, http.upload(path("text:Hello"), token, "audio/webm", "<script>".getBytes(StandardCharsets.UTF_8)), "not audio/webm");
        assertRefused(415, http.upload(path("text:Hello"), token, "text/plain", WEBM), "audio/webm");
        assertRefused(415, http.upload(path("text:Hello"), token, "audio/mpeg", new byte[] {(byte) 0xFF, (byte) 0xFB}), "audio/wav");
        assertRefused(400, http.upload(path("text:Hello"), token, "audio/webm", new byte[0]), "empty");
    }

    @Test
    void aRecordingOverTwoMegabytesIsRefused() {
        byte[] big = Arrays.copyOf(WEBM, 2 * 1024 * 1024 + 1);
        AudioHttp http = new AudioHttp(server);
        assertRefused(413, http.upload(path("text:Too long"), token, "audio/webm", big), "2 MB");
        assertEquals(201, http.upload(path("text:Just right"), token, "audio/webm", Arrays.copyOf(WEBM, 2 * 1024 * 1024)).status());
    }

    @Test
    void theKeyMustNameATextOrASymbol() {
        AudioHttp http = new AudioHttp(server);
        assertRefused(400, http.upload("/api/v1/people/" + person + "/recordings", token, "audio/webm", WEBM), "'key'");
        assertRefused(400, http.upload(path("hello"), token, "audio/webm", WEBM), "'key'");
        assertRefused(400, http.upload(path("text:"), token, "audio/webm", WEBM), "'key'");
        assertRefused(400, http.upload(path("text:" + "a".repeat(501)), token, "audio/webm", WEBM), "500");
        assertRefused(400, http.upload(path("symbol:no-such-symbol"), token, "audio/webm", WEBM), "no-such-symbol");
    }

    @Test
    void onlySupportersOfThePersonsServiceMayUpload() {
        AudioHttp http = new AudioHttp(server);
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, http.upload(path("text:Hello"), admin, "audio/webm", WEBM).status(), "another service's person");
        assertEquals(404, http.upload("/api/v1/people/no-such/recordings?key=text:Hi", token, "audio/webm", WEBM).status());
        assertEquals(401, http.upload(path("text:Hello"), null, "audio/webm", WEBM).status());
        String join = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "my-medicines"), token)
            .json().get("joinUrl").asText();
        String tablet = join.substring(join.lastIndexOf('/') + 1);
        assertEquals(403, http.upload(path("text:Hello"), tablet, "audio/webm", WEBM).status());
    }
}
