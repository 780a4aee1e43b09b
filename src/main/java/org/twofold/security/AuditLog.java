package org.twofold.security;

import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.twofold.store.Database;
import org.twofold.store.Times;
import org.twofold.store.Tx;

/** Who touched whose personal data, and when. Written for every read and change of it. */
public final class AuditLog {
    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(Principal who, String action, String subject) {
        db.write(tx -> record(tx, who, action, subject));
    }

    /** Records inside the caller's transaction: the change and its audit stand or fall together. */
    public int record(Tx tx, Principal who, String action, String subject) throws SQLException {
        return tx.update("INSERT INTO audit_log (id, at, actor, action, subject) VALUES (?, ?, ?, ?, ?)",
            UUID.randomUUID().toString(), Times.format(clock.instant()), who.actorId(), action, subject);
    }

    public int count(String action, String subject) {
        return db.read(tx -> tx.one("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?",
            rs -> rs.getInt(1), action, subject).orElse(0));
    }
}
