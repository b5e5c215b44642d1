package org.fonti.tagging.dates;

import java.util.ArrayList;
import java.util.List;

/** Italian cardinal number words, with the usual elisions ("ventuno", "centottanta", "ventitré"). */
final class ItalianNumbers {
    private static final String[] UNITS = {"", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto",
            "nove", "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette",
            "diciotto", "diciannove"};
    private static final String[] TENS = {"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta",
            "settanta", "ottanta", "novanta"};

    private ItalianNumbers() {
    }

    /** 20 for "vent", 50 for "cinquant": the value of a tens word without its final vowel. */
    static int valueOfTens(String stem) {
        for (int t = 2; t < TENS.length; t++) {
            if (TENS[t].startsWith(stem) && TENS[t].length() == stem.length() + 1) {
                return t * 10;
            }
        }
        throw new IllegalArgumentException(stem);
    }

    /** Every accepted spelling of n (1..2999). */
    static List<String> spellings(int n) {
        List<String> out = new ArrayList<>();
        if (n >= 1000) {
            String prefix = n / 1000 == 1 ? "mille" : UNITS[n / 1000] + "mila";
            int rest = n % 1000;
            if (rest == 0) {
                out.add(prefix);
            } else {
                for (String s : below1000(rest)) {
                    out.add(prefix + s);
                }
            }
        } else {
            out.addAll(below1000(n));
        }
        return out;
    }

    private static List<String> below1000(int n) {
        List<String> out = new ArrayList<>();
        int h = n / 100;
        int rest = n % 100;
        if (h == 0) {
            out.addAll(below100(rest));
            return out;
        }
        String hundred = h == 1 ? "cento" : UNITS[h] + "cento";
        if (rest == 0) {
            out.add(hundred);
            return out;
        }
        for (String r : below100(rest)) {
            out.add(hundred + r);
            if (r.startsWith("o")) {
                out.add(hundred.substring(0, hundred.length() - 1) + r);
            }
        }
        return out;
    }

    private static List<String> below100(int n) {
        List<String> out = new ArrayList<>();
        if (n < 20) {
            out.add(UNITS[n]);
            return out;
        }
        String tens = TENS[n / 10];
        int u = n % 10;
        if (u == 0) {
            out.add(tens);
        } else if (u == 1 || u == 8) {
            out.add(tens.substring(0, tens.length() - 1) + UNITS[u]);
        } else if (u == 3) {
            out.add(tens + "tre");
            out.add(tens + "tré");
        } else {
            out.add(tens + UNITS[u]);
        }
        return out;
    }
}
