package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class HealthCheckAnswersOk extends ApiTest {
    @Test
    void healthIsOkWithoutSigningIn() {
        Response r = server.get("/health", null);
        assertEquals(200, r.status());
        assertEquals("ok", r.json().get("status").asText());
    }

    @Test
    void symbolsAreServedAsSvg() {
        Response r = server.get("/symbols/yes.svg", null);
        assertEquals(200, r.status());
        assertEquals("image/svg+xml", r.contentType());
        assertEquals(404, server.get("/symbols/unicorn.svg", null).status());
    }
}
