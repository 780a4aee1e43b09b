package org.twofold.security;

/**
 * The caller of a request: a signed-in account, a tablet scoped to one conversation, or a care-record system's
 * token. serviceId bounds every look-up of personal data.
 */
public record Principal(String actorId, String serviceId, Role role, String conversationId) {
    public static Principal account(String userId, String serviceId, Role role) {
        return new Principal(userId, serviceId, role, null);
    }

    public static Principal tablet(String conversationId, String serviceId) {
        return new Principal("tablet:" + conversationId, serviceId, Role.TABLET, conversationId);
    }

    /** A care-record system, by its token's id: the audit log names the token as the actor. */
    public static Principal careRecord(String tokenId, String serviceId) {
        return new Principal("token:" + tokenId, serviceId, Role.CARE_RECORD, null);
    }

    public boolean isTablet() {
        return role == Role.TABLET;
    }
}
