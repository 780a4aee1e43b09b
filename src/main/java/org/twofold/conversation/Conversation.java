package org.twofold.conversation;

import java.util.List;
import org.twofold.draft.Provenance.Present;

/**
 * A person working through one dialogue, with who was there. Its progress lives in its event log.
 * speechRate is the person's own (from their display settings), so every step is read at their pace.
 */
public record Conversation(String id, String personId, String serviceId, String dialogueId, List<Present> present,
                           Consent consent, String startedBy, String startedAt, String speechRate) {

    /** That the person agreed to take part, and how they showed it. */
    public record Consent(boolean given, String how) {}
}
