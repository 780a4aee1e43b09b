package org.twofold.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.store.Database;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Feature;

/**
 * Picture boards on the API: the list, Open Board Format export and import, and the stored pictures
 * imported boards show. The boards each service imported join the shipped ones as the server starts.
 */
public final class BoardFeature implements Feature {
    private final ImportedBoards imported;
    private final Pictures pictures;
    private final BoardRoutes routes;
    private final Reach reach;

    /** Whether a caller may reach a conversation's person: asked before anything is shown through a conversation. */
    @FunctionalInterface
    public interface Reach {
        boolean conversation(Principal who, String conversationId);
    }

    public BoardFeature(Boards boards, Database db, SymbolCatalogue symbols, Set<String> dialogues, Reach reach, AuditLog audit,
                        ObjectMapper json, Clock clock) {
        this.reach = reach;
        this.imported = new ImportedBoards(db, json);
        this.pictures = new Pictures(db);
        ObfImport reader = new ObfImport(boards, imported, symbols, dialogues, clock);
        BoardImports imports = new BoardImports(db, reader, imported, pictures, boards, audit, clock);
        List<ImportedBoard> stored = imported.load();
        stored.forEach(imports::offer);
        this.routes = new BoardRoutes(boards, imported, new ObfExport(boards, imported, pictures, symbols, json), imports, json);
    }

    /** The stored pictures (personal photo cards add to them). */
    public Pictures pictures() {
        return pictures;
    }


    @Override
    public void register(RoutesConfig routes) {
        this.routes.register(routes);
        new PictureRoutes(pictures, reach).register(routes);
    }
}
