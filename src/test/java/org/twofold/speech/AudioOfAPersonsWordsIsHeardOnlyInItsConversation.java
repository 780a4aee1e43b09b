package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * Audio of words that may be a person's own (their answers in their words, the read-back of their goal, anything
 * typed) is sent only to their conversation's tablet or an account of their service, never to be kept by a browser
 * or proxy, and anyone else is told there is no such audio. The dialogues' fixed words stay public and long cached.
 */
class AudioOfAPersonsWordsIsHeardOnlyInItsConversation extends ApiTest {
    private static final Pattern READ_BACK_SPEAKER = Pattern.compile(
        "class=\"outcome\">.*?data-audio=\"(/person/conversations/[^\"]+/audio/[0-9a-f]{32}\\.wav)\"", Pattern.DOTALL);

    private record Started(String id, String tablet, JsonNode step) {}

    private static Started start(String dialogue) {
        JsonNode json = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", dialogue), token).json();
        String url = json.get("joinUrl").asText();
        return new Started(json.get("id").asText(), url.substring(url.lastIndexOf('/') + 1), json.get("step"));
    }

    @Test
    void aClipIssuedToATabletIsHeardByItAndItsServiceOnly() throws Exception {
        Started mine = start("getting-out");
        Started other = start("getting-out");
        AudioHttp audio = new AudioHttp(server);
        Response issued = server.post("/api/v1/conversations/" + mine.id() + "/speech", Map.of("text", "My sister Bernadette"), mine.tablet());
        String api = issued.json().get("audio").asText();
        Matcher m = Pattern.compile("/api/v1/conversations/" + mine.id() + "/audio/([0-9a-f]{32})\\.wav").matcher(api);
        assertTrue(m.matches(), api);
        String id = m.group(1);
        String onTablet = "/person/conversations/" + mine.id() + "/audio/" + id + ".wav";

        assertEquals(404, withCookie(onTablet, null).statusCode(), "no one signed in: not found, as if it were not there");
        assertEquals(404, audio.get("/audio/" + id + ".wav", null).status(), "not public under its id");
        assertEquals(401, audio.get(api, null).status(), "the API asks for a token, as on every route");

        assertPrivate(audio.get(api, mine.tablet()), "the tablet's token");
        HttpResponse<byte[]> tablet = withCookie(onTablet, mine.tablet());
        assertEquals(200, tablet.statusCode());
        assertEquals("private, no-store", tablet.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("audio/wav", tablet.headers().firstValue("Content-Type").orElse(""));
        assertPrivate(audio.get(api, token), "staff of the person's service");
        String onStaffScreens = "/staff/conversations/" + mine.id() + "/audio/" + id + ".wav";
        HttpResponse<byte[]> staff = withCookie(onStaffScreens, "twofold_session=" + token);
        assertEquals(200, staff.statusCode(), "a signed-in staff member of the service, on the screens");
        assertEquals("private, no-store", staff.headers().firstValue("Cache-Control").orElse(""));

        String otherService = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, audio.get(api, otherService).status(), "another service's account");
        assertEquals(404, withCookie(onStaffScreens, "twofold_session=" + otherService).statusCode(), "another service, on the screens");
        assertEquals(404, withCookie(onTablet, other.tablet()).statusCode(), "another conversation's tablet");
        assertEquals(404, withCookie("/person/conversations/" + other.id() + "/audio/" + id + ".wav", other.tablet()).statusCode(),
            "another conversation's tablet, asking under its own conversation");
        assertEquals(404, audio.get("/api/v1/conversations/" + other.id() + "/audio/" + id + ".wav", token).status(),
            "the clip belongs to its own conversation only");
    }

    @Test
    void theReadBackOnTheTabletIsPrivateAndTheQuestionsStayPublic() throws Exception {
        Started mine = start("getting-out");
        AudioHttp audio = new AudioHttp(server);
        AudioHttp.Fetched prompt = audio.get(mine.step().get("audio").asText(), null);
        assertEquals(200, prompt.status(), "a question is the same for everyone");
        assertEquals("public, max-age=31536000, immutable", prompt.header("Cache-Control"));

        JsonNode step = mine.step();
        while (!step.get("kind").asText().equals("confirm")) {
            String node = step.get("node").asText();
            Map<String, Object> answer = step.get("kind").asText().equals("rating") ? Map.of("node", node, "rating", 4)
                : Map.of("node", node, "choice", "something-else", "text", "to see the sea with Bernadette");
            Response r = server.post("/api/v1/conversations/" + mine.id() + "/answers", answer, mine.tablet());
            assertEquals(200, r.status(), r.toString());
            step = r.json().get("step");
        }
        assertTrue(step.get("readBackAudio").asText().startsWith("/api/v1/conversations/" + mine.id() + "/audio/"), step.toString());

        String page = new String(withCookie("/person/conversations/" + mine.id(), mine.tablet()).body(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher speaker = READ_BACK_SPEAKER.matcher(page);
        assertTrue(speaker.find(), "the read-back has a speaker: " + page);
        HttpResponse<byte[]> heard = withCookie(speaker.group(1), mine.tablet());
        assertEquals(200, heard.statusCode());
        assertEquals("private, no-store", heard.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, withCookie(speaker.group(1), null).statusCode());
    }

    @Test
    void aRecordingOfAFamiliarVoiceFollowsTheSameRule() throws Exception {
        Started mine = start("getting-out");
        Started other = start("getting-out");
        AudioHttp audio = new AudioHttp(server);
        AudioHttp.Fetched uploaded = audio.upload("/api/v1/people/" + person + "/recordings?key=text:Hello%20Bernadette", token,
            "audio/wav", ARecordingReplacesSyntheticSpeechForItsPersonOnly.recordedWav(7));
        assertEquals(201, uploaded.status(), uploaded.toString());
        String api = server.post("/api/v1/conversations/" + mine.id() + "/speech", Map.of("text", "Hello Bernadette"), mine.tablet())
            .json().get("audio").asText();
        assertTrue(api.startsWith("/api/v1/conversations/" + mine.id() + "/recordings/"), api);
        String onTablet = api.replace("/api/v1/conversations/", "/person/conversations/");

        HttpResponse<byte[]> heard = withCookie(onTablet, mine.tablet());
        assertEquals(200, heard.statusCode());
        assertEquals("private, no-store", heard.headers().firstValue("Cache-Control").orElse(""));
        assertPrivate(audio.get(api, token), "staff of the person's service");
        assertEquals(404, withCookie(onTablet, null).statusCode(), "no one signed in");
        assertEquals(404, withCookie(onTablet, other.tablet()).statusCode(), "another conversation's tablet");
        assertEquals(404, audio.get(api, server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD)).status(), "another service");
    }

    private static void assertPrivate(AudioHttp.Fetched f, String who) {
        assertEquals(200, f.status(), who + ": " + f);
        assertEquals("private, no-store", f.header("Cache-Control"), who);
        assertEquals("audio/wav", f.header("Content-Type"), who);
        Wav.read(f.body());
    }

    /** A request as a browser sends it: with the tablet's cookie for this token, or the cookie given whole. */
    private static HttpResponse<byte[]> withCookie(String path, String tabletTokenOrCookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (tabletTokenOrCookie != null) {
            b.header("Cookie", tabletTokenOrCookie.contains("=") ? tabletTokenOrCookie : "twofold_tablet=" + tabletTokenOrCookie);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
