package org.twofold.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.twofold.web.Json;

/** JSON from a raw response body. */
final class TestJson {
    private TestJson() {}

    static JsonNode read(String body) {
        try {
            return Json.json().readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
