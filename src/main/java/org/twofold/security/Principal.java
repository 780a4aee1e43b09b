package org.twofold.security;

import org.twofold.web.ApiException.Forbidden;

/**
 * The caller of a request: a signed-in account, a tablet scoped to one conversation, or a care-record system's
 * token. serviceId bounds every look-up of personal data. A tablet opened to read a draft back to the person
 * carries that draft, so that the person can agree to it there.
 */
public record Principal(String actorId, String serviceId, Role role, String conversationId, ReadBack readBack) {
    /** A tablet link that reads a draft back: which draft, how the person will answer, and who offered it. */
    public record ReadBack(String draftId, String how, String askedBy) {}

    public static Principal account(String userId, String serviceId, Role role) {
        return new Principal(userId, serviceId, role, null, null);
    }

    public static Principal tablet(String conversationId, String serviceId) {
        return new Principal("tablet:" + conversationId, serviceId, Role.TABLET, conversationId, null);
    }

    public static Principal readingBack(String conversationId, String serviceId, ReadBack readBack) {
        return new Principal("tablet:" + conversationId, serviceId, Role.TABLET, conversationId, readBack);
    }

    /** A care-record system, by its token's id: the audit log names the token as the actor. */
    public static Principal careRecord(String tokenId, String serviceId) {
        return new Principal("token:" + tokenId, serviceId, Role.CARE_RECORD, null, null);
    }

    /** This caller, if their role is one of these; anyone else is refused (403) with these words. */
    public Principal onlyAs(String refusal, Role... roles) {
        if (!java.util.Arrays.asList(roles).contains(role)) {
            throw new Forbidden(refusal);
        }
        return this;
    }

    public boolean isTablet() {
        return role == Role.TABLET;
    }

    /** Whether this caller may open the thing a path's id names: a tablet only its conversation, or the draft it reads back. */
    public boolean tabletMayOpen(String id) {
        return conversationId.equals(id) || readBack != null && readBack.draftId().equals(id);
    }
}
