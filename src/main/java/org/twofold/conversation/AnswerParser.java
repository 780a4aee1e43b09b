package org.twofold.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.twofold.board.Placement;
import org.twofold.web.ApiException.BadField;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.Fields;
import org.twofold.web.JsonBody;

/** Reads an answer request (JSON or a form), refusing anything malformed with the field at fault named. */
final class AnswerParser {
    /** Far more than a board's 12 cards and a person's photo cards. */
    private static final int MOST_PLACEMENTS = 64;

    private AnswerParser() {}

    /** A finished picture board: {"node","placements":[{"card","position"}],"practice"}; no placements take the mat as placed. */
    static AnswerRequest mat(JsonBody body) {
        String node = body.text("node", 100);
        JsonNode given = body.node("placements");
        List<Placement> placements = given == null || given.isNull() ? null : placements(given);
        JsonNode practice = body.node("practice");
        if (practice != null && !practice.isNull() && !practice.isBoolean()) {
            throw new BadRequest("Field 'practice' must be true or false.");
        }
        How how = body.optionalText("how", 20)
            .map(h -> How.fromCode(h).orElseThrow(() -> new BadRequest("Field 'how' must be direct, supported or interpreted.")))
            .orElse(How.DIRECT);
        return new AnswerRequest(node, null, null, null, how, body.optionalText("note", 2000).orElse(null),
            body.optionalText("answerId", 100).orElse(null), null, placements, practice != null && practice.asBoolean());
    }

    /** A finished picture board from the tablet's form: the node alone, for the mat as placed. */
    static AnswerRequest matAsPlaced(Fields body) {
        String node = body.text("node", 100);
        return new AnswerRequest(node, null, null, null, How.DIRECT, null, body.optionalText("answerId", 100).orElse(null), null,
            null, false);
    }

    /** A position from a form: 0, 0.5, 1, 1.5 or 2. */
    static double position(String text) {
        try {
            double position = Double.parseDouble(text);
            if (Placement.onTheMat(position)) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below, with the places there are
        }
        throw new BadRequest("Field 'position' must be 0, 0.5, 1, 1.5 or 2: from the scale's left point (0) to its right point (2).");
    }

    private static List<Placement> placements(JsonNode given) {
        if (!given.isArray() || given.size() > MOST_PLACEMENTS) {
            throw new BadRequest("Field 'placements' must be a list of at most " + MOST_PLACEMENTS + " {\"card\", \"position\"}.");
        }
        List<Placement> out = new ArrayList<>();
        for (JsonNode p : given) {
            JsonNode card = p.get("card");
            if (card == null || !card.isTextual() || card.asText().isBlank() || card.asText().length() > 100) {
                throw new BadRequest("Each placement needs 'card': the id of a card on the board.");
            }
            out.add(new Placement(card.asText(), position(p.get("position"))));
        }
        return out;
    }

    /** A position on the mat: 0 (the left point) to 2 (the right point) in steps of 0.5. */
    static double position(JsonNode position) {
        if (position == null || !position.isNumber() || !Placement.onTheMat(position.asDouble())) {
            throw new BadRequest("Field 'position' must be 0, 0.5, 1, 1.5 or 2: from the scale's left point (0) to its right point (2).");
        }
        return position.asDouble();
    }

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
