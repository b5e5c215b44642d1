package org.fonti.search;

import java.util.ArrayList;
import java.util.List;
import org.fonti.corpus.Language;
import org.fonti.index.Fields;

/** Which text a query searches: the whole article (body and title), or only the words inside its quotations. */
enum SearchScope {
    ARTICLES,
    QUOTATIONS;

    String body(Language language) {
        return this == ARTICLES ? Fields.text(language) : Fields.quotes(language);
    }

    /** The title field, or null when the scope has no titles. */
    String title(Language language) {
        return this == ARTICLES ? Fields.title(language) : null;
    }

    String exact() {
        return this == ARTICLES ? Fields.EXACT : Fields.QUOTES_EXACT;
    }

    /** Fields whose offsets point into the document text, for highlighting. */
    List<String> matchFields() {
        var fields = new ArrayList<String>();
        for (Language language : Language.values()) {
            fields.add(body(language));
        }
        fields.add(exact());
        return fields;
    }
}
