package org.twofold.language;

import java.util.List;

/** A statement split into sentences of tagged, lemmatised words. */
public record Analysis(String text, List<Sentence> sentences) {
    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
