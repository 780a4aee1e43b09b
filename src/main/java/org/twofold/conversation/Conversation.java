package org.twofold.conversation;

import java.util.List;
import org.twofold.draft.Provenance.Present;

/** A person working through one dialogue, with who was there. Its progress lives in its event log. */
public record Conversation(String id, String personId, String serviceId, String dialogueId, List<Present> present,
                           String startedBy, String startedAt) {}
