package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class StaffTeachTheVoiceLocalWords extends ApiTest {
    private static final String LIST = "/api/v1/speech/pronunciations";

    private static String url(String text, String as) {
        return server.post("/api/v1/speech", Map.of("text", text), as).json().get("audio").asText();
    }

    private static Response put(Object entries, String as) {
        return server.put(LIST, Map.of("pronunciations", entries), as);
    }

    @Test
    void aListedWordChangesTheAudioOfTextsThatHoldItInThatServiceOnly() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        String before = url("Siobhan will visit on Tuesday.", token);
        String untouched = url("Sam will visit on Tuesday.", token);
        String elsewhere = url("Siobhan will visit on Tuesday.", admin);

        Response saved = put(List.of(Map.of("word", "Siobhan", "say", "Shiv awn"), Map.of("word", "Bryn Mawr", "say", "Brin Mour")), token);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("Shiv awn", server.get(LIST, token).json().get("pronunciations").get(0).get("say").asText());

        String after = url("Siobhan will visit on Tuesday.", token);
        assertNotEquals(before, after);
        assertEquals(after, url("SIOBHAN will visit on Tuesday.", token), "any case of the word");
        assertEquals(untouched, url("Sam will visit on Tuesday.", token), "texts without the word keep their audio");
        assertEquals(elsewhere, url("Siobhan will visit on Tuesday.", admin), "another service's list does not apply");
        assertEquals(200, new AudioHttp(server).get(after, token).status());
        assertEquals(0, server.get(LIST, admin).json().get("pronunciations").size());
    }

    @Test
    void badListsAreRefusedAndTheSavedListIsKept() {
        assertEquals(200, put(List.of(Map.of("word", "Mrs Ng", "say", "Missus Ing")), token).status());
        assertRefused(put(List.of(Map.of("word", "Ng", "say", "Ing"), Map.of("word", "NG", "say", "Ung")), token), "already");
        assertRefused(put(List.of(Map.of("word", "", "say", "x")), token), "pronunciations[0].word");
        assertRefused(put(List.of(Map.of("word", "<b>", "say", "x")), token), "pronunciations[0].word");
        assertRefused(put(List.of(Map.of("word", "x", "say", "a".repeat(121))), token), "pronunciations[0].say");
        assertRefused(put(List.of(Map.of("word", "x")), token), "pronunciations[0]");
        assertRefused(put(List.of(Map.of("word", "x", "say", "y", "extra", "z")), token), "nothing else");
        assertRefused(put("Siobhan", token), "list");
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            many.add(Map.of("word", "word" + i, "say", "say"));
        }
        assertRefused(put(many, token), "at most 300");
        assertEquals("Mrs Ng", server.get(LIST, token).json().get("pronunciations").get(0).get("word").asText(), "nothing lost");
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertEquals(403, put(List.of(), advocate).status());
        assertEquals(200, put(List.of(), token).status());
        assertEquals(0, server.get(LIST, token).json().get("pronunciations").size());
    }

    private static void assertRefused(Response r, String detailHas) {
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.json().get("detail").asText().contains(detailHas), r.toString());
    }
}
