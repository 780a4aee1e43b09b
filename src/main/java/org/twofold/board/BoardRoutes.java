package org.twofold.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.twofold.board.BoardErrors.BadBoardFile;
import org.twofold.board.BoardErrors.TooLarge;
import org.twofold.board.BoardErrors.UnsupportedType;
import org.twofold.security.Access;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.web.ApiException.NotFound;

/**
 * The picture boards on the API: the list a service may use (the shipped boards and its own imports),
 * each board as an Open Board Format .obf, all of them as an .obz, and importing .obf or .obz files.
 */
final class BoardRoutes {
    static final int MOST_UPLOAD_BYTES = 20 * 1024 * 1024;
    private static final String OBF = ".obf";

    private final Boards boards;
    private final ImportedBoards imported;
    private final ObfExport export;
    private final BoardImports imports;
    private final ObjectMapper json;

    BoardRoutes(Boards boards, ImportedBoards imported, ObfExport export, BoardImports imports, ObjectMapper json) {
        this.boards = boards;
        this.imported = imported;
        this.export = export;
        this.imports = imports;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/boards", ctx -> ctx.json(offered(Access.principal(ctx)).stream().map(this::summary).toList()), Access.ACCOUNTS);
        routes.get("/api/v1/boards.obz", this::exportAll, Access.ACCOUNTS);
        routes.get("/api/v1/boards/{file}", this::exportOne, Access.ACCOUNTS);
        routes.post("/api/v1/boards/import", this::importFile, Role.ADMIN, Role.STAFF);
    }

    /** The boards a caller's service may use: every shipped board, and the boards it imported. */
    private List<Board> offered(Principal who) {
        return boards.offeredTo(who.serviceId());
    }

    private Map<String, Object> summary(Board b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", b.id());
        out.put("topic", b.topic().label());
        out.put("topicSymbol", b.topic().symbol());
        out.put("prompt", b.topic().instruction());
        Scale scale = boards.scaleOf(b);
        out.put("scaleId", scale.id());
        out.put("scaleName", scale.name());
        out.put("question", scale.question());
        out.put("scale", scale.points().stream().map(p -> Map.of("id", p.id(), "label", p.label(), "symbol", p.symbol())).toList());
        out.put("cards", b.cards().stream().map(BoardRoutes::card).toList());
        out.put("imported", imported.find(b.id()).isPresent());
        return out;
    }

    private static Map<String, Object> card(Card c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("label", c.label());
        out.put("symbol", c.symbol());
        out.put("picture", c.picture());
        return out;
    }

    private void exportOne(Context ctx) {
        String file = ctx.pathParam("file");
        String id = file.endsWith(OBF) ? file.substring(0, file.length() - OBF.length()) : null;
        Board board = id == null ? null : boards.find(id).filter(b -> boards.offeredTo(Access.principal(ctx).serviceId(), b.id())).orElse(null);
        if (board == null) {
            throw new NotFound("There is no board at '" + ObfImport.shortened(file) + "'. Ask for /api/v1/boards/<id>.obf.");
        }
        attachment(ctx, board.id() + OBF);
        ctx.contentType("application/json").result(export.obf(board));
    }

    private void exportAll(Context ctx) {
        List<Board> all = offered(Access.principal(ctx));
        if (all.isEmpty()) {
            throw new NotFound("There are no boards to export.");
        }
        attachment(ctx, "twofold-boards.obz");
        ctx.contentType("application/zip").result(export.obz(all));
    }

    private static void attachment(Context ctx, String name) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private void importFile(Context ctx) {
        String type = mediaType(ctx.header("Content-Type"));
        List<ObfImport.Source> sources = switch (type) {
            case "application/json" -> {
                String name = "The board file";
                yield List.of(new ObfImport.Source(name, ObfImport.object(json, body(ctx), name), null));
            }
            case "application/zip", "application/x-zip-compressed" -> ObzSources.of(ObzArchive.read(body(ctx)), json);
            default -> throw new UnsupportedType("Send one board as an .obf file with 'Content-Type: application/json', or boards as "
                + "an .obz file with 'Content-Type: application/zip'.");
        };
        List<String> ids = imports.run(sources, Access.principal(ctx));
        ctx.status(HttpStatus.CREATED).json(Map.of("boards", ids));
    }

    /** The media type, or "" when it is missing or names a character set other than UTF-8. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        String[] parts = contentType.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return "";
            }
        }
        return parts[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The body, read no further than the limit, so a file too large is refused without being held whole. */
    private static byte[] body(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MOST_UPLOAD_BYTES + 1);
            if (bytes.length > MOST_UPLOAD_BYTES) {
                throw new TooLarge("The file is larger than 20 MB: send at most 20 MB of boards at once.");
            }
            if (bytes.length == 0) {
                throw new BadBoardFile("The request body is empty: send an .obf or .obz file.");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadBoardFile("The file could not be read to its end: " + e.getMessage());
        }
    }
}
