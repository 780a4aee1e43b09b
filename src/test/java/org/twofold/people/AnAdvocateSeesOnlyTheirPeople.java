package org.twofold.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * An advocate sees and acts only for the people they are assigned to; staff or an admin of the person's service assign
 * and unassign them (on the API and on the person's page), and every change is audited.
 */
class AnAdvocateSeesOnlyTheirPeople extends ApiTest {
    private static List<String> names(Response list) {
        List<String> out = new ArrayList<>();
        list.json().forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    @Test
    void anAssignedAdvocateSeesTheirPersonAndNobodyElse() throws SQLException {
        String theirs = server.newPerson(token, "Rowan Assigned");
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertFalse(names(server.get("/api/v1/people", advocate)).contains("Rowan Assigned"), "not assigned yet");
        assertEquals(404, server.get("/api/v1/people/" + theirs, advocate).status());

        String advocateId = server.assignAdvocate(token, theirs);
        assertTrue(audited("person.advocate.assign", "person:" + theirs) >= 1);
        List<String> seen = names(server.get("/api/v1/people", advocate));
        assertTrue(seen.contains("Rowan Assigned"), seen.toString());
        assertFalse(seen.contains("Jo Walker"), "an advocate sees no one they are not assigned to: " + seen);
        assertEquals(200, server.get("/api/v1/people/" + theirs, advocate).status());
        assertEquals(404, server.get("/api/v1/people/" + person, advocate).status());
        JsonNode listed = server.get("/api/v1/people/" + theirs + "/advocates", token).json().get("advocates");
        assertTrue(listed.findValues("assigned").stream().anyMatch(JsonNode::asBoolean), listed.toString());

        assertEquals(204, server.send("DELETE", "/api/v1/people/" + theirs + "/advocates/" + advocateId, null, token).status());
        assertEquals(1, audited("person.advocate.unassign", "person:" + theirs));
        assertEquals(404, server.get("/api/v1/people/" + theirs, advocate).status(), "unassigned, they see the person no more");
    }

    @Test
    void theDemoAdvocateActsForTheDemoPerson() {
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertEquals(List.of("Sam Taylor"), names(server.get("/api/v1/people", advocate)).stream()
            .filter(n -> n.equals("Sam Taylor") || n.equals("Jo Walker")).toList());
    }

    @Test
    void onlyStaffOrAnAdminOfTheServiceAssignAndOnlyTheirServicesAdvocates() {
        String someone = server.newPerson(token, "Sky Unassigned");
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        String advocateId = server.get("/api/v1/people/" + someone + "/advocates", token).json().get("advocates").get(0).get("id").asText();
        assertEquals(403, server.put("/api/v1/people/" + someone + "/advocates/" + advocateId, null, advocate).status(),
            "an advocate cannot assign themselves");
        assertEquals(403, server.get("/api/v1/people/" + someone + "/advocates", advocate).status());
        Response notAnAdvocate = server.put("/api/v1/people/" + someone + "/advocates/no-such-user", null, token);
        assertEquals(404, notAnAdvocate.status(), notAnAdvocate.toString());
        assertTrue(notAnAdvocate.json().get("detail").asText().contains("no advocate"), notAnAdvocate.toString());

        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, server.put("/api/v1/people/" + someone + "/advocates/" + advocateId, null, admin).status(),
            "an admin of another service cannot reach the person");
        String elsewhere = server.newPerson(admin, "Pat Elsewhere");
        assertEquals(404, server.put("/api/v1/people/" + elsewhere + "/advocates/" + advocateId, null, admin).status(),
            "another service's advocate cannot be assigned");
        assertEquals(404, server.get("/api/v1/people/" + someone, advocate).status());
    }

    @Test
    void staffAssignOnThePersonsPageAndTheAdvocatesListShowsOnlyTheirs() {
        String quinn = server.newPerson(token, "Quinn Onscreen");
        ScreenHttp advocate = new ScreenHttp(server).signIn(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertFalse(advocate.get("/staff/people").body().contains("Quinn Onscreen"));
        assertEquals(404, advocate.get("/staff/people/" + quinn).status());

        ScreenHttp staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        String page = staff.get("/staff/people/" + quinn).body();
        String id = advocateId(page, quinn);
        Response assigned = staff.submit("/staff/people/" + quinn, "/staff/people/" + quinn + "/advocates/" + id, Map.of());
        assertEquals(303, assigned.status(), assigned.toString());
        assertTrue(staff.get("/staff/people/" + quinn + "?advocateAssigned").body().contains("Remove " + TestServer.ADVOCATE));
        assertTrue(advocate.get("/staff/people").body().contains("Quinn Onscreen"));
        assertEquals(200, advocate.get("/staff/people/" + quinn).status());
        assertFalse(advocate.get("/staff/people/" + quinn).body().contains("/advocates/"), "advocates do not assign");
        Response refused = advocate.submit("/staff/people/" + quinn, "/staff/people/" + quinn + "/advocates/" + id + "/remove", Map.of());
        assertEquals(403, refused.status());

        Response removed = staff.submit("/staff/people/" + quinn, "/staff/people/" + quinn + "/advocates/" + id + "/remove", Map.of());
        assertEquals(303, removed.status(), removed.toString());
        assertEquals(404, advocate.get("/staff/people/" + quinn).status());
    }

    private static String advocateId(String page, String personId) {
        var m = java.util.regex.Pattern.compile("/staff/people/" + personId + "/advocates/([^\"/]+)\"").matcher(page);
        assertTrue(m.find(), "the page offers to assign the advocate");
        return m.group(1);
    }
}
