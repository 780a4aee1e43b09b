package org.twofold.language;

import java.util.List;

/** One sentence of a statement and its words; start and end are offsets into the statement. */
public record Sentence(int start, int end, List<Token> tokens) {
    public Token get(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
