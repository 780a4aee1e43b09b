package org.twofold.conversation;

import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.security.Principal;
import org.twofold.store.Database;

/** The conversation use cases, built once in App and shared by the API and the screens. */
public record Conversations(Database db, ConversationLog log, StartConversation starts, AnswerStep answers,
                            MoveConversation moves, Steps steps, ConversationChanges changes) {

    /** A conversation of the caller's service (or the tablet's own), brought up to where it stands. */
    public Opened open(Principal who, String conversationId) {
        Opened o = db.read(tx -> log.open(tx, who, conversationId));
        // Read from what has committed, and only read from here on: kept for the next one to open it.
        log.keep(o);
        return o;
    }

    /** Where the conversation stands now, as those who follow it compare it with what they show. */
    public ConversationChanges.Summary now(Principal who, String conversationId) {
        return ConversationChanges.Summary.of(open(who, conversationId).state());
    }
}
