package org.twofold.speech;

import java.util.Optional;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.ApiException.BadRequest;

/** What a recording replaces: "text:" and the exact words shown, or "symbol:" and a symbol id. */
final class RecordingKey {
    private static final String TEXT = "text:";
    private static final String SYMBOL = "symbol:";

    private RecordingKey() {}

    static String text(String text) {
        return TEXT + text;
    }

    static String symbol(String symbolId) {
        return SYMBOL + symbolId;
    }

    /** Checks a key sent by a supporter, and gives it in the form lookups use. */
    static String parse(String raw, SymbolCatalogue symbols) {
        String key = Optional.ofNullable(raw).map(String::strip).orElse("");
        if (key.startsWith(TEXT)) {
            String text = key.substring(TEXT.length()).strip();
            if (text.isEmpty() || text.length() > Speech.MAX_TEXT) {
                throw new BadRequest("Parameter 'key': the text after 'text:' must be 1 to " + Speech.MAX_TEXT + " characters.");
            }
            return text(text);
        }
        if (key.startsWith(SYMBOL)) {
            String id = key.substring(SYMBOL.length()).strip();
            if (!symbols.has(id)) {
                throw new BadRequest("Parameter 'key': there is no symbol '" + id + "'. See GET /api/v1/symbols.");
            }
            return symbol(id);
        }
        throw new BadRequest("Parameter 'key' is required: 'text:<the exact words shown>' or 'symbol:<symbol id>'.");
    }
}
