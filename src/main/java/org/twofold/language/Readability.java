package org.twofold.language;

import java.util.List;

/** too-long: a sentence over the easy-read limit, or a word that is hard in easy read. */
final class Readability implements Rule {
    @Override
    public void check(Statement statement, List<Issue> out) {
        for (Statement.Part part : statement.parts()) {
            Sentence s = part.sentence();
            int words = EasyRead.words(statement.analysis().slice(s.start(), s.end()));
            if (words > EasyRead.MAX_WORDS_PER_SENTENCE) {
                out.add(new Issue(IssueCode.TOO_LONG, "This sentence has " + words + " words. Easy read keeps to "
                    + EasyRead.MAX_WORDS_PER_SENTENCE + " or fewer.", s.start(), s.end()));
            }
            for (Token t : s.tokens()) {
                EasyRead.easierWord(t.lower()).ifPresent(easier -> out.add(new Issue(IssueCode.TOO_LONG,
                    "\"" + t.text() + "\" is hard to read. Try \"" + easier + "\".", t.start(), t.end())));
            }
        }
    }
}
