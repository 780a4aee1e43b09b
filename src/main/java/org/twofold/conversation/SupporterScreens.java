package org.twofold.conversation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.Provenance.Present;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.Person;
import org.twofold.people.PersonStore;
import org.twofold.security.Principal;
import org.twofold.security.Sessions;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.FormFields;
import org.twofold.web.QrCode;

/**
 * The supporter's view beside the person: start with who is present and consent, open the
 * tablet by QR code, follow the same step, record how each answer was given, the person's own
 * words and non-verbal cues, and pause or resume.
 */
public final class SupporterScreens {
    private final Conversations conversations;
    private final Dialogues dialogues;
    private final PeopleRoutes people;
    private final PersonStore settings;
    private final String publicUrl;

    public SupporterScreens(Conversations conversations, Dialogues dialogues, PeopleRoutes people, PersonStore settings,
                            String publicUrl) {
        this.conversations = conversations;
        this.dialogues = dialogues;
        this.people = people;
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    public void register(RoutesConfig routes) {
        routes.post("/staff/people/{id}/conversations", this::start);
        routes.get("/staff/people/{id}/try", ctx -> tryBoard(ctx, null));
        routes.post("/staff/people/{id}/try", ctx -> tryBoard(ctx, new FormFields(ctx).value("choice").orElse(null)));
        routes.get("/staff/conversations/{id}", ctx -> ctx.render("staff/conversation.peb", model(ctx, null)));
        routes.get("/staff/conversations/{id}/state", this::state);
        routes.get("/staff/conversations/{id}/events", this::events);
        routes.post("/staff/conversations/{id}/join-link", this::joinLink);
        routes.post("/staff/conversations/{id}/answer", this::answer);
        routes.post("/staff/conversations/{id}/annotate", this::annotate);
        MoveConversation moves = conversations.moves();
        routes.post("/staff/conversations/{id}/back", ctx -> after(ctx, moves.back(Sessions.principal(ctx), ctx.pathParam("id"))));
        routes.post("/staff/conversations/{id}/pause", ctx -> after(ctx, moves.pause(Sessions.principal(ctx), ctx.pathParam("id"))));
        routes.post("/staff/conversations/{id}/resume", ctx -> after(ctx, moves.resume(Sessions.principal(ctx), ctx.pathParam("id"))));
    }

    private void start(Context ctx) {
        Principal who = Sessions.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        FormFields form = new FormFields(ctx);
        String dialogueId = form.text("dialogue", 100);
        Dialogue dialogue = dialogues.find(dialogueId).orElseThrow(() -> new BadRequest("Please choose what to talk about."));
        if (form.value("consent").isEmpty()) {
            throw new BadRequest("A conversation starts only when the person agrees to take part. Tick the box when they have.");
        }
        Conversation.Consent consent = new Conversation.Consent(true, form.optionalText("consentHow", 500).orElse(null));
        StartConversation.Started s = conversations.starts().start(who, person, dialogue, present(ctx), consent);
        ctx.render("staff/conversation.peb", model(ctx, s.conversation().id(), s.joinToken()));
    }

    private static List<Present> present(Context ctx) {
        List<String> names = ctx.formParams("presentName");
        List<String> roles = ctx.formParams("presentRole");
        List<Present> out = new ArrayList<>();
        for (int i = 0; i < names.size() && i < 20; i++) {
            String name = names.get(i).strip();
            String role = i < roles.size() ? roles.get(i).strip() : "";
            if (name.length() > 200 || role.length() > 100) {
                throw new BadRequest("A name or role is too long.");
            }
            if (!name.isEmpty()) {
                out.add(new Present(name, role.isEmpty() ? null : role));
            }
        }
        return out;
    }

    private void joinLink(Context ctx) {
        Principal who = Sessions.principal(ctx);
        String id = ctx.pathParam("id");
        conversations.open(who, id);
        ctx.render("staff/conversation.peb", model(ctx, id, conversations.starts().newJoinToken(id)));
    }

    private void answer(Context ctx) {
        FormFields form = new FormFields(ctx);
        after(ctx, conversations.answers().answer(Sessions.principal(ctx), ctx.pathParam("id"), AnswerParser.parse(form)));
    }

    private void annotate(Context ctx) {
        FormFields form = new FormFields(ctx);
        int seq = form.integer("seq", 1, Integer.MAX_VALUE);
        How how = form.optionalText("how", 20).flatMap(How::fromCode).orElse(null);
        String note = form.optionalText("note", 2000).orElse(null);
        after(ctx, conversations.moves().annotate(Sessions.principal(ctx), ctx.pathParam("id"), seq, how, note));
    }

    private static void after(Context ctx, StepResult ignored) {
        ctx.redirect("/staff/conversations/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
    }

    /** What the supporter's page polls where events do not reach it, so it can refresh when the person answers on the tablet. */
    private void state(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(conversations.now(Sessions.principal(ctx), ctx.pathParam("id")));
    }

    /** The same, as it happens: the supporter's page follows the tablet through these events. */
    private void events(Context ctx) {
        Principal who = Sessions.principal(ctx);
        String id = ctx.pathParam("id");
        // Checked before the stream starts, so a refusal is the usual answer rather than an empty stream.
        conversations.open(who, id);
        conversations.changes().follow(ctx, id, () -> conversations.now(who, id));
    }

    private void tryBoard(Context ctx, String chosen) {
        Principal who = Sessions.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        var s = settings.settings(person.id());
        String access = ctx.queryParam("access");
        if (access != null) {
            s = s.with(name -> name.equals("access") ? access : null);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("person", person);
        m.put("settings", s);
        m.put("chosen", chosen);
        m.put("conversation", "try");
        m.put("methods", org.twofold.people.DisplaySettings.ACCESS);
        ctx.render("staff/try.peb", m);
    }

    private Map<String, Object> model(Context ctx, String joinToken) {
        return model(ctx, ctx.pathParam("id"), joinToken);
    }

    private Map<String, Object> model(Context ctx, String conversationId, String joinToken) {
        Principal who = Sessions.principal(ctx);
        Opened o = conversations.open(who, conversationId);
        Map<String, Object> m = new HashMap<>();
        m.put("conversation", o.conversation());
        m.put("person", people.find(who, o.conversation().personId()));
        m.put("dialogue", o.dialogue());
        m.put("status", o.state().status().code());
        m.put("step", conversations.steps().at(o.conversation(), o.dialogue(), o.state()));
        m.put("answerId", UUID.randomUUID().toString());
        m.put("ideas", ReadBack.ideas(o.dialogue(), o.state().provenance(), text -> null));
        List<ConversationState.Answered> answered = o.state().answers();
        if (!answered.isEmpty()) {
            m.put("last", answered.get(answered.size() - 1));
        }
        m.put("answerCount", answered.size());
        if (joinToken != null) {
            String url = (publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host()) + "/join/" + joinToken;
            m.put("joinUrl", url);
            m.put("qr", QrCode.svg(url, "QR code that opens this conversation on the tablet"));
        }
        return m;
    }
}
