package org.twofold.conversation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.twofold.board.Boards;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.Provenance.Present;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.Person;
import org.twofold.people.PersonPage;
import org.twofold.security.AccountStore;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Sessions;
import org.twofold.security.User;
import org.twofold.web.Characters;
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;
import org.twofold.web.QrCode;

/**
 * The supporter's view beside the person: start with who is present and consent, open the
 * tablet by QR code, follow the same step, record how each answer was given, the person's own
 * words and non-verbal cues, and pause or resume. On a picture board it shows the mat live as the
 * person places it, and the supporter can comment on cards, mark the mat as practice, or place and
 * finish it for them; the mats finished so far are listed in words. Every form redirects to the conversation's page
 * (POST/redirect/GET), so reloading it never does anything twice; a refused form shows its page again.
 */
public final class SupporterScreens {
    private static final Labels START = Labels.of(
        "dialogue", "What would they like to talk about?",
        "consent", "Agreed to take part",
        "consentHow", "How they showed it")
        .or(field -> row(field, "present-name-", "Name "))
        .or(field -> row(field, "present-role-", "Role "));
    private static final Labels ANSWER = Labels.of(
        "note", "What you noticed",
        "how", "How is this answer given?",
        "text", "Something else: their words");
    private static final Labels ANNOTATE = Labels.of("last-note", "Non-verbal cues or notes");
    private static final int MAX_PRESENT = 20;

    private final Conversations conversations;
    private final Dialogues dialogues;
    private final PeopleRoutes people;
    private final PersonPage personPage;
    private final Sessions sessions;
    private final JoinLinks joinLinks;
    private final Boards boards;
    private final AuditLog audit;
    private final AccountStore accounts;

    public SupporterScreens(Conversations conversations, Dialogues dialogues, PeopleRoutes people, PersonPage personPage,
                            Sessions sessions, JoinLinks joinLinks, Boards boards, AccountStore accounts, AuditLog audit) {
        this.audit = audit;
        this.boards = boards;
        this.accounts = accounts;
        this.conversations = conversations;
        this.dialogues = dialogues;
        this.people = people;
        this.personPage = personPage;
        this.sessions = sessions;
        this.joinLinks = joinLinks;
    }

    public void register(RoutesConfig routes) {
        routes.post("/staff/people/{id}/conversations", Forms.submit(START, this::start, personPage.again(PersonPage.Part.START)));
        routes.get("/staff/conversations/{id}", ctx -> show(ctx, null, null));
        routes.get("/staff/conversations/{id}/state", this::state);
        routes.get("/staff/conversations/{id}/events", this::events);
        routes.post("/staff/conversations/{id}/join-link", this::joinLink);
        routes.post("/staff/conversations/{id}/answer", Forms.submit(ANSWER, this::answer,
            (ctx, refused) -> show(ctx, AnswerRequest.SOMETHING_ELSE.equals(refused.value("choice")) ? "elseForm" : "answerForm", refused)));
        routes.post("/staff/conversations/{id}/annotate", Forms.submit(ANNOTATE, this::annotate,
            (ctx, refused) -> show(ctx, "annotateForm", refused)));
        MatForms mat = new MatForms(conversations);
        routes.post("/staff/conversations/{id}/place", Forms.submit(MatForms.LABELS, mat::place, (ctx, refused) -> show(ctx, "placeForm", refused)));
        routes.post("/staff/conversations/{id}/comment", Forms.submit(MatForms.LABELS, mat::comment,
            (ctx, refused) -> show(ctx, "commentForm", refused)));
        routes.post("/staff/conversations/{id}/practice", Forms.submit(MatForms.LABELS, mat::practice, (ctx, refused) -> show(ctx, null, refused)));
        MoveConversation moves = conversations.moves();
        routes.post("/staff/conversations/{id}/back", ctx -> after(ctx, moves.back(Sessions.principal(ctx), ctx.pathParam("id"))));
        routes.post("/staff/conversations/{id}/pause", ctx -> after(ctx, moves.pause(Sessions.principal(ctx), ctx.pathParam("id"))));
        routes.post("/staff/conversations/{id}/resume", ctx -> after(ctx, moves.resume(Sessions.principal(ctx), ctx.pathParam("id"))));
    }

    /** Starts the conversation, then shows its page with the tablet link: reloading that page starts nothing. */
    private void start(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        Dialogue dialogue = form.value("dialogue").flatMap(dialogues::find).orElse(null);
        if (dialogue == null) {
            form.problem("dialogue", "Choose what they would like to talk about.");
        }
        if (form.value("consent").isEmpty()) {
            form.problem("consent", "Tick the box once " + (person.preferredName() != null ? person.preferredName() : person.name())
                + " has agreed to take part. A conversation starts only when they agree.");
        }
        String how = form.optional("consentHow", 500);
        List<Present> present = present(form);
        form.refuseIfWrong();
        StartConversation.Started s = conversations.starts().start(who, person, dialogue, present, new Conversation.Consent(true, how));
        showJoinLink(ctx, s.conversation().id(), s.joinToken());
    }

    private static List<Present> present(FormFields form) {
        List<String> names = form.values("presentName");
        List<String> roles = form.values("presentRole");
        List<Present> out = new ArrayList<>();
        for (int i = 0; i < names.size() && i < MAX_PRESENT; i++) {
            String name = names.get(i).strip();
            String role = i < roles.size() ? roles.get(i).strip() : "";
            if (name.length() > 200) {
                form.problem("present-name-" + (i + 1), "{label} must be 200 characters or fewer.");
            }
            if (role.length() > 100) {
                form.problem("present-role-" + (i + 1), "{label} must be 100 characters or fewer.");
            }
            String field = "present-name-" + (i + 1);
            if (!name.isEmpty() && form.check(field, () -> Characters.name(field, name)) != null) {
                out.add(new Present(name, role.isEmpty() ? null : role));
            }
        }
        return out;
    }

    /** "Name 2" for present-name-2: the rows of who is here. */
    private static String row(String field, String prefix, String label) {
        return field.startsWith(prefix) ? label + field.substring(prefix.length()) : null;
    }

    /** A new join link, shown on the conversation's page; the link shown before stops working at once. */
    private void joinLink(Context ctx) {
        Principal who = Sessions.principal(ctx);
        String id = ctx.pathParam("id");
        showJoinLink(ctx, id, conversations.starts().newJoinLink(who, conversations.open(who, id)));
    }

    /** The token goes to the page in a short-lived cookie for that page alone, never in its URL. */
    private void showJoinLink(Context ctx, String conversationId, String token) {
        sessions.showJoinLink(ctx, conversationId, token);
        ctx.redirect("/staff/conversations/" + conversationId + "#tablet", HttpStatus.SEE_OTHER);
    }

    /** An answer for a question the tablet has already moved on from records nothing: the page says so and shows where we are. */
    private void answer(Context ctx, FormFields form) {
        try {
            // A picture board is finished as it is placed: its form sends no choice.
            AnswerRequest r = form.has("choice") || form.has("rating") ? AnswerParser.parse(form) : MatForms.finished(form);
            after(ctx, conversations.answers().answer(Sessions.principal(ctx), ctx.pathParam("id"), r));
        } catch (StaleStep e) {
            ctx.redirect("/staff/conversations/" + ctx.pathParam("id") + "?moved=1", HttpStatus.SEE_OTHER);
        }
    }

    private void annotate(Context ctx, FormFields form) {
        int seq = form.integer("seq", 1, Integer.MAX_VALUE);
        How how = form.optionalText("how", 20).flatMap(How::fromCode).orElse(null);
        var note = form.check("last-note", () -> form.optionalText("note", 2000));
        form.refuseIfWrong();
        after(ctx, conversations.moves().annotate(Sessions.principal(ctx), ctx.pathParam("id"), seq, how, note.orElse(null)));
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

    /** The conversation's page: fresh, or with one of its forms refused as typed (then it does not refresh itself). */
    private void show(Context ctx, String refusedPart, Form refused) {
        String id = ctx.pathParam("id");
        Map<String, Object> m = model(ctx, id);
        audit.record(Sessions.principal(ctx), "conversation.read", "conversation:" + id);
        sessions.joinLinkToShow(ctx)
            .filter(token -> conversations.starts().joinTokenOpens(token, id))
            .ifPresent(token -> {
                String url = joinLinks.url(ctx, token);
                m.put("joinUrl", url);
                m.put("qr", QrCode.svg(url, "QR code that opens this conversation on the tablet"));
            });
        m.put("answerForm", Form.showing(Map.of("how", How.SUPPORTED.code())));
        m.put("elseForm", Form.showing(Map.of("how", How.SUPPORTED.code())));
        m.put("placeForm", Form.showing(Map.of()));
        m.put("commentForm", Form.showing(Map.of()));
        if (m.get("last") instanceof ConversationState.Answered last) {
            Map<String, Object> annotation = new HashMap<>();
            annotation.put("how", last.provenance().how());
            annotation.put("note", last.provenance().note());
            m.put("annotateForm", Form.showing(annotation));
        }
        if (refusedPart != null) {
            m.put(refusedPart, refused);
        }
        m.put("moved", ctx.queryParam("moved") != null);
        ctx.header("Cache-Control", "no-store");
        ctx.render("staff/conversation.peb", m);
    }

    private Map<String, Object> model(Context ctx, String conversationId) {
        Principal who = Sessions.principal(ctx);
        Opened o = conversations.open(who, conversationId);
        Map<String, Object> m = new HashMap<>();
        m.put("conversation", o.conversation());
        Person person = people.find(who, o.conversation().personId());
        m.put("person", person);
        m.put("communication", people.communicationFlag(person));
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
        UnaryOperator<String> names = names();
        if (m.get("step") instanceof Step step && step.mat() != null) {
            m.put("mat", SupporterMat.of(step.mat(), o.state().mat().comments(), names));
            m.put("seq", o.state().nextSeq() - 1);
        }
        m.put("finishedMats", FinishedMats.of(conversations, o, boards, names));
        return m;
    }

    /** Who wrote a comment, by their account's name, looked up once a page. */
    private UnaryOperator<String> names() {
        Map<String, String> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, key -> accounts.byId(key).map(User::username).orElse("Staff"));
    }
}
