package org.twofold.language;

import java.util.List;
import java.util.Optional;
import org.twofold.language.Subject.Voice;

/** third-person: written about the person ("She wants", "John will", "To improve John's ...") instead of by them. */
final class ThirdPerson implements Rule {
    static final String MESSAGE = "Written about the person. Write it as they would say it: \"I ...\".";

    @Override
    public void check(Statement statement, List<Issue> out) {
        for (Statement.Part part : statement.parts()) {
            Subject subject = part.subject();
            if (subject.voice() == Voice.THIRD) {
                out.add(new Issue(IssueCode.THIRD_PERSON, MESSAGE, subject.start(), subject.end()));
            } else if (subject.voice() == Voice.INFINITIVE) {
                boolean firstPerson = part.sentence().tokens().stream().anyMatch(t -> t.in(Lexicon.FIRST_PERSON));
                Optional<Token> about = References.aboutInNote(part);
                if (!firstPerson && about.isPresent()) {
                    out.add(new Issue(IssueCode.THIRD_PERSON, MESSAGE, about.get().start(), about.get().end()));
                }
            }
        }
    }
}
