package org.twofold.security;

/**
 * The caller of a request: a signed-in account, or a tablet scoped to one conversation.
 * serviceId bounds every look-up of personal data.
 */
public record Principal(String actorId, String serviceId, Role role, String conversationId) {
    public static Principal account(String userId, String serviceId, Role role) {
        return new Principal(userId, serviceId, role, null);
    }

    public static Principal tablet(String conversationId, String serviceId) {
        return new Principal("tablet:" + conversationId, serviceId, Role.TABLET, conversationId);
    }

    public boolean isTablet() {
        return role == Role.TABLET;
    }
}
