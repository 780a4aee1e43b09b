package org.twofold.security;

/**
 * One line of the audit log as an admin reads it: when (the log's UTC time), who (a username, or words for the
 * person's tablet), the action's code and what it was in plain words, the subject as logged, and whom it was
 * about in words (the person's preferred name where it is a person of the admin's service); personId is theirs, or null.
 */
public record AuditEntry(String at, String who, String action, String what, String subject, String about, String personId) {}
