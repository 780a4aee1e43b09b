package org.twofold.security;

import java.util.List;
import org.twofold.store.Database;
import org.twofold.store.Tx;

/**
 * The audit log read back for an admin, within their own service: entries made by its accounts, by the
 * tablets of its people's conversations or by its care-record systems' tokens, newest first, filtered,
 * with the person each is about.
 */
final class AuditEntries {
    /** Lines on one page of the screen or the API. */
    static final int PAGE_SIZE = 50;

    /** A choice in the filter form: the value sent and the words shown. */
    record Choice(String value, String words) {}

    // The entry's service is its actor's: an account's, a token's, or for a tablet, the service of its conversation's person.
    // The person it is about is found through its subject (a person, a conversation or a draft) within that service.
    private static final String ENTRIES = """
        SELECT a.at, a.action, a.subject, u.username, tc.id AS tablet, tk.name AS token_name,
               p.id AS person_id,
               CASE WHEN p.preferred_name IS NOT NULL AND p.preferred_name <> '' THEN p.preferred_name ELSE p.name END AS person_name,
               COALESCE(su.username, st.name) AS subject_name
        FROM audit_log a
        LEFT JOIN users u ON u.id = a.actor
        LEFT JOIN conversations tc ON a.actor LIKE 'tablet:%' AND tc.id = substr(a.actor, 8)
        LEFT JOIN people tp ON tp.id = tc.person_id
        LEFT JOIN care_record_tokens tk ON a.actor LIKE 'token:%' AND tk.id = substr(a.actor, 7)
        LEFT JOIN conversations sc ON a.subject LIKE 'conversation:%' AND sc.id = substr(a.subject, 14)
        LEFT JOIN drafts sd ON a.subject LIKE 'draft:%' AND sd.id = substr(a.subject, 7)
        LEFT JOIN people p ON p.service_id = ?1 AND p.id = CASE WHEN a.subject LIKE 'person:%' THEN substr(a.subject, 8)
                                                                 ELSE COALESCE(sc.person_id, sd.person_id) END
        LEFT JOIN users su ON a.subject LIKE 'user:%' AND su.id = substr(a.subject, 6) AND su.service_id = ?1
        LEFT JOIN care_record_tokens st ON a.subject LIKE 'token:%' AND st.id = substr(a.subject, 7) AND st.service_id = ?1
        WHERE COALESCE(u.service_id, tp.service_id, tk.service_id) = ?1
          AND (?2 IS NULL OR a.subject = 'person:' || ?2
               OR a.subject IN (SELECT 'conversation:' || id FROM conversations WHERE person_id = ?2)
               OR a.subject IN (SELECT 'draft:' || id FROM drafts WHERE person_id = ?2))
          AND (?3 IS NULL OR u.username = ?3)
          AND (?4 IS NULL OR a.action = ?4)
          AND (?5 IS NULL OR a.at >= ?5)
          AND (?6 IS NULL OR a.at < ?6)
        ORDER BY a.at DESC, a.rowid DESC
        LIMIT ?7 OFFSET ?8""";

    private final Database db;

    AuditEntries(Database db) {
        this.db = db;
    }

    /** One page of entries, with one more than a page when there is a next page. */
    List<AuditEntry> page(String serviceId, AuditFilter filter) {
        return read(serviceId, filter, PAGE_SIZE + 1, (long) (filter.page() - 1) * PAGE_SIZE);
    }

    /** Every entry the filter matches, on all pages: what the CSV export holds. */
    List<AuditEntry> all(String serviceId, AuditFilter filter) {
        return read(serviceId, filter, -1, 0);
    }

    private List<AuditEntry> read(String serviceId, AuditFilter f, int limit, long offset) {
        Tx.Row<AuditEntry> row = rs -> {
            String username = rs.getString("username");
            String token = rs.getString("token_name");
            String who = username != null ? username : rs.getString("tablet") != null ? AuditWords.TABLET
                : token != null ? AuditWords.careRecord(token) : AuditWords.FORMER_ACCOUNT;
            String action = rs.getString("action");
            String subject = rs.getString("subject");
            return new AuditEntry(rs.getString("at"), who, action, AuditWords.action(action), subject,
                AuditWords.about(subject, rs.getString("person_name"), rs.getString("subject_name"),
                    subject.equals("service:" + serviceId)),
                rs.getString("person_id"));
        };
        return db.read(tx -> tx.list(ENTRIES, row, serviceId, f.person(), f.actor(), f.action(), f.fromTime(), f.beforeTime(),
            limit, offset));
    }

    /** The people of the service to choose from: their preferred name, with their full name where it differs. */
    List<Choice> people(String serviceId) {
        return db.read(tx -> tx.list("""
            SELECT id, name, preferred_name FROM people WHERE service_id = ?
            ORDER BY lower(COALESCE(NULLIF(preferred_name, ''), name)), lower(name), id""", rs -> {
                String name = rs.getString("name");
                String preferred = rs.getString("preferred_name");
                boolean differs = preferred != null && !preferred.isBlank() && !preferred.equals(name);
                return new Choice(rs.getString("id"), differs ? preferred + " (" + name + ")" : name);
            }, serviceId));
    }

    /** Whether this is a person of the service (a person of another, or erased, is not). */
    boolean holdsPerson(String serviceId, String personId) {
        return personId != null && db.read(tx -> tx.one("SELECT 1 FROM people WHERE id = ? AND service_id = ?", rs -> true,
            personId, serviceId)).isPresent();
    }

    /** The service's accounts to choose from, by username. */
    List<Choice> accounts(String serviceId) {
        return db.read(tx -> tx.list("SELECT username FROM users WHERE service_id = ? ORDER BY lower(username)",
            rs -> new Choice(rs.getString(1), rs.getString(1)), serviceId));
    }

    /** The kinds of action the service's log holds, in words. */
    List<Choice> actions(String serviceId) {
        List<String> codes = db.read(tx -> tx.list("""
            SELECT DISTINCT a.action FROM audit_log a
            LEFT JOIN users u ON u.id = a.actor
            LEFT JOIN conversations tc ON a.actor LIKE 'tablet:%' AND tc.id = substr(a.actor, 8)
            LEFT JOIN people tp ON tp.id = tc.person_id
            LEFT JOIN care_record_tokens tk ON a.actor LIKE 'token:%' AND tk.id = substr(a.actor, 7)
            WHERE COALESCE(u.service_id, tp.service_id, tk.service_id) = ?""", rs -> rs.getString(1), serviceId));
        return codes.stream().map(code -> new Choice(code, AuditWords.action(code)))
            .sorted(java.util.Comparator.comparing(Choice::words)).toList();
    }
}
