package org.twofold.people;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.security.Sessions;
import org.twofold.store.Times;
import org.twofold.web.ApiException.Forbidden;
import org.twofold.web.FormFields;

/** Staff screens for people: the list, adding someone, their page and their display settings. */
public final class PeopleScreens {
    private final PersonStore people;
    private final PeopleRoutes lookup;
    private final Dialogues dialogues;
    private final AuditLog audit;
    private final Clock clock;

    public PeopleScreens(PersonStore people, PeopleRoutes lookup, Dialogues dialogues, AuditLog audit, Clock clock) {
        this.people = people;
        this.lookup = lookup;
        this.dialogues = dialogues;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/staff", this::list);
        routes.post("/staff/people", this::create);
        routes.get("/staff/people/{id}", this::show);
        routes.post("/staff/people/{id}/settings", this::saveSettings);
        routes.post("/staff/people/{id}/signs", this::saveSigns);
    }

    private void list(Context ctx) {
        Principal who = Sessions.principal(ctx);
        audit.record(who, "person.list", "service:" + who.serviceId());
        Map<String, Object> m = base(who);
        m.put("people", people.all(who.serviceId()));
        ctx.render("staff/people.peb", m);
    }

    private void create(Context ctx) {
        Principal who = Sessions.principal(ctx);
        if (who.role() != Role.ADMIN && who.role() != Role.STAFF) {
            throw new Forbidden("Only staff can add a person.");
        }
        FormFields form = new FormFields(ctx);
        Person p = new Person(UUID.randomUUID().toString(), who.serviceId(), form.text("name", 200),
            form.optionalText("preferredName", 200).orElse(null), form.optionalText("communicationNeeds", 2000).orElse(null),
            Times.format(clock.instant()));
        people.add(p, who.actorId());
        audit.record(who, "person.create", "person:" + p.id());
        ctx.redirect("/staff/people/" + p.id(), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        Principal who = Sessions.principal(ctx);
        Person p = lookup.find(who, ctx.pathParam("id"));
        audit.record(who, "person.read", "person:" + p.id());
        Map<String, Object> m = base(who);
        m.put("person", p);
        m.put("settings", people.settings(p.id()));
        m.put("signs", people.signs(p.id()));
        m.put("signsSaved", ctx.queryParam("signsSaved") != null);
        m.put("history", people.history(p.id()).stream().map(this::past).toList());
        m.put("dialogues", dialogues.all());
        m.put("saved", ctx.queryParam("saved") != null);
        ctx.render("staff/person.peb", m);
    }

    /** A conversation in the person's history as staff read it: the title of what they talked about, not its id. */
    public record Past(String conversationId, String title, String startedAt, String status) {}

    private Past past(PersonStore.History h) {
        String title = dialogues.find(h.dialogueId()).map(Dialogue::title).orElse("A conversation");
        return new Past(h.conversationId(), title, h.startedAt(), h.status());
    }

    private void saveSettings(Context ctx) {
        Principal who = Sessions.principal(ctx);
        Person p = lookup.find(who, ctx.pathParam("id"));
        FormFields form = new FormFields(ctx);
        // Unticked checkboxes send nothing: read them as false.
        DisplaySettings settings = people.settings(p.id()).with(name -> switch (name) {
            case "highContrast", "showLabels", "readAloud" -> form.value(name).isPresent() ? "true" : "false";
            default -> form.value(name).orElse(null);
        });
        people.saveSettings(p.id(), settings);
        audit.record(who, "person.settings", "person:" + p.id());
        ctx.redirect("/staff/people/" + p.id() + "?saved#settings", HttpStatus.SEE_OTHER);
    }

    private void saveSigns(Context ctx) {
        Principal who = Sessions.principal(ctx);
        Person p = lookup.find(who, ctx.pathParam("id"));
        FormFields form = new FormFields(ctx);
        Signs signs = new Signs(sign(form, "pain"), sign(form, "refusal"), sign(form, "anxiety"), sign(form, "consent"));
        people.saveSigns(p.id(), signs);
        audit.record(who, "person.signs", "person:" + p.id());
        ctx.redirect("/staff/people/" + p.id() + "?signsSaved#signs", HttpStatus.SEE_OTHER);
    }

    private static String sign(FormFields form, String name) {
        return form.optionalText(name, PeopleRoutes.MAX_SIGN).orElse(null);
    }

    static Map<String, Object> base(Principal who) {
        Map<String, Object> m = new HashMap<>();
        m.put("role", who.role().code());
        m.put("canAddPeople", who.role() == Role.ADMIN || who.role() == Role.STAFF);
        return m;
    }
}
