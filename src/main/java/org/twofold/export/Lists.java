package org.twofold.export;

import java.util.List;

/** A draft's list as it may have been stored: none is read as empty. */
final class Lists {
    private Lists() {}

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : list;
    }
}
