package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.web.RawHttp.Answer;
import org.twofold.web.RawHttp.Header;

/**
 * People are named in their own script (Welsh, Urdu, Chinese, Hindi, Greek, emoji...) and the name comes
 * back exactly as typed; a name with nothing to see, or with hidden controls, is refused with a clear
 * message, on the API and on the screen alike, and nothing is stored.
 */
class NamesInEveryScriptAreKept extends ApiTest {
    @ParameterizedTest
    @ValueSource(strings = {"Siân Llŷr", "Dafydd ap Gruffudd", "عائشہ خان", "محمد\u200f علی", "王小明", "अनीता शर्मा",
        "Σοφία Παπαδοπούλου", "Łukasz Żółć", "Seán Ó Briain", "Zoë O'Neill-Smith", "Jo 🌈", "👩‍🦰 Ann", "Ngũgĩ", "Nguyễn Thị Minh",
        "김민준", "Ёжик", "Ásgeir", "T", "李", "😀"})
    void aNameInAnyScriptIsKeptAsTyped(String name) {
        Response r = server.post("/api/v1/people", Map.of("name", name, "preferredName", name), token);
        assertEquals(201, r.status(), name + ": " + r);
        assertEquals(name, r.json().get("name").asText());
        String id = r.json().get("id").asText();
        assertEquals(name, server.get("/api/v1/people/" + id, token).json().get("preferredName").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200b\u200b\u200b", "\u200e", "\u200f\u200e", "\u2060", "\ufeff", "\u3164", "\u2800",
        "\u00ad", "\u00a0", "\u3000\u200b", "\u034f"})
    void aNameOfOnlyInvisibleCharactersIsRefused(String name) {
        assertRefused(name, "can be seen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "Jo\u001b[31m", "Jo\u0007", "Jo\nWalker", "Jo\tWalker", "Jo\u202eremlaW", "ab\u202dcd",
        "\u2066Jo\u2069", "Jo\ud800", "\udc00Jo"})
    void aNameWithHiddenControlsIsRefused(String name) {
        assertRefused(name, "character");
    }

    private static void assertRefused(String name, String detailHas) {
        StoredState before = StoredState.of(data);
        for (String field : List.of("name", "preferredName")) {
            Map<String, String> body = field.equals("name") ? Map.of("name", name) : Map.of("name", "Jo", "preferredName", name);
            Response r = server.post("/api/v1/people", Hostile.objectOf(body), token);
            assertEquals(400, r.status(), field + " " + Hostile.jsonString(name) + ": " + r);
            assertTrue(r.json().get("detail").asText().contains("'" + field + "'"), r.toString());
            assertTrue(r.json().get("detail").asText().contains(detailHas), r.toString());
        }
        assertEquals(before, StoredState.of(data), "nothing stored for " + Hostile.jsonString(name));
    }

    @Test
    void theScreenRefusesABlankNameInPlainWordsAndKeepsAGoodOne() {
        RawHttp http = new RawHttp(Integer.parseInt(server.url("").replaceAll(".*:", "")));
        String cookie = http.staffCookie(TestServer.STAFF, TestServer.PASSWORD);
        List<Header> headers = List.of(new Header("Cookie", cookie), new Header("Content-Type", "application/x-www-form-urlencoded"));
        String withToken = "csrf=" + RawHttp.formToken(http.send("GET", "/staff", List.of(new Header("Cookie", cookie)), null)) + "&";
        StoredState before = StoredState.of(data);

        Answer blank = http.send("POST", "/staff/people", headers, (withToken + "name=" + Hostile.formEncoded("\u200b\u200b")).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, blank.status(), blank.toString());
        assertTrue(blank.text().contains("Full name must have letters or numbers that can be seen."), blank.toString());
        Answer hidden = http.send("POST", "/staff/people", headers,
            (withToken + "name=Jo&preferredName=" + Hostile.formEncoded("Jo\u202eWalker")).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, hidden.status(), hidden.toString());
        assertTrue(hidden.text().contains("has a hidden character in it"), hidden.toString());
        assertFalse(hidden.text().contains("Field '"), hidden.toString());
        assertEquals(before, StoredState.of(data), "nothing stored from a refused form");

        Answer welsh = http.send("POST", "/staff/people", headers, (withToken + "name=" + Hostile.formEncoded("Siân Llŷr")).getBytes(StandardCharsets.UTF_8));
        assertEquals(303, welsh.status(), welsh.toString());
        String id = welsh.header("Location").replaceAll(".*/", "");
        assertEquals("Siân Llŷr", server.get("/api/v1/people/" + id, token).json().get("name").asText());
    }
}
