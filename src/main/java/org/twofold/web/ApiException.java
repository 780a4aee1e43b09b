package org.twofold.web;

/**
 * A request the server refuses, with a status and words a person can act on.
 * The few kinds below are all a handler needs; {@link ErrorResponses} turns them into JSON or a page.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;

    protected ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public static final class BadRequest extends ApiException {
        public BadRequest(String detail) {
            super(400, "Bad request", detail);
        }
    }

    /**
     * One field of a request is wrong. The API's detail names the field (the API contract); a form on a
     * screen shows {@link #onScreen()} instead, where "{label}" stands for the words that label the field there.
     */
    public static final class BadField extends ApiException {
        private final String field;
        private final String onScreen;

        public BadField(String field, String detail, String onScreen) {
            super(400, "Bad request", detail);
            this.field = field;
            this.onScreen = onScreen;
        }

        public String field() {
            return field;
        }

        public String onScreen() {
            return onScreen;
        }
    }

    /**
     * A form on a screen was refused: its page is shown again with every problem and every typed value
     * (see {@link Forms}). Should one reach {@link ErrorResponses}, its detail is the problems in plain words.
     */
    public static final class FormRefused extends ApiException {
        private final Form form;

        public FormRefused(int status, Form form) {
            super(status, "There is a problem", String.join(" ", form.problems().stream().map(Form.Problem::message).toList()));
            this.form = form;
        }

        public Form form() {
            return form;
        }
    }

    /** A body sent in a form the route does not read (JSON routes take only application/json). */
    public static final class UnsupportedMediaType extends ApiException {
        public UnsupportedMediaType(String detail) {
            super(415, "Unsupported media type", detail);
        }
    }

    /** Too many tries in a short time: the detail says for how long to wait. */
    public static final class TooManyTries extends ApiException {
        public TooManyTries(String detail) {
            super(429, "Too many tries", detail);
        }
    }

    public static final class Unauthorized extends ApiException {
        public Unauthorized(String detail) {
            super(401, "Not signed in", detail);
        }
    }

    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(403, "Not allowed", detail);
        }
    }

    /**
     * A form without this site's token for the session (see security/CsrfTokens): an old page, or a page
     * from another site. Nothing is stored; the page says to try again.
     */
    public static final class FormExpired extends ApiException {
        public static final String TITLE = "Form not accepted";

        public FormExpired() {
            super(403, TITLE, "This page was open too long or came from somewhere else. Please try again.");
        }
    }

    public static final class NotFound extends ApiException {
        public NotFound(String detail) {
            super(404, "Not found", detail);
        }
    }

    /** What was here has ended for good, such as the conversation a join link opened. */
    public static final class Gone extends ApiException {
        public Gone(String detail) {
            super(410, "Gone", detail);
        }
    }

    /** Open to a more specific kind of conflict that a screen may answer in its own way. */
    public static class Conflict extends ApiException {
        public Conflict(String detail) {
            super(409, "Conflict", detail);
        }
    }

    /** A part of the server that is not ready yet, or is off: try again later. */
    public static final class Unavailable extends ApiException {
        public Unavailable(String detail) {
            super(503, "Not available", detail);
        }
    }
}
