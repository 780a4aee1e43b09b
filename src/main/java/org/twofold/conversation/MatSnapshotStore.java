package org.twofold.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.twofold.store.Tx;

/** The pictures of finished mats, kept with their conversation. Methods take the caller's transaction. */
public final class MatSnapshotStore {
    /** A finished mat's picture: the seq of the answer that finished it, its step and board, whether it was practice. */
    public record Snapshot(String conversationId, int seq, String node, String board, boolean practice, String svg, String createdAt) {}

    public void add(Tx tx, Snapshot s) throws SQLException {
        tx.update("""
            INSERT INTO mat_snapshots (conversation_id, seq, node, board_id, practice, svg, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""",
            s.conversationId(), s.seq(), s.node(), s.board(), s.practice() ? 1 : 0, s.svg(), s.createdAt());
    }

    /** The mat last finished at a step, the person's real view before any practice. */
    public Optional<Snapshot> latest(Tx tx, String conversationId, String node) throws SQLException {
        return tx.one("""
            SELECT * FROM mat_snapshots WHERE conversation_id = ? AND node = ?
            ORDER BY practice, seq DESC LIMIT 1""", MatSnapshotStore::snapshot, conversationId, node);
    }

    /** Every finished mat of a conversation, in the order they were finished. */
    public List<Snapshot> all(Tx tx, String conversationId) throws SQLException {
        return tx.list("SELECT * FROM mat_snapshots WHERE conversation_id = ? ORDER BY seq", MatSnapshotStore::snapshot, conversationId);
    }

    private static Snapshot snapshot(ResultSet rs) throws SQLException {
        return new Snapshot(rs.getString("conversation_id"), rs.getInt("seq"), rs.getString("node"), rs.getString("board_id"),
            rs.getInt("practice") == 1, rs.getString("svg"), rs.getString("created_at"));
    }
}
