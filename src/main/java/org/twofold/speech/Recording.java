package org.twofold.speech;

/** A supporter's recording of a familiar voice, saying what its key names, for one person. */
public record Recording(String id, String personId, String key, String contentType, long size, String createdBy, String createdAt) {}
