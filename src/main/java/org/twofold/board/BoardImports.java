package org.twofold.board;

import java.time.Clock;
import java.util.List;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.store.Database;
import org.twofold.store.Times;

/**
 * Imports boards: reads and checks them all, then stores every board and picture in one transaction
 * (all of them or nothing), and only then offers them to the importing service and audits each.
 */
final class BoardImports {
    private final Database db;
    private final ObfImport reader;
    private final ImportedBoards imported;
    private final Pictures pictures;
    private final Boards boards;
    private final AuditLog audit;
    private final Clock clock;

    BoardImports(Database db, ObfImport reader, ImportedBoards imported, Pictures pictures, Boards boards, AuditLog audit, Clock clock) {
        this.db = db;
        this.reader = reader;
        this.imported = imported;
        this.pictures = pictures;
        this.boards = boards;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new boards' ids, in the order they came. */
    List<String> run(List<ObfImport.Source> sources, Principal who) {
        List<ObfImport.Parsed> parsed = reader.read(sources, who);
        String now = Times.format(clock.instant());
        db.write(tx -> {
            for (ObfImport.Parsed p : parsed) {
                for (Picture picture : p.pictures()) {
                    pictures.save(tx, picture);
                }
                imported.save(tx, p.board(), who.actorId(), now);
            }
            return null;
        });
        for (ObfImport.Parsed p : parsed) {
            offer(p.board());
            audit.record(who, "board.import", "board:" + p.board().board().id());
        }
        return parsed.stream().map(p -> p.board().board().id()).toList();
    }

    /** A stored imported board joins the boards offered (its own scale first). */
    void offer(ImportedBoard b) {
        if (b.ownScale() != null) {
            boards.add(b.ownScale());
        }
        imported.known(b);
        boards.add(b.board(), b.serviceId());
    }
}
