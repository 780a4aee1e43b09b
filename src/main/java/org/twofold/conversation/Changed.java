package org.twofold.conversation;

import org.twofold.conversation.ConversationLog.Opened;

/**
 * What a change did, worked out inside its transaction: the conversation opened and brought up to
 * date, the status and step to answer with, and whether anything was recorded. Only once the
 * transaction has committed is the new state kept and told to those who follow the conversation.
 */
record Changed(Opened opened, Status status, String node, boolean recorded) {
    static Changed recorded(Opened o) {
        return new Changed(o, o.state().status(), o.state().node(), true);
    }

    static Changed nothing(Opened o) {
        return new Changed(o, o.state().status(), o.state().node(), false);
    }

    /** A resent answer: the reply it had the first time, with nothing new recorded. */
    static Changed resent(Opened o, Status status, String node) {
        return new Changed(o, status, node, false);
    }

    /** Call once committed: keeps the new state, tells its followers, and builds the reply (outside the writer). */
    StepResult committed(ConversationLog log, ConversationChanges changes, Steps steps) {
        if (recorded) {
            log.keep(opened);
            changes.publish(opened.conversation().id(), ConversationChanges.Summary.of(opened.state()));
        }
        return new StepResult(status, steps.of(opened.conversation(), opened.dialogue(), node, opened.state()));
    }
}
