package org.twofold.board;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A board a service imported from an Open Board Format file: the board as Twofold reads it, the scale it
 * brought when that scale is not in the library (else null), the file as it came, and which of its buttons
 * each card was, so that an export gives back its licence blocks and the extensions of other apps.
 */
public record ImportedBoard(String serviceId, Board board, Scale ownScale, ObjectNode original, Map<String, String> buttonOfCard) {
    public ImportedBoard {
        buttonOfCard = buttonOfCard == null ? Map.of() : Map.copyOf(buttonOfCard);
    }
}
