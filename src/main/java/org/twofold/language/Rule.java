package org.twofold.language;

import java.util.List;

/** One kind of weakness, looked for in an analysed statement. */
interface Rule {
    void check(Statement statement, List<Issue> out);
}
