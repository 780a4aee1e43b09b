package org.twofold.symbols;

import java.util.List;

/** One picture of the symbol library, as its catalogue describes it. */
public record Symbol(String id, String label, String alt, List<String> keywords, String category, String author, String licence) {}
