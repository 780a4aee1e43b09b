package org.twofold.people;

import java.util.Optional;
import org.twofold.store.Database;
import org.twofold.store.Tx;

/** People, always looked up within one service. */
public final class PersonStore {
    private static final Tx.Row<Person> PERSON = rs -> new Person(rs.getString("id"), rs.getString("service_id"),
        rs.getString("name"), rs.getString("preferred_name"), rs.getString("communication_needs"), rs.getString("created_at"));

    private final Database db;

    public PersonStore(Database db) {
        this.db = db;
    }

    public void add(Person p, String createdBy) {
        db.write(tx -> tx.update("""
            INSERT INTO people (id, service_id, name, preferred_name, communication_needs, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""",
            p.id(), p.serviceId(), p.name(), p.preferredName(), p.communicationNeeds(), createdBy, p.createdAt()));
    }

    public Optional<Person> find(String serviceId, String id) {
        return db.read(tx -> tx.one("SELECT * FROM people WHERE id = ? AND service_id = ?", PERSON, id, serviceId));
    }
}
