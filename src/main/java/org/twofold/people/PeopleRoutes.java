package org.twofold.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.store.Times;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.JsonBody;

/**
 * POST /api/v1/people, GET /api/v1/people (?q= searches names), GET /api/v1/people/{id}, their settings, signs and
 * communication needs. Every read and write is audited. {@link #find} is where every feature asks whether the caller
 * may reach a person: their service's, and for an advocate only those assigned to them.
 */
public final class PeopleRoutes {
    static final int MAX_SIGN = 500;
    static final int MAX_SEARCH = 200;

    private final PersonStore people;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public PeopleRoutes(PersonStore people, AuditLog audit, ObjectMapper json, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/people", this::create, Role.ADMIN, Role.STAFF);
        routes.get("/api/v1/people", this::list, Access.ACCOUNTS);
        routes.get("/api/v1/people/{id}", this::show, Access.ACCOUNTS);
        routes.get("/api/v1/people/{id}/settings", this::showSettings, Access.ACCOUNTS);
        routes.put("/api/v1/people/{id}/settings", this::saveSettings, Access.ACCOUNTS);
        routes.get("/api/v1/people/{id}/signs", this::showSigns, Access.ACCOUNTS);
        routes.put("/api/v1/people/{id}/signs", this::saveSigns, Access.ACCOUNTS);
        routes.get("/api/v1/people/{id}/communication", this::showCommunication, Access.ACCOUNTS);
        routes.put("/api/v1/people/{id}/communication", this::saveCommunication, Access.ACCOUNTS);
    }

    private void create(Context ctx) {
        Principal who = Access.principal(ctx);
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("name", "preferredName", "communicationNeeds"));
        Person p = new Person(UUID.randomUUID().toString(), who.serviceId(), body.name("name", 200),
            body.optionalName("preferredName", 200).orElse(null),
            body.optionalText("communicationNeeds", 2000).orElse(null),
            Times.format(clock.instant()));
        people.add(p, who.actorId());
        audit.record(who, "person.create", "person:" + p.id());
        ctx.status(HttpStatus.CREATED).json(p);
    }

    private void show(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = find(who, ctx.pathParam("id"));
        audit.record(who, "person.read", "person:" + p.id());
        ctx.json(p);
    }

    private void list(Context ctx) {
        Principal who = Access.principal(ctx);
        audit.record(who, "person.list", "service:" + who.serviceId());
        ctx.json(search(who, ctx.queryParam("q")));
    }

    /** The people the caller may reach whose name or preferred name holds the words searched for (all of them when none). */
    List<Person> search(Principal who, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_SEARCH) {
            throw new BadRequest("Search for at most " + MAX_SEARCH + " characters.");
        }
        return people.all(who).stream().filter(p -> p.matches(q)).toList();
    }

    private void showCommunication(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = find(who, ctx.pathParam("id"));
        audit.record(who, "person.communication.read", "person:" + p.id());
        ctx.json(people.communication(p.id()));
    }

    /** PUT the communication needs whole: each of the five optional, at most 1000 characters; a wrong one saves none. */
    private void saveCommunication(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = find(who, ctx.pathParam("id"));
        Communication needs = Communication.from(JsonBody.of(ctx, json));
        people.saveCommunication(p.id(), needs);
        audit.record(who, "person.communication", "person:" + p.id());
        ctx.json(needs);
    }

    private void showSettings(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = find(who, ctx.pathParam("id"));
        audit.record(who, "person.settings.read", "person:" + p.id());
        ctx.json(people.settings(p.id()));
    }

    private void saveSettings(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = find(who, ctx.pathParam("id"));
        JsonBody body = JsonBody.of(ctx, json);
        DisplaySettings settings = people.settings(p.id()).with(name -> body.has(name) ? body.node(name).asText() : null);
        people.saveSettings(p.id(), settings);
        audit.record(who, "person.settings", "person:" + p.id());
        ctx.json(settings);
    }

    private void showSigns(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = find(who, ctx.pathParam("id"));
        audit.record(who, "person.signs.read", "person:" + p.id());
        ctx.json(people.signs(p.id()));
    }

    /** PUT the four signs whole: pain, refusal, anxiety, consent (each optional, at most 500 characters). */
    private void saveSigns(Context ctx) {
        Principal who = Access.principal(ctx);
        Person p = find(who, ctx.pathParam("id"));
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("pain", "refusal", "anxiety", "consent"));
        Signs signs = new Signs(body.optionalText("pain", MAX_SIGN).orElse(null), body.optionalText("refusal", MAX_SIGN).orElse(null),
            body.optionalText("anxiety", MAX_SIGN).orElse(null), body.optionalText("consent", MAX_SIGN).orElse(null));
        people.saveSigns(p.id(), signs);
        audit.record(who, "person.signs", "person:" + p.id());
        ctx.json(signs);
    }

    /**
     * A person the caller may reach: of their own service and, for an advocate, assigned to them. Anyone else is as if
     * they did not exist.
     */
    public Person find(Principal who, String id) {
        return people.find(who, id).orElseThrow(() -> new NotFound("There is no person '" + id + "'."));
    }

    /** What the box at the top of the person's pages says about communicating with them. */
    public CommunicationFlag communicationFlag(Person p) {
        return CommunicationFlag.of(p, people.communication(p.id()));
    }

    /** Whether the caller may reach the person a conversation is with. */
    public boolean reaches(Principal who, String conversationId) {
        return people.ofConversation(who, conversationId).isPresent();
    }

    /** The person a conversation is with, if the caller may reach them (see {@link #find}); else as if there were no such conversation. */
    public Person ofConversation(Principal who, String conversationId) {
        return people.ofConversation(who, conversationId)
            .orElseThrow(() -> new NotFound("There is no conversation '" + conversationId + "'."));
    }
}
