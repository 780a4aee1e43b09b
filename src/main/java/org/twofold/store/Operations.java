package org.twofold.store;

/** The exit codes of the backup and restore commands, as the README lists them. */
public final class Operations {
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int IN_USE = 3;

    private Operations() {}
}
