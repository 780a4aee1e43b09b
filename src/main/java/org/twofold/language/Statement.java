package org.twofold.language;

import java.util.ArrayList;
import java.util.List;

/** An analysed statement, each sentence cut into goal and reason, with the goal's subject. */
record Statement(Analysis analysis, List<Part> parts) {
    record Part(Sentence sentence, SentenceParts clauses, Subject subject) {
        List<Token> goal() {
            return clauses.goal();
        }
    }

    static Statement of(Analysis analysis) {
        List<Part> parts = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            SentenceParts clauses = SentenceParts.of(s);
            parts.add(new Part(s, clauses, Subject.of(clauses.goal())));
        }
        return new Statement(analysis, List.copyOf(parts));
    }

    String text() {
        return analysis.text();
    }

    int start() {
        return parts.isEmpty() ? 0 : parts.get(0).sentence().start();
    }

    int end() {
        return parts.isEmpty() ? text().length() : parts.get(parts.size() - 1).sentence().end();
    }
}
