package org.twofold.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftStore;
import org.twofold.draft.Provenance.Present;
import org.twofold.people.PeopleRoutes;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.Characters;
import org.twofold.web.JsonBody;

/** The conversation API: start, read, answer, back, pause, resume and the finished draft. */
public final class ConversationRoutes {
    private static final int MAX_PRESENT = 20;

    private final Conversations conversations;
    private final Dialogues dialogues;
    private final PeopleRoutes people;
    private final DraftStore drafts;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final JoinLinks joinLinks;

    public ConversationRoutes(Conversations conversations, Dialogues dialogues, PeopleRoutes people, DraftStore drafts,
                              AuditLog audit, ObjectMapper json, JoinLinks joinLinks) {
        this.conversations = conversations;
        this.dialogues = dialogues;
        this.people = people;
        this.drafts = drafts;
        this.audit = audit;
        this.json = json;
        this.joinLinks = joinLinks;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/people/{id}/conversations", this::start, Role.ADMIN, Role.STAFF, Role.ADVOCATE);
        routes.get("/api/v1/conversations/{id}", this::show, Access.ACCOUNTS_AND_TABLET);
        routes.post("/api/v1/conversations/{id}/answers", this::answer, Access.ACCOUNTS_AND_TABLET);
        MoveConversation moves = conversations.moves();
        routes.post("/api/v1/conversations/{id}/back", ctx -> send(ctx, moves.back(Access.principal(ctx), ctx.pathParam("id"))), Access.ACCOUNTS_AND_TABLET);
        routes.post("/api/v1/conversations/{id}/pause", ctx -> send(ctx, moves.pause(Access.principal(ctx), ctx.pathParam("id"))), Access.ACCOUNTS_AND_TABLET);
        routes.post("/api/v1/conversations/{id}/resume", ctx -> send(ctx, moves.resume(Access.principal(ctx), ctx.pathParam("id"))), Access.ACCOUNTS_AND_TABLET);
        routes.get("/api/v1/conversations/{id}/draft", this::draft, Access.ACCOUNTS_AND_TABLET);
        routes.post("/api/v1/conversations/{id}/annotations", this::annotate, Access.ACCOUNTS);
    }

    private void start(Context ctx) {
        Principal who = Access.principal(ctx);
        var person = people.find(who, ctx.pathParam("id"));
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("dialogue", "present", "consent"));
        String dialogueId = body.text("dialogue", 100);
        Dialogue dialogue = dialogues.find(dialogueId)
            .orElseThrow(() -> new BadRequest("Field 'dialogue': there is no dialogue '" + dialogueId + "'. See GET /api/v1/dialogues."));
        StartConversation.Started s = conversations.starts().start(who, person, dialogue, present(body.node("present")), consent(body.node("consent")));
        Map<String, Object> out = view(s.conversation(), Status.ACTIVE, s.step(), null);
        out.put("joinUrl", joinLinks.url(ctx, s.joinToken()));
        ctx.status(HttpStatus.CREATED).json(out);
    }

    private void show(Context ctx) {
        Principal who = Access.principal(ctx);
        ConversationLog.Opened o = conversations.open(who, ctx.pathParam("id"));
        if (!who.isTablet()) {
            audit.record(who, "conversation.read", "conversation:" + o.conversation().id());
        }
        List<ConversationState.Answered> answered = o.state().answers();
        Map<String, Object> out = view(o.conversation(), o.state().status(), conversations.steps().at(o.conversation(), o.dialogue(), o.state()),
            answered.isEmpty() ? null : answered.get(answered.size() - 1));
        // Where a picture board has led: the dialogue the conversation is in now.
        out.put("currentDialogue", o.state().dialogue());
        if (!who.isTablet()) {
            out.put("comments", o.state().mat().comments());
        }
        ctx.json(out);
    }

    private void annotate(Context ctx) {
        conversations.open(Access.principal(ctx), ctx.pathParam("id")); // one out of reach is refused before its body is read
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("seq", "how", "note"));
        int seq = body.integer("seq", 1, Integer.MAX_VALUE);
        How how = body.optionalText("how", 20)
            .map(h -> How.fromCode(h).orElseThrow(() -> new BadRequest("Field 'how' must be direct, supported or interpreted.")))
            .orElse(null);
        String note = body.optionalText("note", 2000).orElse(null);
        if (how == null && note == null) {
            throw new BadRequest("Send 'how', 'note' or both.");
        }
        send(ctx, conversations.moves().annotate(Access.principal(ctx), ctx.pathParam("id"), seq, how, note));
    }

    private void answer(Context ctx) {
        conversations.open(Access.principal(ctx), ctx.pathParam("id")); // one out of reach is refused before its body is read
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("node", "choice", "rating", "text", "how", "note", "answerId", "symbol",
            "placements", "practice"));
        // A finished picture board is answered with its placements (or nothing more, for the mat as placed), not a choice.
        AnswerRequest r = body.has("choice") || body.has("rating") ? AnswerParser.parse(body) : AnswerParser.mat(body);
        send(ctx, conversations.answers().answer(Access.principal(ctx), ctx.pathParam("id"), r));
    }

    private void draft(Context ctx) {
        Principal who = Access.principal(ctx);
        String id = ctx.pathParam("id");
        conversations.open(who, id);
        Draft draft = drafts.forConversation(id)
            .orElseThrow(() -> new Conflict("The conversation is not finished yet, so there is no draft."));
        audit.record(who, "draft.read", "conversation:" + id);
        ctx.json(draft);
    }

    static void send(Context ctx, StepResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", r.status());
        out.put("step", r.step());
        ctx.json(out);
    }

    private static Map<String, Object> view(Conversation c, Status status, Step step, ConversationState.Answered last) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("personId", c.personId());
        out.put("dialogue", c.dialogueId());
        out.put("status", status);
        out.put("step", step);
        out.put("present", c.present());
        out.put("consent", c.consent());
        out.put("startedAt", c.startedAt());
        if (last != null) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("seq", last.seq());
            answer.put("node", last.provenance().node());
            answer.put("answer", last.provenance().answer());
            answer.put("ownWords", last.provenance().ownWords());
            answer.put("symbol", last.provenance().symbol());
            answer.put("how", last.provenance().how());
            answer.put("note", last.provenance().note());
            out.put("lastAnswer", answer);
        }
        return out;
    }

    /** Consent is optional on the API; when sent, a conversation starts only if the person agreed. */
    private static Conversation.Consent consent(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode given = node.get("given");
        JsonNode how = node.get("how");
        if (!node.isObject() || given == null || !given.isBoolean()) {
            throw new BadRequest("Field 'consent' must be {\"given\": true, \"how\": \"...\"}.");
        }
        if (!given.asBoolean()) {
            throw new BadRequest("Field 'consent.given': a conversation starts only when the person agrees to take part.");
        }
        if (how != null && !how.isNull() && (!how.isTextual() || how.asText().length() > 500)) {
            throw new BadRequest("Field 'consent.how' must be text of at most 500 characters.");
        }
        return new Conversation.Consent(true, how == null || how.isNull() ? null : how.asText().strip());
    }

    private static List<Present> present(JsonNode node) {
        List<Present> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray() || node.size() > MAX_PRESENT) {
            throw new BadRequest("Field 'present' must be a list of at most " + MAX_PRESENT + " people: [{\"name\",\"role\"}].");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            JsonNode name = p.get("name");
            JsonNode role = p.get("role");
            if (!p.isObject() || name == null || !name.isTextual() || name.asText().isBlank() || name.asText().length() > 200) {
                throw new BadRequest("Field 'present[" + i + "].name' is required: text of at most 200 characters.");
            }
            if (role != null && !role.isNull() && (!role.isTextual() || role.asText().length() > 100)) {
                throw new BadRequest("Field 'present[" + i + "].role' must be text of at most 100 characters.");
            }
            out.add(new Present(Characters.name("present[" + i + "].name", name.asText().strip()), role == null || role.isNull() ? null : role.asText().strip()));
        }
        return out;
    }
}
