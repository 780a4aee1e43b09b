package org.twofold.board;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.twofold.board.BoardErrors.BadBoardFile;
import org.twofold.security.Principal;
import org.twofold.symbols.SymbolCatalogue;

/**
 * Reads Open Board Format boards as new topic boards of the importing service: each gets a fresh id, its
 * buttons become cards (4 to 12), its scale comes from ext_twofold_scale or is the library's usual one, and
 * a card leads where ext_twofold_dialogue or ext_twofold_board say, when that exists, else nowhere yet.
 * Everything is read and checked before anything is stored: a file with one fault is refused whole.
 */
final class ObfImport {
    static final String DEFAULT_SCALE = "going-well";
    /** What a card or topic shows when its image is the board's own, or there is none: "something else". */
    static final String FALLBACK_SYMBOL = "something-else";
    private static final int MOST_LABEL = 80;
    private static final int MOST_SAY = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One board to read: what to call it in a refusal, its JSON, and the files of its .obz (null for a lone .obf). */
    record Source(String name, ObjectNode obf, Function<String, Optional<byte[]>> files) {}

    /** A board read, with the pictures to store for it. */
    record Parsed(ImportedBoard board, List<Picture> pictures) {}

    private final Boards boards;
    private final ImportedBoards imported;
    private final SymbolCatalogue symbols;
    private final Set<String> dialogues;
    private final Clock clock;

    ObfImport(Boards boards, ImportedBoards imported, SymbolCatalogue symbols, Set<String> dialogues, Clock clock) {
        this.boards = boards;
        this.imported = imported;
        this.symbols = symbols;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /** One JSON object read by the app's rules (no field twice, nothing after it), or a refusal naming the file. */
    static ObjectNode object(ObjectMapper json, byte[] bytes, String what) {
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadBoardFile(what + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadBoardFile(what + " cannot be read: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode o)) {
            throw new BadBoardFile(what + " must be a JSON object, an Open Board Format board.");
        }
        return o;
    }

    List<Parsed> read(List<Source> sources, Principal who) {
        Set<String> taken = new HashSet<>();
        List<Parsed> out = new ArrayList<>();
        for (Source s : sources) {
            out.add(read(s, who, taken));
        }
        return out;
    }

    private Parsed read(Source s, Principal who, Set<String> taken) {
        ObjectNode o = s.obf();
        String format = o.path("format").isTextual() ? o.get("format").asText() : null;
        if (!ObfExport.FORMAT.equals(format)) {
            throw new BadBoardFile(s.name() + " is not an Open Board Format board: its format is "
                + (format == null ? "missing" : "'" + shortened(format) + "'") + ", not '" + ObfExport.FORMAT + "'.");
        }
        List<JsonNode> buttons = buttons(s);
        Map<String, JsonNode> images = images(s);
        ObfImages pictures = new ObfImages(symbols, images, s.files(), who.actorId(), clock.instant());
        JsonNode ext = o.path(ObfExport.EXT + "topic");
        String label = ext.hasNonNull("label") ? text(s, ext.get("label"), "topic label", MOST_LABEL)
            : o.hasNonNull("name") ? text(s, o.get("name"), "name", MOST_LABEL) : null;
        if (label == null) {
            throw new BadBoardFile(s.name() + " has no name: a board needs a name, its topic.");
        }
        Topic topic = new Topic(label, symbolFor(ext.path("symbol"), label), optional(s, ext.get("say"), "topic's say", MOST_SAY),
            optional(s, ext.get("prompt"), "topic's prompt", MOST_SAY));
        String id = freshId(label, taken);
        ScaleChoice scale = scale(s, o.get(ObfExport.EXT + "scale"), taken);
        List<Card> cards = new ArrayList<>();
        Map<String, String> buttonOfCard = new LinkedHashMap<>();
        List<Picture> stored = new ArrayList<>();
        Set<String> cardIds = new HashSet<>();
        for (JsonNode button : ordered(s, buttons)) {
            String buttonId = idOf(button.get("id"));
            String cardId = buttonId.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}") && cardIds.add(buttonId) ? buttonId
                : unique("card-" + (cards.size() + 1), cardIds);
            String cardLabel = text(s, button.get("label"), "label of button '" + shortened(buttonId) + "'", MOST_LABEL);
            String say = optional(s, button.get("vocalization"), "vocalization of button '" + shortened(buttonId) + "'", MOST_SAY);
            String symbol = symbolFor(button.path(ObfExport.EXT + "symbol"), cardLabel);
            String picture = null;
            if (button.hasNonNull("image_id")) {
                Optional<Picture> p = pictures.picture(idOf(button.get("image_id")), button.path(ObfExport.EXT + "symbol").asText(null));
                if (p.isPresent()) {
                    picture = p.get().id();
                    if (stored.stream().noneMatch(x -> x.id().equals(p.get().id()))) {
                        stored.add(p.get());
                    }
                }
            }
            cards.add(new Card(cardId, cardLabel, symbol, say, dialogue(button), subBoard(button, who), picture));
            buttonOfCard.put(cardId, buttonId);
        }
        Board board = new Board(id, topic, scale.id(), cards);
        return new Parsed(new ImportedBoard(who.serviceId(), board, scale.own(), o, buttonOfCard), stored);
    }

    private List<JsonNode> buttons(Source s) {
        JsonNode buttons = s.obf().get("buttons");
        if (buttons == null || !buttons.isArray()) {
            throw new BadBoardFile(s.name() + " has no list of buttons: a board takes 4 to 12 pictures.");
        }
        if (buttons.size() < Board.FEWEST_CARDS || buttons.size() > Board.MOST_CARDS) {
            throw new BadBoardFile(s.name() + " has " + buttons.size() + " button" + (buttons.size() == 1 ? "" : "s")
                + ": a board takes " + Board.FEWEST_CARDS + " to " + Board.MOST_CARDS + " pictures.");
        }
        Set<String> ids = new HashSet<>();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode b : buttons) {
            if (!b.isObject()) {
                throw new BadBoardFile(s.name() + " has a button that is not a JSON object.");
            }
            String id = idOf(b.get("id"));
            if (id == null) {
                throw new BadBoardFile(s.name() + " has a button with no id: every button needs an id, as text.");
            }
            if (!ids.add(id)) {
                throw new BadBoardFile(s.name() + " has two buttons with the id '" + shortened(id) + "': ids must differ.");
            }
            out.add(b);
        }
        return out;
    }

    private static Map<String, JsonNode> images(Source s) {
        JsonNode images = s.obf().get("images");
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        if (images == null || images.isNull()) {
            return byId;
        }
        if (!images.isArray()) {
            throw new BadBoardFile(s.name() + " has images that are not a list.");
        }
        for (JsonNode i : images) {
            String id = i.isObject() ? idOf(i.get("id")) : null;
            if (id == null) {
                throw new BadBoardFile(s.name() + " has an image with no id: every image needs an id, as text.");
            }
            if (byId.put(id, i) != null) {
                throw new BadBoardFile(s.name() + " has two images with the id '" + shortened(id) + "': ids must differ.");
            }
        }
        return byId;
    }

    /** The buttons in the grid's reading order (left to right, top to bottom), then any the grid leaves out. */
    private static List<JsonNode> ordered(Source s, List<JsonNode> buttons) {
        JsonNode grid = s.obf().get("grid");
        if (grid == null || grid.isNull()) {
            return buttons;
        }
        JsonNode order = grid.get("order");
        if (!grid.isObject() || !wholeNumber(grid.get("rows")) || !wholeNumber(grid.get("columns")) || order == null || !order.isArray()) {
            throw new BadBoardFile(s.name() + " has a grid without rows, columns and an order of button ids.");
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        buttons.forEach(b -> byId.put(idOf(b.get("id")), b));
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode row : order) {
            if (!row.isArray()) {
                throw new BadBoardFile(s.name() + " has a grid order that is not a list of rows.");
            }
            for (JsonNode cell : row) {
                if (cell.isNull()) {
                    continue;
                }
                String id = idOf(cell);
                if (id == null || !byId.containsKey(id)) {
                    throw new BadBoardFile(s.name() + "'s grid names button '" + shortened(String.valueOf(id == null ? cell : id))
                        + "', which the board does not have.");
                }
                JsonNode b = byId.remove(id);
                out.add(b);
            }
        }
        out.addAll(byId.values());
        return out;
    }

    private static boolean wholeNumber(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.asLong() >= 0 && n.asLong() <= 100;
    }

    /** The scale a board is placed on, and the scale itself when it came whole and is not in the library. */
    private record ScaleChoice(String id, Scale own) {}

    private ScaleChoice scale(Source s, JsonNode ext, Set<String> taken) {
        String named = ext == null ? null : ext.isTextual() ? ext.asText() : ext.path("id").asText(null);
        if (named != null && boards.scale(named).isPresent()) {
            return new ScaleChoice(named, null);
        }
        if (ext != null && ext.isObject()) {
            Scale own = ObfScale.read(s.name(), ext, symbols::has);
            Scale fresh = new Scale(unique(slug(own.id()) + "-" + suffix(), taken), own.name(), own.question(), own.change(), own.points());
            taken.add(fresh.id());
            return new ScaleChoice(fresh.id(), fresh);
        }
        if (boards.scale(DEFAULT_SCALE).isPresent()) {
            return new ScaleChoice(DEFAULT_SCALE, null);
        }
        return boards.scales().stream().findFirst().map(sc -> new ScaleChoice(sc.id(), null))
            .orElseThrow(() -> new BadBoardFile(s.name() + " has no scale, and this server has no library of scales to give it one."));
    }

    private String dialogue(JsonNode button) {
        String d = button.path(ObfExport.EXT + "dialogue").asText(null);
        return d != null && dialogues.contains(d) ? d : null;
    }

    private String subBoard(JsonNode button, Principal who) {
        String b = button.path(ObfExport.EXT + "board").asText(null);
        return b != null && boards.offeredTo(who.serviceId(), b) ? b : null;
    }

    /** The library symbol the file names, else one whose label or keyword is the words, else "something else". */
    private String symbolFor(JsonNode named, String words) {
        if (named.isTextual() && symbols.has(named.asText())) {
            return named.asText();
        }
        String w = words.strip().toLowerCase(Locale.ROOT);
        return symbols.all().stream()
            .filter(sym -> !sym.id().equals("yes") && !sym.id().equals("no"))
            .filter(sym -> w.equals(sym.id()) || sym.label() != null && w.equals(sym.label().toLowerCase(Locale.ROOT))
                || sym.keywords() != null && sym.keywords().stream().anyMatch(k -> w.equals(k.toLowerCase(Locale.ROOT))))
            .map(org.twofold.symbols.Symbol::id).findFirst()
            .orElse(symbols.has(FALLBACK_SYMBOL) ? FALLBACK_SYMBOL : symbols.all().iterator().next().id());
    }

    private String freshId(String name, Set<String> taken) {
        String base = slug(name);
        String id;
        do {
            id = base + "-" + suffix();
        } while (taken.contains(id) || dialogues.contains(id) || boards.has(id) || boards.scale(id).isPresent());
        taken.add(id);
        return id;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "board" : s;
    }

    private static String suffix() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** An id as the spec gives it (text), or a number as some apps write it; null otherwise. */
    static String idOf(JsonNode n) {
        if (n == null || !(n.isTextual() || n.isIntegralNumber())) {
            return null;
        }
        String id = n.asText().strip();
        return id.isEmpty() || id.length() > 200 ? null : id;
    }

    /** Words a person will see or hear: text, not blank, not too long, with no hidden control characters. */
    static String text(Source s, JsonNode n, String what, int most) {
        return text(s.name(), n, what, most);
    }

    static String text(String where, JsonNode n, String what, int most) {
        if (n == null || n.isNull()) {
            throw new BadBoardFile(where + " has no " + what + ".");
        }
        if (!n.isTextual()) {
            throw new BadBoardFile(where + ": the " + what + " is not text.");
        }
        String t = n.asText().strip();
        if (t.isEmpty()) {
            throw new BadBoardFile(where + ": the " + what + " is empty.");
        }
        if (t.length() > most) {
            throw new BadBoardFile(where + ": the " + what + " is longer than " + most + " characters.");
        }
        if (t.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE)) {
            throw new BadBoardFile(where + ": the " + what + " has a hidden control character.");
        }
        return t;
    }

    private static String optional(Source s, JsonNode n, String what, int most) {
        return n == null || n.isNull() ? null : text(s, n, what, most);
    }

    static String shortened(String text) {
        String t = text.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
