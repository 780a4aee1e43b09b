package org.twofold.people;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Sessions;
import org.twofold.web.FormFields;
import org.twofold.web.Forms;

/**
 * A test board for a person's screen settings, with their look and their way of choosing: staff try
 * the settings as they are in the form, saved or not. The settings travel in the query, checked as
 * saving checks them; wrong ones show the person's page again with what is wrong. Choosing is
 * POST/redirect/GET, with the same settings.
 */
public final class TestBoard {
    /** A choice on the board: its id, its picture and its words. */
    public record Choice(String id, String symbol, String words) {}

    /** A way of choosing as the board offers it: its name, the board with it and every other setting kept, and whether it is in use. */
    public record Way(String name, String href, boolean current) {}

    static final List<Choice> CHOICES = List.of(
        new Choice("tea", "cup-of-tea", "Tea"),
        new Choice("water", "drink-water", "Water"));

    private final PersonStore people;
    private final PeopleRoutes lookup;
    private final PersonPage page;
    private final AuditLog audit;

    public TestBoard(PersonStore people, PeopleRoutes lookup, PersonPage page, AuditLog audit) {
        this.audit = audit;
        this.people = people;
        this.lookup = lookup;
        this.page = page;
    }

    public void register(RoutesConfig routes) {
        Forms.ShowAgain again = page.again(PersonPage.Part.SETTINGS);
        routes.get("/staff/people/{id}/try", Forms.submit(SettingsForm.LABELS, this::show, again));
        routes.post("/staff/people/{id}/try", Forms.submit(SettingsForm.LABELS, this::choose, again));
    }

    private Person person(Context ctx) {
        return lookup.find(Sessions.principal(ctx), ctx.pathParam("id"));
    }

    /** The settings in the form, or the saved ones when the board is opened plainly. */
    private DisplaySettings settings(Person person, FormFields form) {
        DisplaySettings saved = people.settings(person.id());
        return SettingsForm.given(form) ? SettingsForm.read(saved, form) : saved;
    }

    private void show(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        Person person = lookup.find(who, ctx.pathParam("id"));
        audit.record(who, "person.settings.read", "person:" + person.id());
        DisplaySettings s = settings(person, form);
        String board = board(person);
        if (ctx.queryParam("csrf") != null) {
            // Opened from the settings form, whose token came along: the address keeps only the settings.
            ctx.redirect(board + "?" + SettingsForm.query(s, s.access()), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("person", person);
        m.put("settings", s);
        m.put("fields", s.fields());
        m.put("conversation", "try");
        m.put("trying", WayOfChoosing.of(s.access()).name());
        m.put("ways", WayOfChoosing.ALL.stream()
            .map(w -> new Way(w.name(), board + "?" + SettingsForm.query(s, w.code()), w.code().equals(s.access())))
            .toList());
        m.put("choices", CHOICES);
        form.value("chose").flatMap(TestBoard::choice).ifPresent(c -> m.put("chosen", c.words()));
        ctx.render("staff/try.peb", m);
    }

    /** A choice goes back to the board with the same settings, so reloading it chooses nothing again. */
    private void choose(Context ctx, FormFields form) {
        Person person = person(ctx);
        DisplaySettings s = settings(person, form);
        String chose = form.value("choice").flatMap(TestBoard::choice).map(c -> "&chose=" + c.id()).orElse("");
        ctx.redirect(board(person) + "?" + SettingsForm.query(s, s.access()) + chose, HttpStatus.SEE_OTHER);
    }

    private static Optional<Choice> choice(String id) {
        return CHOICES.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static String board(Person person) {
        return "/staff/people/" + person.id() + "/try";
    }
}
