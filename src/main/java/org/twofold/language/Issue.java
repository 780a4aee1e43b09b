package org.twofold.language;

/** One weakness of a statement, with the characters it is about: text.substring(start, end). */
public record Issue(IssueCode code, String message, int start, int end) {}
