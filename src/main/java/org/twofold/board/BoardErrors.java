package org.twofold.board;

import org.twofold.web.ApiException;

/** Refusals of a board file sent for import; mapped to JSON with all the others in web/ErrorResponses. */
final class BoardErrors {
    private BoardErrors() {}

    /** The file is not a board Twofold can take: the detail says what is wrong with it. */
    static final class BadBoardFile extends ApiException {
        BadBoardFile(String detail) {
            super(400, "Board file refused", detail);
        }
    }

    /** The file, a part of it, or a picture in it is larger than is taken. */
    static final class TooLarge extends ApiException {
        TooLarge(String detail) {
            super(413, "Too large", detail);
        }
    }

    /** The file, or a picture in it, is of a kind that is not taken. */
    static final class UnsupportedType extends ApiException {
        UnsupportedType(String detail) {
            super(415, "Unsupported media type", detail);
        }
    }
}
