package org.twofold.board;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.twofold.board.BoardErrors.BadBoardFile;
import org.twofold.board.BoardErrors.TooLarge;
import org.twofold.store.Times;
import org.twofold.symbols.SymbolCatalogue;

/**
 * The images of one imported board: each read from its data: URI or its file in the .obz, checked, and
 * made a picture to store. An image that is a library symbol exactly (as Twofold exports them) stays that
 * symbol. An image only at a URL, or in a symbol set, is not fetched: its button shows a library symbol.
 */
final class ObfImages {
    private final SymbolCatalogue symbols;
    private final String createdBy;
    private final Instant now;
    private final Map<String, JsonNode> byId;
    private final Function<String, Optional<byte[]>> files;
    private final Map<String, Optional<Picture>> made = new HashMap<>();

    /** @param files the files of the .obz, by path; null for a lone .obf, which carries no files */
    ObfImages(SymbolCatalogue symbols, Map<String, JsonNode> byId, Function<String, Optional<byte[]>> files, String createdBy,
              Instant now) {
        this.symbols = symbols;
        this.byId = byId;
        this.files = files;
        this.createdBy = createdBy;
        this.now = now;
    }

    /**
     * The picture for an image id, made once however many buttons show it: empty when the image is the
     * library symbol {@code symbol} exactly, or has nothing Twofold can read without going online.
     */
    Optional<Picture> picture(String imageId, String symbol) {
        if (!byId.containsKey(imageId)) {
            throw new BadBoardFile("A button names image '" + imageId + "', which the board does not have.");
        }
        Optional<Picture> picture = made.computeIfAbsent(imageId, k -> make(imageId, byId.get(imageId)));
        return picture.filter(p -> symbol == null || symbols.svg(symbol).filter(svg -> Arrays.equals(svg, p.bytes())).isEmpty());
    }

    private Optional<Picture> make(String imageId, JsonNode image) {
        String declared = image.hasNonNull("content_type") ? text(imageId, image.get("content_type"), "content_type") : null;
        byte[] bytes;
        if (image.hasNonNull("data")) {
            DataUri uri = DataUri.parse(imageId, text(imageId, image.get("data"), "data"));
            bytes = uri.bytes();
            declared = declared == null ? uri.contentType() : declared;
        } else if (image.hasNonNull("path") && files != null) {
            String path = text(imageId, image.get("path"), "path");
            bytes = files.apply(path).orElseThrow(() -> new BadBoardFile("Image '" + imageId + "' is at '" + path
                + "', which is not in the .obz file."));
        } else {
            return Optional.empty();
        }
        PictureCheck.Checked checked = PictureCheck.check(imageId, declared, bytes);
        return Optional.of(new Picture(UUID.randomUUID().toString(), null, checked.contentType(), bytes, checked.width(),
            checked.height(), createdBy, Times.format(now)));
    }

    private static String text(String imageId, JsonNode node, String field) {
        if (!node.isTextual()) {
            throw new BadBoardFile("Image '" + imageId + "' has a " + field + " that is not text.");
        }
        return node.asText();
    }

    /** A data: URI's media type and bytes, in base64 or percent-encoded; a payload too large is refused before it is decoded. */
    record DataUri(String contentType, byte[] bytes) {
        static DataUri parse(String imageId, String uri) {
            int comma = uri.indexOf(',');
            if (!uri.regionMatches(true, 0, "data:", 0, 5) || comma < 0) {
                throw new BadBoardFile("Image '" + imageId + "' has data that is not a data: URI.");
            }
            String head = uri.substring(5, comma);
            String payload = uri.substring(comma + 1);
            boolean base64 = head.toLowerCase(java.util.Locale.ROOT).endsWith(";base64");
            long size = base64 ? payload.length() / 4L * 3 : payload.length();
            if (size > PictureCheck.MOST_BYTES + 3) {
                throw new TooLarge("Image '" + imageId + "' is larger than 1 MB: a picture may be at most 1 MB.");
            }
            String type = head.split(";", 2)[0];
            try {
                byte[] bytes = base64 ? Base64.getDecoder().decode(payload.replaceAll("\\s", ""))
                    : URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
                return new DataUri(type.isBlank() ? null : type, bytes);
            } catch (IllegalArgumentException e) {
                throw new BadBoardFile("Image '" + imageId + "' has data that cannot be decoded: " + e.getMessage());
            }
        }
    }
}
