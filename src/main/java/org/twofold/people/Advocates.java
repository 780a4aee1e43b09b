package org.twofold.people;

import java.util.List;
import java.util.Optional;
import org.twofold.store.Database;

/**
 * Which advocates act for which people. An advocate sees and acts only for the people they are assigned to
 * (see {@link PersonStore#find}); an admin or staff member of their service assigns and unassigns them.
 */
public final class Advocates {
    /** An advocate of the service, and whether they act for the person in question. */
    public record Advocate(String id, String username, boolean assigned) {}

    private final Database db;

    public Advocates(Database db) {
        this.db = db;
    }

    /** The service's advocates, by name, each marked if assigned to the person. */
    public List<Advocate> of(String serviceId, String personId) {
        return db.read(tx -> tx.list("""
            SELECT u.id, u.username, EXISTS (SELECT 1 FROM advocate_assignments a WHERE a.person_id = ? AND a.user_id = u.id) AS assigned
            FROM users u WHERE u.service_id = ? AND u.role = 'advocate' ORDER BY lower(u.username), u.id""",
            rs -> new Advocate(rs.getString("id"), rs.getString("username"), rs.getBoolean("assigned")), personId, serviceId));
    }

    /** An advocate of this service, by their account's id. */
    public Optional<Advocate> find(String serviceId, String personId, String userId) {
        return of(serviceId, personId).stream().filter(a -> a.id().equals(userId)).findFirst();
    }

    /** Assigns; false if they already were. */
    public boolean assign(String personId, String userId, String by, String at) {
        return db.write(tx -> tx.update("""
            INSERT INTO advocate_assignments (person_id, user_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (person_id, user_id) DO NOTHING""", personId, userId, by, at)) > 0;
    }

    /** Unassigns; false if they were not assigned. */
    public boolean unassign(String personId, String userId) {
        return db.write(tx -> tx.update("DELETE FROM advocate_assignments WHERE person_id = ? AND user_id = ?", personId, userId)) > 0;
    }
}
