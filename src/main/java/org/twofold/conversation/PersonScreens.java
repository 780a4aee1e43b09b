package org.twofold.conversation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.NodeKind;
import org.twofold.draft.AgreeDraft;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftStore;
import org.twofold.people.PersonStore;
import org.twofold.people.WayOfChoosing;
import org.twofold.security.AccountStore;
import org.twofold.security.Principal;
import org.twofold.security.Sessions;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.ApiException.Gone;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.ErrorResponses;
import org.twofold.web.FormFields;

/**
 * The person's own screens on the tablet: one question at a time, two big picture cards, and
 * calm secondary controls. Plain forms that work without JavaScript; person.js adds switch,
 * dwell and keyboard access, keeps answers through a dropped connection, and follows the
 * conversation when it is answered elsewhere (events, or the state polled where events fail).
 */
public final class PersonScreens {
    /** The mark on the page's address that says the person's answer came after the question had moved on. */
    static final String MOVED = "moved";

    private final Conversations conversations;
    private final PersonStore people;
    private final DraftStore drafts;
    private final AgreeDraft agreeing;
    private final AccountStore accounts;
    private final Sessions sessions;
    private final java.time.Clock clock;

    public PersonScreens(Conversations conversations, PersonStore people, DraftStore drafts, AgreeDraft agreeing,
                         AccountStore accounts, Sessions sessions, java.time.Clock clock) {
        this.agreeing = agreeing;
        this.conversations = conversations;
        this.people = people;
        this.drafts = drafts;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/join/{token}", this::join);
        routes.get("/person/conversations/{id}", this::show);
        routes.get("/person/conversations/{id}/something-else", this::somethingElse);
        routes.get("/person/conversations/{id}/state", this::state);
        routes.get("/person/conversations/{id}/events", this::events);
        routes.post("/person/conversations/{id}/answer", this::answer);
        routes.post("/person/conversations/{id}/place", this::place);
        routes.post("/person/conversations/{id}/agree", this::agree);
        MoveConversation moves = conversations.moves();
        routes.post("/person/conversations/{id}/back", this::back);
        routes.post("/person/conversations/{id}/pause", ctx -> move(ctx, moves::pause));
        routes.post("/person/conversations/{id}/resume", ctx -> move(ctx, moves::resume));
    }

    private void join(Context ctx) {
        String token = ctx.pathParam("token");
        Principal tablet = accounts.principalFor(token, clock.instant())
            .filter(Principal::isTablet)
            .orElseThrow(() -> accounts.joinTokenOfFinishedConversation(token)
                ? new Gone("This conversation has finished.")
                : new NotFound("This link has run out or is not right. Please ask staff for a new one."));
        sessions.joinOnTablet(ctx, token);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(page(tablet.conversationId()), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        Principal tablet = tablet(ctx);
        Opened o = conversations.open(tablet, ctx.pathParam("id"));
        Map<String, Object> model = model(o);
        model.put("moved", ctx.queryParam(MOVED) != null);
        Step step = (Step) model.get("step");
        if (o.state().status() == Status.ACTIVE && step.mat() != null) {
            Steps steps = conversations.steps();
            BoardScreen.model(model, step, ctx.queryParam("card"), ctx.queryParam("review") != null,
                text -> steps.audioFor(o.conversation(), text));
        }
        if (model.get("draft") instanceof Draft draft && tablet.readBack() != null && tablet.readBack().draftId().equals(draft.id())) {
            model.put("readingBack", true);
            model.put("readBack", ReadBackWords.of(text -> conversations.steps().audioFor(o.conversation(), text)));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.render(template(o), model);
    }

    /** The person's answer to their draft read back: "yes, it is right" or "not yet". */
    private void agree(Context ctx) {
        Principal tablet = tablet(ctx);
        String id = ctx.pathParam("id");
        FormFields form = new FormFields(ctx);
        int revision = form.integer("revision", 0, Integer.MAX_VALUE);
        String answer = form.text("answer", 20);
        Draft draft = drafts.forConversation(id).orElseThrow(() -> new NotFound("There is no goal here yet."));
        try {
            agreeing.answer(tablet, draft, revision, answer, WayOfChoosing.of(people.settings(draft.personId()).access()).name());
        } catch (Conflict changed) {
            ctx.redirect(page(id) + "?" + MOVED + "=1", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect(page(id), HttpStatus.SEE_OTHER);
    }

    private void somethingElse(Context ctx) {
        Principal tablet = tablet(ctx);
        Opened o = conversations.open(tablet, ctx.pathParam("id"));
        Map<String, Object> model = model(o);
        ctx.render("person/something-else.peb", model);
    }

    /** Where the conversation stands, for the tablet's script when events do not reach it. */
    private void state(Context ctx) {
        Principal tablet = tablet(ctx);
        ctx.header("Cache-Control", "no-store").json(conversations.now(tablet, ctx.pathParam("id")));
    }

    private void events(Context ctx) {
        Principal tablet = tablet(ctx);
        String id = ctx.pathParam("id");
        // Checked before the stream starts, so a refusal is the usual answer rather than an empty stream.
        conversations.open(tablet, id);
        conversations.changes().follow(ctx, id, () -> conversations.now(tablet, id));
    }

    private void answer(Context ctx) {
        Principal tablet = tablet(ctx);
        String id = ctx.pathParam("id");
        StepResult result;
        try {
            FormFields form = new FormFields(ctx);
            // "Yes, that is right" under a picture board sends the node alone: the mat as placed.
            AnswerRequest r = form.has("choice") || form.has("rating") ? AnswerParser.parse(form) : AnswerParser.matAsPlaced(form);
            result = conversations.answers().answer(tablet, id, r);
        } catch (StaleStep e) {
            movedOn(ctx, id, e);
            return;
        }
        reply(ctx, id, result);
    }

    /**
     * A card put on the picture board, or moved on it: by the script (which gets the step back as JSON)
     * or by a plain form, one for the card being handed over, whose places are its buttons.
     */
    private void place(Context ctx) {
        Principal tablet = tablet(ctx);
        String id = ctx.pathParam("id");
        FormFields form = new FormFields(ctx);
        String node = form.text("node", 100);
        String card = form.text("card", 100);
        double position = AnswerParser.position(form.text("position", 10));
        StepResult result;
        try {
            result = conversations.moves().place(tablet, id, node, card, position);
        } catch (StaleStep e) {
            movedOn(ctx, id, e);
            return;
        }
        if (wantsJson(ctx)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", result.status());
            out.put("step", result.step());
            out.put("url", page(id));
            ctx.header("Cache-Control", "no-store").json(out);
        } else {
            String review = form.value("review").isPresent() ? "?review=1" : "";
            ctx.redirect(page(id) + review, HttpStatus.SEE_OTHER);
        }
    }

    /**
     * The question had moved on before this answer came, so nothing was recorded: the person is
     * taken to where the conversation is now, and told so there. The script gets the 409 and the address.
     */
    private static void movedOn(Context ctx, String id, StaleStep e) {
        String url = page(id) + "?" + MOVED + "=1";
        if (wantsJson(ctx)) {
            Map<String, Object> out = ErrorResponses.body(e.status(), e.title(), e.detail());
            out.put("url", url);
            ctx.status(HttpStatus.CONFLICT).header("Cache-Control", "no-store").json(out);
        } else {
            ctx.redirect(url, HttpStatus.SEE_OTHER);
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json");
    }

    /** Back from the step the tablet showed; a tablet page without one (an old page) goes back from wherever it is. */
    private void back(Context ctx) {
        Principal tablet = tablet(ctx);
        String id = ctx.pathParam("id");
        MoveConversation moves = conversations.moves();
        java.util.Optional<String> shown = new FormFields(ctx).value("node");
        try {
            reply(ctx, id, shown.isPresent() ? moves.backFrom(tablet, id, shown.get()) : moves.back(tablet, id));
        } catch (StaleStep e) {
            movedOn(ctx, id, e);
        }
    }

    private void move(Context ctx, Move move) {
        Principal tablet = tablet(ctx);
        String id = ctx.pathParam("id");
        reply(ctx, id, move.apply(tablet, id));
    }

    /** The tablet's script asks for JSON so it can keep an answer through a dropped connection. */
    private static void reply(Context ctx, String id, StepResult result) {
        if (wantsJson(ctx)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", result.status());
            out.put("node", result.step().node());
            out.put("url", page(id));
            ctx.json(out);
        } else {
            ctx.redirect(page(id), HttpStatus.SEE_OTHER);
        }
    }

    private Principal tablet(Context ctx) {
        Principal tablet = Sessions.principal(ctx);
        Sessions.requireConversation(tablet, ctx.pathParam("id"));
        return tablet;
    }

    private static String template(Opened o) {
        return switch (o.state().status()) {
            case PAUSED -> "person/paused.peb";
            case FINISHED -> "person/finished.peb";
            case ACTIVE -> isBoard(o) ? "person/board.peb" : "person/step.peb";
        };
    }

    /** A picture board step has its own page; every other step is a question with its cards. */
    private static boolean isBoard(Opened o) {
        return o.dialogue().node(o.state().node()).map(n -> n.kind() == NodeKind.BOARD).orElse(false);
    }

    private Map<String, Object> model(Opened o) {
        Map<String, Object> m = new HashMap<>();
        Step step = conversations.steps().at(o.conversation(), o.dialogue(), o.state());
        m.put("conversation", o.conversation().id());
        m.put("step", step);
        m.put("live", ConversationChanges.Summary.of(o.state()));
        m.put("settings", people.settings(o.conversation().personId()));
        m.put("answerId", UUID.randomUUID().toString());
        m.put("done", step.progress().answered());
        m.put("left", step.progress().left());
        m.put("dots", dots(step.progress()));
        Steps steps = conversations.steps();
        m.put("ideas", ReadBack.ideas(o.dialogue(), o.state().provenance(), text -> steps.audioFor(o.conversation(), text)));
        if (o.state().status() == Status.PAUSED) {
            m.put("paused", new ReadBack.Idea("pause", Steps.PAUSED_PROMPT, steps.audioFor(o.conversation(), Steps.PAUSED_PROMPT)));
            m.put("carryOn", new ReadBack.Idea("resume", Steps.CARRY_ON, steps.audioFor(o.conversation(), Steps.CARRY_ON)));
        }
        if (o.state().status() == Status.FINISHED) {
            // A board whose cards lead to no dialogue yet ends with the board kept, and no goal.
            m.put("kept", new ReadBack.Idea("check", Steps.BOARD_KEPT, steps.audioFor(o.conversation(), Steps.BOARD_KEPT)));
            drafts.forConversation(o.conversation().id()).ifPresent(d -> {
                m.put("draft", d);
                m.put("statementAudio", steps.audioFor(o.conversation(), d.outcome().statement()));
                m.put("ladder", d.milestones().stream()
                    .map(ms -> new ReadBack.Idea("stairs", ms.personDoes(), steps.audioFor(o.conversation(), ms.personDoes())))
                    .toList());
            });
        }
        return m;
    }

    private static java.util.List<String> dots(Step.Progress p) {
        java.util.List<String> dots = new java.util.ArrayList<>();
        for (int i = 0; i < p.answered(); i++) {
            dots.add("done");
        }
        for (int i = 0; i < p.left(); i++) {
            dots.add("to-go");
        }
        return dots;
    }

    static String page(String conversationId) {
        return "/person/conversations/" + conversationId;
    }

    @FunctionalInterface
    private interface Move {
        StepResult apply(Principal who, String conversationId);
    }
}
