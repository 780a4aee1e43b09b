package org.twofold.conversation;

import org.twofold.web.ApiException.Conflict;

/**
 * An answer for a step the conversation has already left: someone answered first, or it has
 * finished. It is never applied to the step the conversation is at now. The API answers 409 as
 * for any conflict; the person's screens show where the conversation is now, and say so.
 */
public final class StaleStep extends Conflict {
    StaleStep(String detail) {
        super(detail);
    }
}
