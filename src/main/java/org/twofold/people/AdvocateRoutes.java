package org.twofold.people;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.twofold.people.Advocates.Advocate;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.store.Times;
import org.twofold.web.ApiException.NotFound;

/**
 * Who advocates for a person: an admin or staff member of their service assigns and unassigns the service's
 * advocates, on the API (GET /api/v1/people/{id}/advocates, PUT and DELETE .../advocates/{userId}) and on the person's
 * page. Only an advocate of the same service can be assigned; anyone else is not found. Each change is audited.
 */
final class AdvocateRoutes {
    private final Advocates advocates;
    private final PeopleRoutes people;
    private final AuditLog audit;
    private final Clock clock;

    AdvocateRoutes(Advocates advocates, PeopleRoutes people, AuditLog audit, Clock clock) {
        this.advocates = advocates;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/people/{id}/advocates", this::list, Role.ADMIN, Role.STAFF);
        routes.put("/api/v1/people/{id}/advocates/{userId}", ctx -> {
            change(ctx, true);
            list(ctx);
        }, Role.ADMIN, Role.STAFF);
        routes.delete("/api/v1/people/{id}/advocates/{userId}", ctx -> {
            change(ctx, false);
            ctx.status(HttpStatus.NO_CONTENT);
        }, Role.ADMIN, Role.STAFF);
        routes.post("/staff/people/{id}/advocates/{userId}", ctx -> afterChange(ctx, change(ctx, true), "advocateAssigned"));
        routes.post("/staff/people/{id}/advocates/{userId}/remove", ctx -> afterChange(ctx, change(ctx, false), "advocateRemoved"));
    }

    /** The service's advocates, each marked if assigned to the person. */
    private void list(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = people.find(who, ctx.pathParam("id"));
        audit.record(who, "person.advocate.list", "person:" + p.id());
        List<Map<String, Object>> out = advocates.of(p.serviceId(), p.id()).stream()
            .map(a -> Map.<String, Object>of("id", a.id(), "username", a.username(), "assigned", a.assigned())).toList();
        ctx.json(Map.of("advocates", out));
    }

    /** Assigns or unassigns the advocate in the path; an admin's or staff member's act, for an advocate of the person's service. */
    private Person change(Context ctx, boolean assign) {
        Principal who = Access.principal(ctx).onlyAs("Only staff or an admin can choose who advocates for a person.", Role.ADMIN, Role.STAFF);
        Person p = people.find(who, ctx.pathParam("id"));
        String userId = ctx.pathParam("userId");
        Advocate advocate = advocates.find(p.serviceId(), p.id(), userId)
            .orElseThrow(() -> new NotFound("There is no advocate '" + userId + "' in this service."));
        if (assign) {
            advocates.assign(p.id(), advocate.id(), who.actorId(), Times.format(clock.instant()));
            audit.record(who, "person.advocate.assign", "person:" + p.id());
        } else {
            advocates.unassign(p.id(), advocate.id());
            audit.record(who, "person.advocate.unassign", "person:" + p.id());
        }
        return p;
    }

    private static void afterChange(Context ctx, Person p, String said) {
        ctx.redirect("/staff/people/" + p.id() + "?" + said + "#advocates", HttpStatus.SEE_OTHER);
    }
}
