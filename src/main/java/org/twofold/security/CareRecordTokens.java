package org.twofold.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.twofold.store.Database;
import org.twofold.store.Times;
import org.twofold.store.Tx;

/**
 * Tokens that care-record systems pull a service's exports with. An admin makes one and sees its secret once;
 * only the secret's SHA-256 is kept. A token reads "cr.&lt;id&gt;.&lt;secret&gt;": it is found by its id, and its secret
 * compared in constant time. A revoked token opens nothing from that moment.
 */
public final class CareRecordTokens {
    private static final String PREFIX = "cr.";

    /** A token just made: the secret is here and nowhere else. */
    public record Made(CareRecordToken token, String secret) {}

    private static final Tx.Row<CareRecordToken> TOKEN = rs -> new CareRecordToken(rs.getString("id"), rs.getString("name"),
        rs.getString("created_at"), rs.getString("created_by_name"), rs.getString("last_used_at"), rs.getString("revoked_at"),
        rs.getString("revoked_by_name"));

    private static final String SELECT = """
        SELECT t.id, t.name, t.created_at, t.last_used_at, t.revoked_at,
               c.username AS created_by_name, r.username AS revoked_by_name
        FROM care_record_tokens t
        LEFT JOIN users c ON c.id = t.created_by
        LEFT JOIN users r ON r.id = t.revoked_by
        """;

    private final Database db;
    private final Tokens tokens;

    public CareRecordTokens(Database db, Tokens tokens) {
        this.db = db;
        this.tokens = tokens;
    }

    public Made create(Principal admin, String name, Instant now) {
        String id = UUID.randomUUID().toString();
        String secret = tokens.newToken();
        db.write(tx -> tx.update("""
            INSERT INTO care_record_tokens (id, service_id, name, secret_hash, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""", id, admin.serviceId(), name, Tokens.hash(secret), admin.actorId(), Times.format(now)));
        return new Made(find(admin.serviceId(), id).orElseThrow(), PREFIX + id + "." + secret);
    }

    /** The service's tokens, newest first, the revoked ones too. */
    public List<CareRecordToken> all(String serviceId) {
        return db.read(tx -> tx.list(SELECT + "WHERE t.service_id = ? ORDER BY t.created_at DESC, t.rowid DESC", TOKEN, serviceId));
    }

    /** A token of this service (another service's is not found). */
    public Optional<CareRecordToken> find(String serviceId, String id) {
        return db.read(tx -> tx.one(SELECT + "WHERE t.service_id = ? AND t.id = ?", TOKEN, serviceId, id));
    }

    /** Revokes a working token of this service at once; false when there is no such token or it was already revoked. */
    public boolean revoke(Principal admin, String id, Instant now) {
        return db.write(tx -> tx.update("""
            UPDATE care_record_tokens SET revoked_at = ?, revoked_by = ?
            WHERE id = ? AND service_id = ? AND revoked_at IS NULL""", Times.format(now), admin.actorId(), id, admin.serviceId())) == 1;
    }

    /** The care-record system a bearer token stands for, if it is one of theirs and not revoked; notes its use. */
    public Optional<Principal> principalFor(String bearer, Instant now) {
        if (bearer == null || !bearer.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = bearer.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        String id = parts[0];
        byte[] offered = Tokens.hash(parts[1]).getBytes(StandardCharsets.US_ASCII);
        Optional<Principal> found = db.read(tx -> tx.one(
            "SELECT service_id, secret_hash FROM care_record_tokens WHERE id = ? AND revoked_at IS NULL", rs -> {
                byte[] kept = rs.getString("secret_hash").getBytes(StandardCharsets.US_ASCII);
                return MessageDigest.isEqual(kept, offered) ? Principal.careRecord(id, rs.getString("service_id")) : null;
            }, id));
        found.ifPresent(p -> db.write(tx -> tx.update(
            "UPDATE care_record_tokens SET last_used_at = ? WHERE id = ?", Times.format(now), id)));
        return found;
    }
}
