package org.twofold.board;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twofold.symbols.Symbol;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Markup;

/**
 * Boards as the Open Board Format gives them to other apps: one board as an .obf (its images inline as
 * data: URIs), or every board as an .obz (a zip with a manifest, the .obf files and the images as files).
 * What only Twofold knows (the scale, the topic, where each card leads) goes in ext_twofold_ fields; an
 * imported board gives back the licence blocks and other apps' ext_ fields it came with. A picture that
 * cannot be read leaves its button without an image: the rest of the export goes on.
 */
final class ObfExport {
    static final String FORMAT = "open-board-0.1";
    static final String EXT = "ext_twofold_";
    static final String CC_BY = "CC-BY-4.0";
    static final String CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String AUTHOR = "Twofold contributors";
    private static final Logger LOG = LoggerFactory.getLogger(ObfExport.class);

    private final Boards boards;
    private final ImportedBoards imported;
    private final Pictures pictures;
    private final SymbolCatalogue symbols;
    private final ObjectMapper json;

    ObfExport(Boards boards, ImportedBoards imported, Pictures pictures, SymbolCatalogue symbols, ObjectMapper json) {
        this.boards = boards;
        this.imported = imported;
        this.pictures = pictures;
        this.symbols = symbols;
        this.json = json;
    }

    /** An image of a card, ready to be written inline or as a file. */
    private record Image(String id, String contentType, byte[] bytes, int width, int height, JsonNode license, JsonNode original) {
        String path() {
            String ext = switch (contentType) {
                case PictureCheck.PNG -> ".png";
                case PictureCheck.JPEG -> ".jpg";
                default -> ".svg";
            };
            return "images/" + id + ext;
        }
    }

    /** One board as an .obf, its images inline. */
    byte[] obf(Board board) {
        return bytes(board(board, null, new LinkedHashMap<>()));
    }

    /** The boards as an .obz: manifest.json, boards/<id>.obf, images/<image>. */
    byte[] obz(List<Board> all) {
        Map<String, String> boardPaths = new LinkedHashMap<>();
        all.forEach(b -> boardPaths.put(b.id(), "boards/" + b.id() + ".obf"));
        Map<String, Image> images = new LinkedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Board b : all) {
                put(zip, boardPaths.get(b.id()), bytes(board(b, boardPaths, images)));
            }
            for (Image i : images.values()) {
                put(zip, i.path(), i.bytes());
            }
            ObjectNode manifest = json.createObjectNode();
            manifest.put("format", FORMAT);
            manifest.put("root", boardPaths.values().iterator().next());
            ObjectNode paths = manifest.putObject("paths");
            ObjectNode boardsNode = paths.putObject("boards");
            boardPaths.forEach(boardsNode::put);
            ObjectNode imagesNode = paths.putObject("images");
            images.values().forEach(i -> imagesNode.put(i.id(), i.path()));
            put(zip, "manifest.json", bytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an .obz file", e);
        }
        return out.toByteArray();
    }

    /**
     * The board as OBF. In an .obz ({@code packaged} names each board's path) images are files, gathered in
     * {@code images}; in an .obf they are inline.
     */
    private ObjectNode board(Board board, Map<String, String> packaged, Map<String, Image> images) {
        Optional<ImportedBoard> from = imported.find(board.id());
        ObjectNode o = json.createObjectNode();
        o.put("format", FORMAT);
        o.put("id", board.id());
        o.put("locale", "en");
        o.put("name", board.topic().label());
        o.put("description_html", Markup.escape(board.topic().label()));
        // An imported board keeps its own licence, or none (all rights reserved, as the format reads it).
        JsonNode license = from.isPresent() ? from.get().original().get("license") : twofoldLicense();
        if (license != null) {
            o.set("license", license);
        }
        ArrayNode buttons = o.putArray("buttons");
        Map<String, Image> own = new LinkedHashMap<>();
        for (Card card : board.cards()) {
            Optional<JsonNode> originalButton = from.flatMap(b -> originalButton(b, card.id()));
            Optional<Image> image = image(card, from, originalButton);
            image.ifPresent(i -> own.putIfAbsent(i.id(), i));
            buttons.add(button(card, image, originalButton, packaged));
        }
        o.set("grid", grid(board.cards()));
        ArrayNode imagesNode = o.putArray("images");
        for (Image i : own.values()) {
            imagesNode.add(image(i, packaged != null));
            if (packaged != null) {
                images.putIfAbsent(i.id(), i);
            }
        }
        o.set(EXT + "topic", json.valueToTree(board.topic()));
        boards.scale(board.scale()).ifPresent(s -> o.set(EXT + "scale", json.valueToTree(s)));
        from.ifPresent(b -> othersExtensions(b.original(), o));
        return o;
    }

    private ObjectNode button(Card card, Optional<Image> image, Optional<JsonNode> original, Map<String, String> packaged) {
        ObjectNode b = json.createObjectNode();
        b.put("id", card.id());
        b.put("label", card.label());
        if (card.say() != null && !card.say().isBlank()) {
            b.put("vocalization", card.say());
        }
        image.ifPresent(i -> b.put("image_id", i.id()));
        b.put(EXT + "symbol", card.symbol());
        b.put(EXT + "dialogue", card.dialogue());
        b.put(EXT + "board", card.board());
        if (card.board() != null) {
            ObjectNode load = b.putObject("load_board");
            load.put("id", card.board());
            boards.find(card.board()).ifPresent(sub -> load.put("name", sub.topic().label()));
            if (packaged != null && packaged.containsKey(card.board())) {
                load.put("path", packaged.get(card.board()));
            }
        }
        original.ifPresent(o -> othersExtensions(o, b));
        return b;
    }

    /** Rows of at most four (two for four cards, three up to nine), filled left to right, empty places null. */
    private ObjectNode grid(List<Card> cards) {
        int n = cards.size();
        int columns = n <= 4 ? 2 : n <= 9 ? 3 : 4;
        int rows = Math.max(1, (n + columns - 1) / columns);
        ObjectNode grid = json.createObjectNode();
        grid.put("rows", rows);
        grid.put("columns", columns);
        ArrayNode order = grid.putArray("order");
        for (int r = 0; r < rows; r++) {
            ArrayNode row = order.addArray();
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                if (i < n) {
                    row.add(cards.get(i).id());
                } else {
                    row.addNull();
                }
            }
        }
        return grid;
    }

    private ObjectNode image(Image i, boolean packaged) {
        ObjectNode o = json.createObjectNode();
        o.put("id", i.id());
        o.put("width", i.width());
        o.put("height", i.height());
        o.put("content_type", i.contentType());
        if (packaged) {
            o.put("path", i.path());
        } else {
            o.put("data", "data:" + i.contentType() + ";base64," + Base64.getEncoder().encodeToString(i.bytes()));
        }
        if (i.license() != null) {
            o.set("license", i.license());
        }
        if (i.original() != null) {
            othersExtensions(i.original(), o);
        }
        return o;
    }

    /** The card's stored picture, else its symbol; empty (and logged) when neither can be read. */
    private Optional<Image> image(Card card, Optional<ImportedBoard> from, Optional<JsonNode> originalButton) {
        try {
            JsonNode originalImage = originalButton.flatMap(b -> from.flatMap(f -> originalImage(f.original(), b))).orElse(null);
            if (card.picture() != null) {
                Optional<Picture> p = pictures.find(card.picture());
                if (p.isPresent()) {
                    JsonNode license = originalImage == null ? null : originalImage.get("license");
                    return Optional.of(new Image("picture-" + p.get().id(), p.get().contentType(), p.get().bytes(), p.get().width(),
                        p.get().height(), license, originalImage));
                }
            }
            return symbolImage(card.symbol(), originalImage);
        } catch (RuntimeException e) {
            LOG.warn("The picture of card '{}' could not be exported; its button has no image: {}", card.id(), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Image> symbolImage(String symbolId, JsonNode originalImage) {
        Optional<Symbol> symbol = symbols.find(symbolId);
        Optional<byte[]> svg = symbols.svg(symbolId);
        if (symbol.isEmpty() || svg.isEmpty()) {
            LOG.warn("Symbol '{}' could not be read; its button is exported without an image", symbolId);
            return Optional.empty();
        }
        PictureCheck.Checked size = PictureCheck.check(symbolId, PictureCheck.SVG, svg.get());
        return Optional.of(new Image("symbol-" + symbolId, PictureCheck.SVG, svg.get(), size.width(), size.height(),
            symbolLicense(symbol.get()), originalImage));
    }

    private JsonNode symbolLicense(Symbol s) {
        ObjectNode l = json.createObjectNode();
        String type = s.licence() == null ? CC_BY : s.licence();
        l.put("type", type);
        if (type.equalsIgnoreCase(CC_BY)) {
            l.put("copyright_notice_url", CC_BY_URL);
        }
        l.put("author_name", s.author() == null ? AUTHOR : s.author());
        return l;
    }

    private JsonNode twofoldLicense() {
        ObjectNode l = json.createObjectNode();
        l.put("type", CC_BY);
        l.put("copyright_notice_url", CC_BY_URL);
        l.put("author_name", AUTHOR);
        return l;
    }

    private static Optional<JsonNode> originalButton(ImportedBoard b, String cardId) {
        String buttonId = b.buttonOfCard().get(cardId);
        JsonNode buttons = b.original().get("buttons");
        if (buttonId == null || buttons == null) {
            return Optional.empty();
        }
        for (JsonNode button : buttons) {
            if (buttonId.equals(button.path("id").asText(null))) {
                return Optional.of(button);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> originalImage(JsonNode original, JsonNode button) {
        String imageId = button.path("image_id").asText(null);
        JsonNode images = original.get("images");
        if (imageId == null || images == null) {
            return Optional.empty();
        }
        for (JsonNode image : images) {
            if (imageId.equals(image.path("id").asText(null))) {
                return Optional.of(image);
            }
        }
        return Optional.empty();
    }

    /** Other apps' ext_ fields, as they came; Twofold's own are written afresh. */
    private static void othersExtensions(JsonNode from, ObjectNode to) {
        from.fields().forEachRemaining(f -> {
            if (f.getKey().startsWith("ext_") && !f.getKey().startsWith(EXT) && !to.has(f.getKey())) {
                to.set(f.getKey(), f.getValue());
            }
        });
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a board as JSON", e);
        }
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }
}
