package org.fonti.tagging.dates;

import org.fonti.tagging.dates.Lexicon.Entry;
import org.fonti.tagging.dates.Lexicon.Unit;

import static org.fonti.tagging.dates.Lexicon.ARTICLE;
import static org.fonti.tagging.dates.Lexicon.FEW;
import static org.fonti.tagging.dates.Lexicon.LAST;
import static org.fonti.tagging.dates.Lexicon.MEASURE;
import static org.fonti.tagging.dates.Lexicon.NEXT;
import static org.fonti.tagging.dates.Lexicon.OF;
import static org.fonti.tagging.dates.Lexicon.PAST;
import static org.fonti.tagging.dates.Lexicon.PLURAL;
import static org.fonti.tagging.dates.Lexicon.STREET;
import static org.fonti.tagging.dates.Lexicon.THIS;
import static org.fonti.tagging.dates.Lexicon.YEAR_CUE;

/**
 * The tokens of one text seen through a lexicon, with the small readers every date rule shares (a day, a month,
 * a year, "quest'anno"-like units, quantities) and the end of the last accepted mention, before which no new one
 * may start. One instance per call.
 */
final class TokenContext {

    /** A number read at some token, and the token after it. */
    record Read(int value, int next) {
    }

    /**
     * A unit relative to the reference ("il mese scorso" is MONTH, -1), or, when sameAsAnchor, the unit of the
     * previous date in the text ("dello stesso anno"); and the token after it.
     */
    record RelUnit(Unit unit, int offset, int next, boolean sameAsAnchor) {
        RelUnit(Unit unit, int offset, int next) {
            this(unit, offset, next, false);
        }
    }

    /** A month name; abbrev when it was abbreviated without a dot ("set", "mar"). */
    record MonthRead(int month, int next, boolean abbrev) {
    }

    final Tokens t;
    final Resolver r;
    final boolean english;
    /** The lexicon entry of every token (NONE for numbers). */
    final Entry[] entries;
    /** End of the last accepted mention: rules may not start a mention before it. */
    int minStart;

    TokenContext(Tokens tokens, Lexicon lexicon, Resolver resolver) {
        this.t = tokens;
        this.r = resolver;
        this.english = lexicon.language == org.fonti.corpus.Language.EN;
        this.entries = new Entry[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            entries[i] = tokens.kind[i] == Tokens.NUM ? Lexicon.NONE : lexicon.get(tokens.norm[i]);
        }
    }

    Entry e(int i) {
        return i >= 0 && i < t.size ? entries[i] : Lexicon.NONE;
    }

    boolean has(int i, int flag) {
        return e(i).has(flag);
    }

    static Match longer(Match a, Match b) {
        if (b == null || b.value() == null) {
            return a;
        }
        if (a == null || b.length() > a.length()) {
            return b;
        }
        return a;
    }

    Match match(int first, int end, DateValue value) {
        return value == null || first < minStart ? null : new Match(first, end, value);
    }

    /** Includes a preceding article ("l'anno scorso", "lo scorso mese") in a relative expression. */
    int withArticle(int i) {
        return i - 1 >= minStart && has(i - 1, ARTICLE) ? i - 1 : i;
    }

    // ------------------------------------------------------------------------------------------------ readers

    /** A day of month: 1..31 as digits (with °/º or st/nd/rd/th), as a word, or "primo"/"first". */
    Read readDay(int i) {
        if (t.isNum(i)) {
            if (t.digits(i) > 2 || t.num[i] < 1 || t.num[i] > 31) {
                return null;
            }
            int next = i + 1;
            if (t.glued(i) && (t.isAny(next, "°", "º", "o") || (english && t.isAny(next, "st", "nd", "rd", "th")))) {
                next++;
            }
            return new Read(t.num[i], next);
        }
        if (!t.isWord(i)) {
            return null;
        }
        Entry e = e(i);
        if (e.number >= 1 && e.number <= 31 && !t.isAny(i, "un", "una", "un'", "a", "an")) {
            return new Read(e.number, i + 1);
        }
        if (e.ordinal == 1 && (t.is(i, "primo") || t.is(i, "first"))) {
            return new Read(1, i + 1);
        }
        if (english && e.ordinal > 1) {
            return new Read(e.ordinal, i + 1);
        }
        return null;
    }

    MonthRead readMonth(int i) {
        Entry e = e(i);
        if (e.month == 0 || !t.isWord(i)) {
            return null;
        }
        if (english && !Character.isUpperCase(t.text.charAt(t.start[i]))) {
            return null;
        }
        int next = i + 1;
        boolean dotted = e.monthAbbrev && t.glued(i) && t.is(next, ".");
        if (dotted) {
            next++;
        }
        return new MonthRead(e.month, next, e.monthAbbrev && !dotted);
    }

    /** A year written out: four digits, '93 (with an apostrophe), or an Italian number word from 1000. */
    Read readYear(int i, boolean bareTwoDigits) {
        if (t.isNum(i)) {
            int v = t.num[i];
            if (t.digits(i) == 4 && v >= 1000 && v <= 2199 && !followedByMeasure(i + 1)) {
                return new Read(v, i + 1);
            }
            if (bareTwoDigits && t.digits(i) == 2 && !followedByMeasure(i + 1)) {
                return new Read(r.twoDigitYear(v), i + 1);
            }
            return null;
        }
        if (t.is(i, "'") && t.glued(i) && t.isNum(i + 1) && t.digits(i + 1) == 2 && !followedByMeasure(i + 2)
                && !(t.glued(i + 1) && t.isAny(i + 2, "s"))) {
            return new Read(r.twoDigitYear(t.num[i + 1]), i + 2);
        }
        if (t.isWord(i) && e(i).number >= 1000 && !followedByMeasure(i + 1)) {
            return new Read(e(i).number, i + 1);
        }
        return null;
    }

    boolean followedByMeasure(int i) {
        if (i >= t.size) {
            return false;
        }
        if (has(i, MEASURE) || t.isAny(i, "%", "‰", "€", "$")
                || t.is(i, "per") && t.isAny(i + 1, "cento", "mille") || t.is(i, "per") && t.is(i + 1, "cent")) {
            return true;
        }
        // thousands or decimals glued to the number: 2.000, 1,5
        return t.glued(i - 1) && t.isAny(i, ".", ",") && t.isNum(i + 1) && t.glued(i);
    }

    /** "quest'anno", "l'anno scorso", "del prossimo mese", "this year": a unit relative to the reference. */
    RelUnit readRelUnit(int i) {
        int k = i;
        if (has(k, ARTICLE)) {
            k++;
        }
        Entry e = e(k);
        if (t.isAny(k, "stesso", "stessa", "medesimo", "medesima", "same") && e(k + 1).unit != null
                && !has(k + 1, PLURAL)) {
            return new RelUnit(e(k + 1).unit, 0, k + 2, true);
        }
        if (e.has(THIS | PAST | NEXT) && !t.isAny(k, "passato", "passata", "previous")) {
            Entry u = e(k + 1);
            if (u.unit != null && !u.has(PLURAL)) {
                return new RelUnit(u.unit, direction(e), k + 2);
            }
            return null;
        }
        if (e.unit != null && !e.has(PLURAL)) {
            Entry after = e(k + 1);
            if (after.has(PAST | NEXT) && !after.has(PLURAL) && !t.is(k + 1, "previous")) {
                return new RelUnit(e.unit, direction(after), k + 2);
            }
            if (t.is(k + 1, "in") && t.is(k + 2, "arrivo")) {
                return new RelUnit(e.unit, 1, k + 3);
            }
            if (t.is(k + 1, "in") && t.is(k + 2, "corso") || t.is(k + 1, "corrente")) {
                return new RelUnit(e.unit, 0, t.is(k + 1, "in") ? k + 3 : k + 2);
            }
        }
        return null;
    }

    /** The value of a relative unit: from the reference, or from the previous date for "lo stesso anno". */
    DateValue resolve(RelUnit ru) {
        return ru.sameAsAnchor() ? r.sameAsAnchor(ru.unit()) : r.relative(ru.unit(), ru.offset());
    }

    static int direction(Entry e) {
        return e.has(PAST) ? -1 : e.has(NEXT) ? 1 : 0;
    }

    boolean isSep(int i) {
        return t.isAny(i, "/", "-", ".");
    }

    /** "via 20 Settembre", "piazza XX Settembre": the date is part of an address. */
    boolean nearStreet(int i) {
        return has(i - 1, STREET)
                || has(i - 2, STREET) && (t.isNum(i - 1) || e(i - 1).number > 0 || roman(t.norm(i - 1)) > 0);
    }

    boolean capitalized(int i) {
        return Character.isUpperCase(t.text.charAt(t.start[i]));
    }

    /** The year right after a month name: "2022", "del 2022", "'22", ", 2022", "99". */
    Read readYearAfterMonth(int k) {
        int j = k;
        if (t.is(j, ",")) {
            j++;
        } else if (t.isAny(j, "del", "di", "of", "dell'")) {
            j++;
        }
        Read y = readYear(j, false);
        if (y == null && j == k && t.isNum(k) && t.digits(k) == 2 && t.num[k] > 31 && !followedByMeasure(k + 1)) {
            y = new Read(r.twoDigitYear(t.num[k]), k + 1);
        }
        return y;
    }

    /** An abbreviated month after a day ("2 ott") is accepted only where a month is expected anyway. */
    boolean supportsAbbreviation(int dayIndex) {
        int p = dayIndex - 1;
        return english || e(p).weekday > 0 || t.isAny(p, "il", "l'", "dal", "al", "del", "entro", ",", "the", "on")
                || (t.is(p, ".") && e(p - 1).weekday > 0);
    }

    static int[] amount(Unit unit, int n) {
        int[] a = new int[Unit.values().length];
        a[unit.ordinal()] = n;
        return a;
    }

    /** Reads "2 anni, 1 mese e 21 giorni" into amounts; returns the index after it, or -1. */
    int readQuantities(int i, int[] amounts) {
        int j = i;
        boolean any = false;
        while (true) {
            int q;
            if (t.isNum(j) && t.digits(j) <= 3 && !(t.glued(j) && isSep(j + 1))) {
                q = t.num[j];
            } else if (e(j).number > 0 && e(j).number < 1000) {
                q = e(j).number;
            } else if (has(j, FEW)) {
                q = 3;
            } else {
                break;
            }
            Entry u = e(j + 1);
            if (u.unit == null || (q > 1 && !u.has(PLURAL) && !english) || t.is(j + 1, "giornata")) {
                break;
            }
            amounts[u.unit.ordinal()] += q;
            any = true;
            j += 2;
            if (t.isAny(j, ",", "e", "and") && (t.isNum(j + 1) || e(j + 1).number > 0) && e(j + 2).unit != null) {
                j++;
            }
        }
        return any ? j : -1;
    }

    boolean isFunctionWord(int i) {
        return has(i, ARTICLE | OF | YEAR_CUE | PAST | NEXT | THIS | LAST)
                || t.isAny(i, "a", "ad", "per", "da", "sotto", "verso", "durante", "dopo", "prima", "con", "col", "su",
                        "alla", "allo", "alle", "ai", "agli", "nella", "nello", "nelle", "sulla", "sul", "dalla",
                                "dallo",
                        "dalle", "on", "at", "for", "by", "until", "since");
    }

    static int roman(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return 0;
        }
        int total = 0;
        int prev = 0;
        for (int k = s.length() - 1; k >= 0; k--) {
            int v = switch (s.charAt(k)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> -1;
            };
            if (v < 0) {
                return 0;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
