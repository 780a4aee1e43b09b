package org.twofold.draft;

/** The name people read for an account that changed or approved a plan. */
@FunctionalInterface
public interface AccountNames {
    String of(String actorId);
}
