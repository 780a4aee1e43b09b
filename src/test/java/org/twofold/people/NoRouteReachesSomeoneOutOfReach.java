package org.twofold.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiRoutes;
import org.twofold.ApiRoutes.Route;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.conversation.Walk;

/**
 * Every API route and every staff screen that names a person, a conversation or a draft, tried with real ids by staff of
 * another service and by an advocate of the same service who is not assigned to the person: each is refused (403 or
 * 404), never answered with the data, never a 500. The assigned advocate gets through.
 */
class NoRouteReachesSomeoneOutOfReach extends ApiTest {
    private static String conversation;
    private static String draft;
    private static final String OTHER = "not-there";

    /** The staff screens that name someone: {p} a person, {c} a conversation. */
    private static final List<String> SCREENS_GET = List.of("/staff/people/{p}", "/staff/people/{p}/try", "/staff/people/{p}/photo",
        "/staff/people/{p}/photos/x", "/staff/conversations/{c}", "/staff/conversations/{c}/state", "/staff/conversations/{c}/draft",
        "/staff/conversations/{c}/boards/x.svg", "/staff/conversations/{c}/audio/x.wav", "/staff/conversations/{c}/photos/x",
        "/staff/conversations/{c}/pictures/x", "/staff/conversations/{c}/events", "/staff/drafts/{d}");
    private static final List<String> SCREENS_POST = List.of("/staff/people/{p}/settings", "/staff/people/{p}/signs",
        "/staff/people/{p}/communication", "/staff/people/{p}/photo", "/staff/people/{p}/photo/delete", "/staff/people/{p}/photo-cards",
        "/staff/people/{p}/photo-cards/x/delete", "/staff/people/{p}/conversations", "/staff/people/{p}/recordings",
        "/staff/people/{p}/advocates/x", "/staff/people/{p}/advocates/x/remove", "/staff/conversations/{c}/join-link",
        "/staff/conversations/{c}/answer", "/staff/conversations/{c}/annotate", "/staff/conversations/{c}/place",
        "/staff/conversations/{c}/comment", "/staff/conversations/{c}/practice", "/staff/conversations/{c}/back",
        "/staff/conversations/{c}/pause", "/staff/conversations/{c}/resume", "/staff/drafts/{d}", "/staff/drafts/{d}/approve",
        "/staff/drafts/{d}/versions", "/staff/drafts/{d}/read-back");

    @BeforeAll
    static void aFinishedConversation() {
        Walk walk = new Walk(server, token, person, "plans-change", new Random(3));
        draft = walk.toTheEnd().get("id").asText();
        conversation = walk.conversationId;
    }

    /** The API routes that name a person, a conversation or a draft, with this one's ids filled in. */
    private static List<String[]> apiRoutes() {
        List<String[]> out = new ArrayList<>();
        for (Route r : ApiRoutes.ALL) {
            String id = r.path().startsWith("/api/v1/people/{id}") ? person
                : r.path().startsWith("/api/v1/conversations/{id}") ? conversation
                : r.path().startsWith("/api/v1/drafts/{id}") ? draft : null;
            if (id != null) {
                out.add(new String[] {r.method(), r.path(id, OTHER)});
            }
        }
        return out;
    }

    private static void refusedOnTheApi(String caller, String who) {
        List<String[]> routes = apiRoutes();
        assertTrue(routes.size() >= 30, "the routes that name someone: " + routes.size());
        for (String[] route : routes) {
            Response r = server.send(route[0], route[1], Map.of(), caller);
            assertTrue(r.status() == 403 || r.status() == 404, who + ": " + route[0] + " " + route[1] + " gave " + r);
        }
    }

    private static void refusedOnTheScreens(ScreenHttp screens, String who) {
        for (String path : SCREENS_GET) {
            String p = path.replace("{p}", person).replace("{c}", conversation).replace("{d}", draft);
            Response r = screens.get(p);
            assertTrue(r.status() == 403 || r.status() == 404, who + ": GET " + p + " gave " + r);
        }
        for (String path : SCREENS_POST) {
            String p = path.replace("{p}", person).replace("{c}", conversation).replace("{d}", draft);
            Response r = screens.submit("/staff", p, Map.of("dialogue", "plans-change", "consent", "yes"));
            assertTrue(r.status() == 403 || r.status() == 404, who + ": POST " + p + " gave " + r);
        }
    }

    @Test
    void staffOfAnotherServiceReachNothing() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        refusedOnTheApi(admin, "another service's admin");
        refusedOnTheScreens(new ScreenHttp(server).signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD), "another service's admin");
    }

    @Test
    void anUnassignedAdvocateReachesNothingAndTheAssignedOneGetsThrough() {
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        refusedOnTheApi(advocate, "an unassigned advocate");
        ScreenHttp screens = new ScreenHttp(server).signIn(TestServer.ADVOCATE, TestServer.PASSWORD);
        refusedOnTheScreens(screens, "an unassigned advocate");

        server.assignAdvocate(token, person);
        try {
            for (String path : List.of("/api/v1/people/" + person, "/api/v1/people/" + person + "/communication",
                "/api/v1/conversations/" + conversation, "/api/v1/conversations/" + conversation + "/draft", "/api/v1/drafts/" + draft)) {
                Response r = server.get(path, advocate);
                assertEquals(200, r.status(), path + " " + r);
            }
            assertEquals("/staff/drafts/" + draft, screens.get("/staff/conversations/" + conversation + "/draft").header("Location"));
            for (String path : List.of("/staff/people/" + person, "/staff/conversations/" + conversation, "/staff/drafts/" + draft)) {
                Response r = screens.get(path);
                assertEquals(200, r.status(), path + " " + r);
                assertTrue(r.body().contains("class=\"communication-needs\""), path + " flags the communication needs");
            }
            // The same way of sending a form as above, so the refusals above were the person's being out of reach.
            Response saved = screens.submit("/staff", "/staff/people/" + person + "/communication", Map.of("format", "Easy read"));
            assertEquals(303, saved.status(), saved.toString());
            assertEquals("Easy read", server.get("/api/v1/people/" + person + "/communication", token).json().get("format").asText());
        } finally {
            String id = server.get("/api/v1/people/" + person + "/advocates", token).json().get("advocates").get(0).get("id").asText();
            server.send("DELETE", "/api/v1/people/" + person + "/advocates/" + id, null, token);
        }
    }
}
