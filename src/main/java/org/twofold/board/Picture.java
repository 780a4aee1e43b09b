package org.twofold.board;

/**
 * A stored picture: an imported board's image (no person), or later a person's own photo card.
 * Its bytes have been checked: a PNG, a JPEG or a safe SVG, within the size limits.
 */
public record Picture(String id, String personId, String contentType, byte[] bytes, int width, int height, String createdBy,
                      String createdAt) {}
