package org.twofold.conversation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Set;
import org.twofold.security.Sessions;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;

/**
 * The supporter's forms on a picture board: put a card on the mat (or move it) for the person, comment
 * on a card, mark the mat as practice or as real, and finish it as placed. Each redirects to the
 * conversation's page (POST/redirect/GET); a mat the tablet has already left records nothing, and the
 * page says so and shows where the conversation is now.
 */
final class MatForms {
    static final Labels LABELS = Labels.of(
        "place-card", "Card to place",
        "position", "Where it goes",
        "comment-card", "Card the comment is about",
        "comment", "Your comment");
    private static final Map<String, Double> POSITIONS = Map.of("0", 0.0, "0.5", 0.5, "1", 1.0, "1.5", 1.5, "2", 2.0);
    private static final Set<String> PRACTICE = Set.of("true", "false");

    private final Conversations conversations;

    MatForms(Conversations conversations) {
        this.conversations = conversations;
    }

    void place(Context ctx, FormFields form) {
        String node = form.text("node", 100);
        String card = form.value("card").orElse(null);
        if (card == null) {
            form.problem("place-card", "Choose the card to place.");
        }
        Double position = form.value("position").map(POSITIONS::get).orElse(null);
        if (position == null) {
            form.problem("position", "Choose where the card goes on the mat.");
        }
        form.refuseIfWrong();
        after(ctx, () -> conversations.moves().place(Sessions.principal(ctx), ctx.pathParam("id"), node, card, position));
    }

    void comment(Context ctx, FormFields form) {
        String node = form.text("node", 100);
        String card = form.value("card").orElse(null);
        if (card == null) {
            form.problem("comment-card", "Choose the card your comment is about.");
        }
        String text = form.check("comment", () -> form.text("comment", 2000));
        form.refuseIfWrong();
        after(ctx, () -> conversations.moves().comment(Sessions.principal(ctx), ctx.pathParam("id"), node, card, text));
    }

    void practice(Context ctx, FormFields form) {
        String node = form.text("node", 100);
        String practice = form.text("practice", 5);
        if (!PRACTICE.contains(practice)) {
            form.problem(null, "Something in the form was not right. Please check it and send it again.");
        }
        form.refuseIfWrong();
        after(ctx, () -> conversations.moves().practice(Sessions.principal(ctx), ctx.pathParam("id"), node, Boolean.parseBoolean(practice)));
    }

    /** The mat finished for the person as it is placed, with how it was given and what the supporter noticed. */
    static AnswerRequest finished(FormFields form) {
        How how = form.optionalText("how", 20)
            .map(h -> How.fromCode(h).orElseThrow(() -> new BadRequest("Field 'how' must be direct, supported or interpreted.")))
            .orElse(How.DIRECT);
        return new AnswerRequest(form.text("node", 100), null, null, null, how, form.optionalText("note", 2000).orElse(null),
            form.optionalText("answerId", 100).orElse(null), null, null, false);
    }

    private static void after(Context ctx, java.util.function.Supplier<StepResult> move) {
        String page = "/staff/conversations/" + ctx.pathParam("id");
        try {
            move.get();
            ctx.redirect(page + "#mat", HttpStatus.SEE_OTHER);
        } catch (StaleStep e) {
            ctx.redirect(page + "?moved=1", HttpStatus.SEE_OTHER);
        }
    }
}
