package org.fonti.search;

import java.util.List;

/** One matching article with its best passages. */
public record SearchHit(String id, String title, String date, boolean dateInferred, String lang, String url,
                        String source, float score, List<Passage> passages) {
}
