package org.fonti.tagging.dates;

import java.util.Set;

/**
 * A rough tense reading of the clause around a token, used only for expressions whose direction the words leave
 * open (a bare weekday): the nearest future-tense or past-tense verb form within the sentence decides.
 */
enum Tense {
    FUTURE, PAST, NONE;

    private static final int WINDOW = 20;
    private static final Set<String> AUXILIARIES = Set.of("ho", "hai", "ha", "abbiamo", "avete", "hanno", "è", "e'",
            "sono", "siamo", "siete", "era", "erano", "fu", "furono", "sei", "has", "have", "had", "was", "were");
    private static final Set<String> ENGLISH_PAST = Set.of("was", "were", "had", "did", "said", "told", "went", "came",
            "took", "left", "met", "won", "lost", "died", "began", "saw", "made", "gave", "found", "held");
    private static final Set<String> NOT_FUTURE = Set.of("però", "perciò", "sarò", "ciò");

    static Tense of(Tokens t, int at) {
        int bestDistance = Integer.MAX_VALUE;
        Tense best = NONE;
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int k = 1; k <= WINDOW; k++) {
                int i = at + dir * k;
                if (i < 0 || i >= t.size || (dir < 0 ? t.isSentenceEnd(i) : t.isSentenceEnd(i - 1))) {
                    break;
                }
                Tense tense = classify(t, i);
                if (tense != NONE && k < bestDistance) {
                    bestDistance = k;
                    best = tense;
                }
            }
        }
        return best;
    }

    private static Tense classify(Tokens t, int i) {
        if (!t.isWord(i)) {
            return NONE;
        }
        String w = t.norm[i];
        if (w.equals("will") || w.equals("shall") || w.equals("ll") && t.is(i - 1, "'")) {
            return FUTURE;
        }
        if (w.length() >= 4 && !NOT_FUTURE.contains(w) && (w.endsWith("rò") || w.endsWith("rà") || w.endsWith("remo")
                || w.endsWith("ranno") || w.endsWith("rete")) || w.equals("sarò")) {
            return FUTURE;
        }
        if (ENGLISH_PAST.contains(w)) {
            return PAST;
        }
        if (AUXILIARIES.contains(w) && isParticiple(t.norm(i + 1)) || AUXILIARIES.contains(w)
                && isParticiple(t.norm(i + 2))) {
            return PAST;
        }
        if (w.length() >= 5 && (w.endsWith("ava") || w.endsWith("avano") || w.endsWith("eva") || w.endsWith("evano")
                || w.endsWith("arono") || w.endsWith("erono") || w.endsWith("irono"))) {
            return PAST;
        }
        return NONE;
    }

    private static boolean isParticiple(String w) {
        if (w.length() < 4) {
            return false;
        }
        return w.endsWith("ato") || w.endsWith("ata") || w.endsWith("ati") || w.endsWith("ate") || w.endsWith("uto")
                || w.endsWith("uta") || w.endsWith("ito") || w.endsWith("ita") || w.endsWith("iti") || w.endsWith("tto")
                || w.endsWith("tta") || w.endsWith("so") || w.endsWith("sto") || w.endsWith("rto") || w.endsWith("ed")
                || w.equals("stato") || w.equals("stata") || w.equals("been");
    }
}
