package org.twofold.people;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.twofold.people.PersonPage.Part;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.security.Sessions;
import org.twofold.store.Times;
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;

/**
 * Staff screens for people: the list, adding someone, their page and their display settings.
 * A refused form shows its page again, as typed, with what is wrong.
 */
public final class PeopleScreens {
    private static final Labels ADD = Labels.of(
        "name", "Full name",
        "preferredName", "What they like to be called",
        "communicationNeeds", "How they communicate best");
    private static final Labels SIGNS = Labels.of(
        "sign-pain", "How they show pain",
        "sign-refusal", "How they say no",
        "sign-anxiety", "How they show they are worried",
        "sign-consent", "How they say yes");

    private final PersonStore people;
    private final PeopleRoutes lookup;
    private final PersonPage page;
    private final AuditLog audit;
    private final Clock clock;

    public PeopleScreens(PersonStore people, PeopleRoutes lookup, PersonPage page, AuditLog audit, Clock clock) {
        this.people = people;
        this.lookup = lookup;
        this.page = page;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/staff", ctx -> list(ctx, Form.showing(Map.of())));
        routes.get("/staff/people", ctx -> list(ctx, Form.showing(Map.of())));
        routes.post("/staff/people", Forms.submit(ADD, this::create, this::list));
        routes.get("/staff/people/{id}", ctx -> page.show(ctx, Sessions.principal(ctx), person(ctx)));
        routes.post("/staff/people/{id}/settings", Forms.submit(SettingsForm.LABELS, this::saveSettings, page.again(Part.SETTINGS)));
        routes.post("/staff/people/{id}/signs", Forms.submit(SIGNS, this::saveSigns, page.again(Part.SIGNS)));
        routes.post("/staff/people/{id}/communication", Forms.submit(Communication.LABELS, this::saveCommunication,
            page.again(Part.COMMUNICATION)));
    }

    /** The list of people (those whose names hold the words searched for, ?q=), with the form to add one: fresh, or refused as typed. */
    private void list(Context ctx, Form add) {
        Principal who = Sessions.principal(ctx);
        audit.record(who, "person.list", "service:" + who.serviceId());
        Map<String, Object> m = base(who);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > PeopleRoutes.MAX_SEARCH) {
            m.put("searchProblem", "Search for " + PeopleRoutes.MAX_SEARCH + " letters or fewer.");
            q = "";
        }
        m.put("q", q);
        m.put("people", lookup.search(who, q));
        m.put("addForm", add);
        ctx.render("staff/people.peb", m);
    }

    private void create(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx).onlyAs("Only staff can add a person.", Role.ADMIN, Role.STAFF);
        String name = form.check(() -> form.name("name", 200));
        String preferredName = form.check(() -> form.optionalName("preferredName", 200).orElse(null));
        String needs = form.optional("communicationNeeds", 2000);
        form.refuseIfWrong();
        Person p = new Person(UUID.randomUUID().toString(), who.serviceId(), name, preferredName, needs,
            Times.format(clock.instant()));
        people.add(p, who.actorId());
        audit.record(who, "person.create", "person:" + p.id());
        ctx.redirect("/staff/people/" + p.id(), HttpStatus.SEE_OTHER);
    }

    private Person person(Context ctx) {
        return lookup.find(Sessions.principal(ctx), ctx.pathParam("id"));
    }

    private void saveSettings(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        Person p = lookup.find(who, ctx.pathParam("id"));
        DisplaySettings settings = SettingsForm.read(people.settings(p.id()), form);
        people.saveSettings(p.id(), settings);
        audit.record(who, "person.settings", "person:" + p.id());
        ctx.redirect("/staff/people/" + p.id() + "?saved#settings", HttpStatus.SEE_OTHER);
    }

    private void saveSigns(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        Person p = lookup.find(who, ctx.pathParam("id"));
        Signs signs = new Signs(sign(form, "pain"), sign(form, "refusal"), sign(form, "anxiety"), sign(form, "consent"));
        form.refuseIfWrong();
        people.saveSigns(p.id(), signs);
        audit.record(who, "person.signs", "person:" + p.id());
        ctx.redirect("/staff/people/" + p.id() + "?signsSaved#signs", HttpStatus.SEE_OTHER);
    }

    /** The communication needs as typed: every box checked first, so a wrong one saves none. */
    private void saveCommunication(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        Person p = lookup.find(who, ctx.pathParam("id"));
        Communication needs = Communication.from(form);
        form.refuseIfWrong();
        people.saveCommunication(p.id(), needs);
        audit.record(who, "person.communication", "person:" + p.id());
        ctx.redirect("/staff/people/" + p.id() + "?communicationSaved#communication", HttpStatus.SEE_OTHER);
    }

    /** A sign as typed, or null; too long a one is noted against its box (ids are sign-pain and so on). */
    private static String sign(FormFields form, String name) {
        var v = form.check("sign-" + name, () -> form.optionalText(name, PeopleRoutes.MAX_SIGN));
        return v == null ? null : v.orElse(null);
    }

    static Map<String, Object> base(Principal who) {
        Map<String, Object> m = new HashMap<>();
        m.put("role", who.role().code());
        m.put("canAddPeople", who.role() == Role.ADMIN || who.role() == Role.STAFF);
        return m;
    }
}
