package org.twofold.board;

import org.twofold.web.ApiException;

/**
 * A photo that is not taken: not a JPEG or PNG (415), too large in bytes or pixels (413), or broken (400).
 * The API says {@link #detail()}; a form shows {@link #onScreen()} beside the photo's field.
 */
public final class PhotoRefused extends ApiException {
    private final String onScreen;

    private PhotoRefused(int status, String title, String detail, String onScreen) {
        super(status, title, detail);
        this.onScreen = onScreen;
    }

    static PhotoRefused wrongType(String detail) {
        return new PhotoRefused(415, "Unsupported media type", detail, "The photo must be a JPEG or PNG picture.");
    }

    static PhotoRefused tooLarge(String detail, String onScreen) {
        return new PhotoRefused(413, "Too large", detail, onScreen);
    }

    static PhotoRefused broken(String detail) {
        return new PhotoRefused(400, "Bad request", detail, "The photo could not be opened. Take it again or choose another.");
    }

    public static PhotoRefused missing() {
        return new PhotoRefused(400, "Bad request", "Send the photo in the form field 'photo'.", "Take or choose a photo.");
    }

    public String onScreen() {
        return onScreen;
    }
}
