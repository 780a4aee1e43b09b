package org.twofold.draft;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.Person;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Sessions;
import org.twofold.store.Times;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;

/**
 * Staff read a finished draft with the person and can reword its outcome, with language help as
 * they type. Every change is kept in the draft beside the words the conversation first made.
 */
public final class DraftScreens {
    private static final int MAX_TEXT = 2000;
    private static final Labels REWORD = Labels.of("statement", "Outcome, in their words", "whyItMatters", "Why it matters");

    private final DraftStore drafts;
    private final PeopleRoutes people;
    private final AuditLog audit;
    private final Clock clock;

    public DraftScreens(DraftStore drafts, PeopleRoutes people, AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/staff/conversations/{id}/draft", ctx -> show(ctx, null));
        routes.post("/staff/conversations/{id}/draft", Forms.submit(REWORD, this::reword, this::show));
    }

    /** The draft, with its wording form fresh (refused null) or as typed when refused. */
    private void show(Context ctx, Form refused) {
        Principal who = Sessions.principal(ctx);
        Draft draft = find(ctx);
        Person person = people.find(who, draft.personId());
        audit.record(who, "draft.read", "conversation:" + draft.conversationId());
        Map<String, Object> m = new HashMap<>();
        m.put("draft", draft);
        m.put("person", person);
        m.put("communication", people.communicationFlag(person));
        m.put("saved", refused == null && ctx.queryParam("saved") != null);
        Map<String, String> wording = new HashMap<>();
        wording.put("statement", draft.outcome().statement());
        wording.put("whyItMatters", draft.outcome().whyItMatters());
        m.put("rewordForm", refused != null ? refused : Form.showing(wording));
        ctx.render("staff/draft.peb", m);
    }

    private void reword(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        Draft draft = find(ctx);
        people.find(who, draft.personId());
        String statement = form.required("statement", MAX_TEXT);
        String why = form.required("whyItMatters", MAX_TEXT);
        form.refuseIfWrong();
        Draft changed = draft.reworded(statement, why, who.actorId(), Times.format(clock.instant()));
        drafts.update(changed);
        audit.record(who, "draft.edit", "conversation:" + draft.conversationId());
        ctx.redirect("/staff/conversations/" + draft.conversationId() + "/draft?saved", HttpStatus.SEE_OTHER);
    }

    /** The draft of a finished conversation; whether the caller may see it is checked through its person. */
    private Draft find(Context ctx) {
        return drafts.forConversation(ctx.pathParam("id"))
            .orElseThrow(() -> new NotFound("There is no draft here: the conversation may not be finished yet."));
    }
}
