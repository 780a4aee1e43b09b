package org.twofold.speech;

import org.twofold.web.ApiException;

/** Refusals particular to speech; mapped to JSON with all the others in web/ErrorResponses. */
final class SpeechErrors {
    private SpeechErrors() {}

    /** Speech could not be made just now; the screen goes on without it. */
    static final class Unavailable extends ApiException {
        Unavailable(String detail) {
            super(503, "Speech unavailable", detail);
        }
    }

    static final class TooLarge extends ApiException {
        TooLarge(String detail) {
            super(413, "Too large", detail);
        }
    }

    /** A person's recordings are at their limit: nothing more is kept until one is deleted. */
    static final class QuotaReached extends ApiException {
        QuotaReached(String detail) {
            super(409, "Too many recordings", detail);
        }
    }

    static final class UnsupportedType extends ApiException {
        UnsupportedType(String detail) {
            super(415, "Unsupported media type", detail);
        }
    }
}
