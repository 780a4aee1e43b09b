package org.twofold.store;

/** A failure of the storage layer itself, never of user input. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
