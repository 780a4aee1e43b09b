package org.twofold.security;

/**
 * A care-record system's token as an admin sees it, never with its secret: its name, when and by whom (a username)
 * it was made, when it was last used, and when and by whom it was revoked (null while it works).
 */
public record CareRecordToken(String id, String name, String createdAt, String createdBy, String lastUsedAt,
                              String revokedAt, String revokedBy) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
