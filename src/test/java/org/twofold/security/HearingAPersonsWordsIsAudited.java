package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

/** Staff hearing the audio of a person's words (and reading their display settings) is written to the audit log; the person's own tablet hearing them is not. */
class HearingAPersonsWordsIsAudited extends ApiTest {
    @Test
    void staffHearingAConversationsAudioIsAuditedAndTheTabletsOwnIsNot() throws Exception {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String conversation = started.json().get("id").asText();
        String joinUrl = started.json().get("joinUrl").asText();
        String tablet = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
        Response issued = server.post("/api/v1/conversations/" + conversation + "/speech", Map.of("text", "My sister Bernadette"), tablet);
        assertEquals(200, issued.status(), issued.toString());
        String audio = issued.json().get("audio").asText();

        assertEquals(200, server.get(audio, tablet).status());
        assertEquals(0, audited("speech.read", "conversation:" + conversation), "the person's own tablet");
        assertEquals(200, server.get(audio, token).status());
        assertEquals(1, audited("speech.read", "conversation:" + conversation), "staff of their service");
    }

    @Test
    void readingDisplaySettingsIsAudited() throws Exception {
        int before = audited("person.settings.read", "person:" + person);
        assertEquals(200, server.get("/api/v1/people/" + person + "/settings", token).status());
        assertEquals(before + 1, audited("person.settings.read", "person:" + person));
    }
}
