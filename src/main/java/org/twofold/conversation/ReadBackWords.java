package org.twofold.conversation;

import java.util.List;
import java.util.function.UnaryOperator;
import org.twofold.draft.AgreeDraft;

/** The words the tablet says when it reads a draft back for the person to agree, each with its audio. */
record ReadBackWords(ReadBack.Idea heading, ReadBack.Idea ask, List<Choice> choices, ReadBack.Idea notYet, ReadBack.Idea agreed) {
    static final String HEADING = "This is your goal now.";
    static final String ASK = "Is this right?";
    static final String YES = "Yes, this is right";
    static final String NOT_YET = "Not yet. I want to change it";
    static final String SAID_NOT_YET = "You said not yet. Staff will change it with you.";
    static final String SAID_YES = "You said yes. Thank you. Staff will put it in your plan.";

    /** A big answer card: its answer, picture, words and audio. */
    record Choice(String id, String symbol, String label, String audio) {}

    static List<String> texts() {
        return List.of(HEADING, ASK, YES, NOT_YET, SAID_NOT_YET, SAID_YES);
    }

    static ReadBackWords of(UnaryOperator<String> audio) {
        return new ReadBackWords(new ReadBack.Idea("goal", HEADING, audio.apply(HEADING)),
            new ReadBack.Idea("question", ASK, audio.apply(ASK)),
            List.of(new Choice(AgreeDraft.YES, "yes", YES, audio.apply(YES)),
                new Choice(AgreeDraft.NOT_YET, "change", NOT_YET, audio.apply(NOT_YET))),
            new ReadBack.Idea("change", SAID_NOT_YET, audio.apply(SAID_NOT_YET)),
            new ReadBack.Idea("yes", SAID_YES, audio.apply(SAID_YES)));
    }
}
