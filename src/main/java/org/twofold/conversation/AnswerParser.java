package org.twofold.conversation;

import org.twofold.web.ApiException.BadField;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.Fields;

/** Reads an answer request (JSON or a form), refusing anything malformed with the field at fault named. */
final class AnswerParser {
    private AnswerParser() {}

    static AnswerRequest parse(Fields body) {
        String node = body.text("node", 100);
        boolean hasChoice = body.has("choice");
        boolean hasRating = body.has("rating");
        if (hasChoice == hasRating) {
            throw new BadRequest("Send exactly one of 'choice' (an option id, not-sure or something-else) and 'rating' (1 to 5).");
        }
        String choice = body.optionalText("choice", 100).orElse(null);
        Integer rating = hasRating ? body.integer("rating", 1, 5) : null;
        String text = body.optionalText("text", 2000).orElse(null);
        if (AnswerRequest.SOMETHING_ELSE.equals(choice) && text == null) {
            throw new BadField("text", "Field 'text' is required with something-else: type what the person communicated.",
                "Type their words, as they said or showed them.");
        }
        if (text != null && !AnswerRequest.SOMETHING_ELSE.equals(choice)) {
            throw new BadRequest("Field 'text' goes only with choice something-else; use 'note' for other notes.");
        }
        How how = body.optionalText("how", 20)
            .map(h -> How.fromCode(h).orElseThrow(() -> new BadRequest("Field 'how' must be direct, supported or interpreted.")))
            .orElse(How.DIRECT);
        String symbol = body.optionalText("symbol", 100).orElse(null);
        if (symbol != null && text == null) {
            throw new BadRequest("Field 'symbol' goes only with something-else: the picture for the person's own words.");
        }
        return new AnswerRequest(node, choice, rating, text, how,
            body.optionalText("note", 2000).orElse(null), body.optionalText("answerId", 100).orElse(null), symbol);
    }
}
