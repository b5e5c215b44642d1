package org.fonti.tagging.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fonti.tagging.dates.Lexicon.Entry;
import org.fonti.tagging.dates.Lexicon.Unit;

import static org.fonti.tagging.dates.Lexicon.AFTER;
import static org.fonti.tagging.dates.Lexicon.AGO;
import static org.fonti.tagging.dates.Lexicon.AHEAD;
import static org.fonti.tagging.dates.Lexicon.ARTICLE;
import static org.fonti.tagging.dates.Lexicon.BEFORE;
import static org.fonti.tagging.dates.Lexicon.CENTURY;
import static org.fonti.tagging.dates.Lexicon.FEW;
import static org.fonti.tagging.dates.Lexicon.HALF;
import static org.fonti.tagging.dates.Lexicon.LAST;
import static org.fonti.tagging.dates.Lexicon.MEASURE;
import static org.fonti.tagging.dates.Lexicon.NEXT;
import static org.fonti.tagging.dates.Lexicon.OF;
import static org.fonti.tagging.dates.Lexicon.PART_END;
import static org.fonti.tagging.dates.Lexicon.PART_MID;
import static org.fonti.tagging.dates.Lexicon.PART_START;
import static org.fonti.tagging.dates.Lexicon.PAST;
import static org.fonti.tagging.dates.Lexicon.PLURAL;
import static org.fonti.tagging.dates.Lexicon.STREET;
import static org.fonti.tagging.dates.Lexicon.THIS;
import static org.fonti.tagging.dates.Lexicon.TIME_CUE;
import static org.fonti.tagging.dates.Lexicon.YEAR_CUE;

/**
 * One left-to-right pass over the tokens of one text. Only tokens that can start or anchor a date expression
 * (digits, month and weekday names, relative keywords) trigger local parsing; each parse looks at a few tokens
 * around the trigger and the longest reading wins. Not thread-safe: one instance per call.
 */
final class DateParser {

    /** A date expression over tokens [first, end). */
    record Match(int first, int end, DateValue value) {
        int length() {
            return end - first;
        }
    }

    private record Read(int value, int next) {
    }

    private record RelUnit(Unit unit, int offset, int next) {
    }

    private static final int TRIGGER_FLAGS = PAST | NEXT | THIS | PART_START | PART_END | PART_MID | AHEAD | LAST | FEW
            | CENTURY;
    private static final Map<String, Integer> CENTURY_ORDINALS = Map.ofEntries(
            Map.entry("ventunesimo", 21), Map.entry("ventesimo", 20), Map.entry("diciannovesimo", 19),
            Map.entry("diciottesimo", 18), Map.entry("diciassettesimo", 17), Map.entry("sedicesimo", 16),
            Map.entry("quindicesimo", 15), Map.entry("quattordicesimo", 14), Map.entry("tredicesimo", 13),
            Map.entry("twentieth", 20), Map.entry("nineteenth", 19), Map.entry("eighteenth", 18),
            Map.entry("seventeenth", 17), Map.entry("sixteenth", 16));
    /** "dei 1500", "negli 800": after a plural article a number is a distance or a count, not a year. */
    private static final java.util.Set<String> PLURAL_ARTICLES = java.util.Set.of("dei", "degli", "delle", "ai", "agli",
            "alle", "dai", "dagli", "dalle", "nei", "negli", "nelle", "i", "gli", "le", "sui", "sugli");
    private static final Map<String, Integer> CENTURY_NAMES = Map.of("duecento", 13, "trecento", 14,
            "quattrocento", 15, "cinquecento", 16, "seicento", 17, "settecento", 18, "ottocento", 19, "novecento", 20);

    private final Tokens t;
    private final Lexicon lex;
    private final Holidays holidays;
    private final Resolver r;
    private final boolean english;
    private final Entry[] entries;
    private int minStart;

    DateParser(Tokens tokens, Lexicon lexicon, Holidays holidays, Resolver resolver) {
        this.t = tokens;
        this.lex = lexicon;
        this.holidays = holidays;
        this.r = resolver;
        this.english = lexicon.language == org.fonti.corpus.Language.EN;
        this.entries = new Entry[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            entries[i] = tokens.kind[i] == Tokens.NUM ? Lexicon.NONE : lexicon.get(tokens.norm[i]);
        }
    }

    List<Match> parseAll() {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            Match m = isTrigger(i) ? matchAt(i) : null;
            if (m != null && m.first >= minStart && m.end > i) {
                out.add(m);
                r.remember(m.value);
                minStart = m.end;
                i = m.end;
            } else {
                i++;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ dispatch

    private Entry e(int i) {
        return i >= 0 && i < t.size ? entries[i] : Lexicon.NONE;
    }

    private boolean has(int i, int flag) {
        return e(i).has(flag);
    }

    private boolean isTrigger(int i) {
        if (t.kind[i] == Tokens.NUM) {
            return true;
        }
        if (t.kind[i] == Tokens.PUNCT) {
            return t.norm[i].equals("'") && t.isNum(i + 1);
        }
        Entry e = entries[i];
        return e.month > 0 || e.weekday > 0 || e.number > 0 || e.ordinal > 0 || e.relDay != Integer.MIN_VALUE
                || e.unit != null || e.holiday || (e.flags & TRIGGER_FLAGS) != 0
                || t.norm[i].equals("altro") || (t.norm[i].equals("dopo") && t.is(i + 1, "domani"))
                || CENTURY_ORDINALS.containsKey(t.norm[i]);
    }

    private Match matchAt(int i) {
        Entry e = e(i);
        Match best = null;
        if (t.kind[i] == Tokens.NUM) {
            if (t.glued(i) && t.isWord(i + 1) && !(english && t.isAny(i + 1, "st", "nd", "rd", "th", "s"))
                    && !(t.is(i + 1, "o") && t.digits(i) <= 2)) {
                return null; // "84enne", "15esimo", "3D"
            }
            best = longer(best, numericDate(i));
            best = longer(best, dayMonth(i, 0));
            best = longer(best, dayListHead(i));
            best = longer(best, quantity(i));
            best = longer(best, year(i));
            best = longer(best, dayOnly(i));
            best = longer(best, ordinal(i));
            return best;
        }
        if (t.kind[i] == Tokens.PUNCT) {
            return year(i);
        }
        if (e.month > 0) {
            best = longer(best, monthFirst(i, 0));
        }
        if (e.weekday > 0) {
            best = longer(best, weekday(i));
        }
        if (e.number > 0) {
            best = longer(best, dayMonth(i, 0));
            best = longer(best, dayListHead(i));
            best = longer(best, quantity(i));
            best = longer(best, year(i));
            best = longer(best, dayOnly(i));
            best = longer(best, namedCentury(i));
        }
        if (e.ordinal > 0 || e.has(LAST)) {
            best = longer(best, ordinal(i));
            best = longer(best, dayMonth(i, 0));
        }
        if (e.relDay != Integer.MIN_VALUE) {
            best = longer(best, relativeDay(i));
        }
        if (t.is(i, "altro") && t.is(i + 1, "ieri")) {
            best = longer(best, match(withArticle(i), i + 2, r.relative(Unit.DAY, -2)));
        }
        if (t.is(i, "dopo") && t.is(i + 1, "domani")) {
            best = longer(best, match(i, i + 2, r.relative(Unit.DAY, 2)));
        }
        if (e.has(PAST | NEXT | THIS | LAST)) {
            best = longer(best, modifierFirst(i));
        }
        if (e.unit != null) {
            best = longer(best, unitFirst(i));
        }
        if (e.has(PART_START | PART_END | PART_MID)) {
            best = longer(best, periodPart(i, i + 1));
        }
        if (e.has(AHEAD)) {
            best = longer(best, ahead(i));
        }
        if (e.has(FEW)) {
            best = longer(best, quantity(i));
        }
        if (e.holiday) {
            best = longer(best, holiday(i, 0));
        }
        if (e.has(CENTURY)) {
            best = longer(best, century(i));
        }
        if (CENTURY_ORDINALS.containsKey(t.norm[i]) && has(i + 1, CENTURY)) {
            best = longer(best, match(i, i + 2, centuryValue(CENTURY_ORDINALS.get(t.norm[i]))));
        }
        return best;
    }

    private static Match longer(Match a, Match b) {
        if (b == null || b.value == null) {
            return a;
        }
        if (a == null || b.length() > a.length()) {
            return b;
        }
        return a;
    }

    private Match match(int first, int end, DateValue value) {
        return value == null || first < minStart ? null : new Match(first, end, value);
    }

    /** Includes a preceding article ("l'anno scorso", "lo scorso mese") in a relative expression. */
    private int withArticle(int i) {
        return i - 1 >= minStart && has(i - 1, ARTICLE) ? i - 1 : i;
    }

    // ------------------------------------------------------------------------------------------------ readers

    /** A day of month: 1..31 as digits (with °/º or st/nd/rd/th), as a word, or "primo"/"first". */
    private Read readDay(int i) {
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

    private record MonthRead(int month, int next, boolean abbrev) {
    }

    private MonthRead readMonth(int i) {
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
    private Read readYear(int i, boolean bareTwoDigits) {
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

    private boolean followedByMeasure(int i) {
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
    private RelUnit readRelUnit(int i) {
        int k = i;
        if (has(k, ARTICLE)) {
            k++;
        }
        Entry e = e(k);
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

    private static int direction(Entry e) {
        return e.has(PAST) ? -1 : e.has(NEXT) ? 1 : 0;
    }

    private boolean isSep(int i) {
        return t.isAny(i, "/", "-", ".");
    }

    /** "via 20 Settembre", "piazza XX Settembre": the date is part of an address. */
    private boolean nearStreet(int i) {
        return has(i - 1, STREET)
                || has(i - 2, STREET) && (t.isNum(i - 1) || e(i - 1).number > 0 || roman(t.norm(i - 1)) > 0);
    }

    private boolean capitalized(int i) {
        return Character.isUpperCase(t.text.charAt(t.start[i]));
    }

    // ------------------------------------------------------------------------------------------------ rules

    /** 10/05/2022, 10.05.2022, 10-05-2022, 2022-05-10, 2015/3, 3/2015, 22/04, 2/Ott, 23/set/2020. */
    private Match numericDate(int i) {
        if (!(t.glued(i) && isSep(i + 1) && t.glued(i + 1))) {
            return null;
        }
        if (i > 0 && t.glued(i - 1) && (t.isNum(i - 1) || isSep(i - 1) || t.isWord(i - 1) || t.is(i - 1, ","))) {
            return null;
        }
        int a = t.num[i];
        int da = t.digits(i);
        String sep = t.norm[i + 1];
        if (t.isNum(i + 2)) {
            int b = t.num[i + 2];
            int db = t.digits(i + 2);
            boolean third = t.glued(i + 2) && t.glued(i + 3) && t.isNum(i + 4)
                    && (t.is(i + 3, sep) || (sep.equals("/") && t.is(i + 3, ",")));
            if (third) {
                if (t.glued(i + 4) && (isSep(i + 5) || t.is(i + 5, ",")) && t.isNum(i + 6) && t.glued(i + 5)) {
                    return null; // four groups: an id, a version or a phone number
                }
                int c = t.num[i + 4];
                int dc = t.digits(i + 4);
                if (da == 4 && db <= 2 && dc <= 2) {
                    return explicitDay(i, i + 5, a, b, c);
                }
                if (da <= 2 && db <= 2 && (dc == 4 || dc == 2)) {
                    int year = dc == 4 ? c : r.twoDigitYear(c);
                    if (dc == 4 && (c < 1000 || c > 2199)) {
                        return null;
                    }
                    if (b > 12 && a <= 12) {
                        return explicitDay(i, i + 5, year, a, b);
                    }
                    return explicitDay(i, i + 5, year, b, a);
                }
                return null;
            }
            if (followedByMeasure(i + 3) || (t.glued(i + 2) && (isSep(i + 3) || t.is(i + 3, ",")) && t.isNum(i + 4))) {
                return null;
            }
            if (da == 4 && db <= 2 && b >= 1 && b <= 12 && a >= 1000 && a <= 2199) {
                return match(i, i + 3, DateValue.ofMonth(a, b));
            }
            if (db == 4 && da <= 2 && a >= 1 && a <= 12 && b >= 1000 && b <= 2199 && !sep.equals("-")) {
                return match(i, i + 3, DateValue.ofMonth(b, a));
            }
            if (da <= 2 && db <= 2) {
                boolean accept = switch (sep) {
                    case "/" -> true;
                    case "." -> db == 2 && !has(i - 1, TIME_CUE);
                    default -> (a > 12 || b > 12) && !has(i - 1, TIME_CUE);
                };
                if (!accept || nearStreet(i)) {
                    return null;
                }
                int day = a;
                int month = b;
                if (month > 12 && day <= 12) {
                    day = b;
                    month = a;
                }
                if (sep.equals(".") && month != b) {
                    return null; // 4.22 is a decimal number far more often than April 22
                }
                return match(i, i + 3, r.dayMonth(month, day, 0));
            }
            return null;
        }
        MonthRead m = readMonth(i + 2);
        if (m != null && da <= 2) {
            int k = m.next();
            if (t.glued(k - 1) && t.is(k, sep) && t.glued(k) && t.isNum(k + 1)) {
                int c = t.num[k + 1];
                int dc = t.digits(k + 1);
                if (dc == 4 || dc == 2) {
                    return explicitDay(i, k + 2, dc == 4 ? c : r.twoDigitYear(c), m.month(), a);
                }
            }
            return match(i, k, r.dayMonth(m.month(), a, 0));
        }
        if (m != null && da == 4) {
            int k = m.next();
            if (t.glued(k - 1) && t.is(k, sep) && t.glued(k) && t.isNum(k + 1) && t.digits(k + 1) <= 2) {
                return explicitDay(i, k + 2, a, m.month(), t.num[k + 1]);
            }
        }
        return null;
    }

    private Match explicitDay(int first, int end, int year, int month, int day) {
        if (year < 1000 || year > 2199 || !Resolver.validDay(year, month, day)) {
            return null;
        }
        return match(first, end, DateValue.ofDay(year, month, day));
    }

    /** 10 maggio 2022, 1° maggio, ventuno maggio, due di Ago., 10th of May, 16. Nov. 2016, lo scorso 10 maggio. */
    private Match dayMonth(int i, int bias) {
        Read d = readDay(i);
        if (d == null) {
            return null;
        }
        int j = d.next();
        boolean gluedSep = false;
        if (t.isNum(i) && t.glued(j - 1) && t.isAny(j, "/", "-") && t.glued(j)) {
            j++;
            gluedSep = true;
        } else if (t.isNum(i) && t.glued(j - 1) && t.is(j, ".")) {
            j++;
        }
        if (!gluedSep && (t.isAny(j, "di", "of"))) {
            j++;
        }
        MonthRead m = readMonth(j);
        if (m == null) {
            // "il 20 del prossimo mese", "il 31 di questo mese"
            if (has(j, OF)) {
                RelUnit ru = readRelUnit(j + 1);
                if (ru != null && ru.unit() == Unit.MONTH) {
                    DateValue month = r.relative(Unit.MONTH, ru.offset());
                    if (month.certain() && !Resolver.validDay(month.year(), month.month(), d.value())) {
                        return null;
                    }
                    return match(i, ru.next(), DateValue.ofDay(month.year(), month.month(), d.value()));
                }
            }
            return null;
        }
        int k = m.next();
        boolean yearFollows = readYearAfterMonth(k) != null;
        if (m.abbrev() && !gluedSep && !yearFollows && !supportsAbbreviation(i)) {
            return null;
        }
        if (nearStreet(i) || (t.isNum(i) && has(i - 1, TIME_CUE) && !t.is(i - 1, "le"))) {
            return null;
        }
        if (!t.isNum(i) && e(i).number > 0 && e(i).ordinal == 0 && has(i - 1, MEASURE)) {
            return null;
        }
        // year: 2022 | del 2022 | '22 | , 2022 | di quest'anno
        Read y = readYearAfterMonth(k);
        if (y != null) {
            return explicitDay(i, y.next(), y.value(), m.month(), d.value());
        }
        if (has(k, OF)) {
            RelUnit ru = readRelUnit(k + 1);
            if (ru != null && ru.unit() == Unit.YEAR) {
                DateValue year = r.relative(Unit.YEAR, ru.offset());
                return year.certain() ? explicitDay(i, ru.next(), year.year(), m.month(), d.value())
                        : match(i, ru.next(), DateValue.ofDay(0, m.month(), d.value()));
            }
        }
        if (bias == 0 && !has(k, PLURAL)) {
            if (has(k, PAST) && !t.is(k, "last")) {
                return match(i, k + 1, r.dayMonth(m.month(), d.value(), -1));
            }
            if (has(k, NEXT) && !t.is(k, "next")) {
                return match(i, k + 1, r.dayMonth(m.month(), d.value(), 1));
            }
        }
        return match(i, k, r.dayMonth(m.month(), d.value(), bias));
    }

    /**
     * The first day of a list or range that names its month once: "24" in "il 24 e 25 settembre 2022", "3" in
     * "dal 3 al 5 giugno". The mention is the day alone; its month and year are those of the day that follows.
     */
    private Match dayListHead(int i) {
        Read d = readDay(i);
        if (d == null || (t.isNum(i) && t.glued(i) && t.isAny(i + 1, ".", ":", ",") && t.glued(i + 1) && t.isNum(i + 2))) {
            return null;
        }
        int j = d.next();
        if (!t.isAny(j, "e", "ed", ",", "al", "-", "–", "a", "and", "to", "all'", "fino")) {
            return null;
        }
        int k = t.is(j, "fino") && t.isAny(j + 1, "al", "all'") ? j + 2 : j + 1;
        if (t.isAny(j, "e", "ed") && t.isAny(k, "il", "l'")) {
            k++; // "tra il 4 e l'8 settembre"
        }
        Match rest = longer(dayListHead(k), dayMonth(k, 0));
        if (rest == null || rest.value().grain() != DateValue.Grain.DAY || rest.value().month() == 0) {
            return null;
        }
        DateValue v = rest.value();
        if (v.day() > 0 && d.value() >= v.day() && !t.isAny(j, "e", "ed", ",", "and")) {
            return null; // a range runs forward: "28 al 3 marzo" starts in another month
        }
        int year = Resolver.validDay(v.year(), v.month(), d.value()) ? v.year() : 0;
        if (!Resolver.validDay(year, v.month(), d.value())) {
            return null;
        }
        return match(i, d.next(), DateValue.ofDay(year, v.month(), d.value()));
    }

    /** The year right after a month name: "2022", "del 2022", "'22", ", 2022", "99". */
    private Read readYearAfterMonth(int k) {
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
    private boolean supportsAbbreviation(int dayIndex) {
        int p = dayIndex - 1;
        return english || e(p).weekday > 0 || t.isAny(p, "il", "l'", "dal", "al", "del", "entro", ",", "the", "on")
                || (t.is(p, ".") && e(p - 1).weekday > 0);
    }

    /** maggio 2022, maggio del 2022, agosto 99, luglio di quest'anno, maggio scorso, May 10, 2022, Ott/2, marzo. */
    private Match monthFirst(int i, int bias) {
        MonthRead m = readMonth(i);
        if (m == null) {
            return null;
        }
        int k = m.next();
        if (nearStreet(i)) {
            return null;
        }
        // Ott/2
        if (t.glued(k - 1) && t.is(k, "/") && t.glued(k) && t.isNum(k + 1) && t.digits(k + 1) <= 2) {
            return match(i, k + 2, r.dayMonth(m.month(), t.num[k + 1], bias));
        }
        // set-23-2020, settembre-2020-23
        if (t.glued(k - 1) && t.is(k, "-") && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1) && t.is(k + 2, "-")
                && t.glued(k + 2) && t.isNum(k + 3)) {
            int p = t.num[k + 1];
            int q = t.num[k + 3];
            return t.digits(k + 1) == 4 ? explicitDay(i, k + 4, p, m.month(), q) : explicitDay(i, k + 4, q, m.month(), p);
        }
        // May 10, 2022 / Novembre 19 / Gen ventidue, 2018
        Read d = readDay(k);
        if (d != null && !(t.isNum(k) && t.glued(k) && isSep(k + 1)) && !followedByMeasure(d.next())
                && e(d.next()).unit == null) {
            int j = d.next();
            int afterComma = t.is(j, ",") ? j + 1 : j;
            Read y = readYear(afterComma, false);
            if (y != null) {
                return explicitDay(i, y.next(), y.value(), m.month(), d.value());
            }
            boolean weekdayAbbreviation = !english && m.abbrev(); // "mar 19" is Tuesday 19 in Italian
            if ((!t.isWord(k) || !english || e(k).ordinal == 0) && !weekdayAbbreviation) {
                return match(i, j, r.dayMonth(m.month(), d.value(), bias));
            }
        }
        Read y = readYearAfterMonth(k);
        if (y != null) {
            return match(i, y.next(), DateValue.ofMonth(y.value(), m.month()));
        }
        if (has(k, OF)) {
            RelUnit ru = readRelUnit(k + 1);
            if (ru != null && ru.unit() == Unit.YEAR) {
                DateValue year = r.relative(Unit.YEAR, ru.offset());
                return match(i, ru.next(), DateValue.ofMonth(year.year(), m.month()));
            }
        }
        if (bias == 0 && !has(k, PLURAL) && !english) {
            if (has(k, PAST)) {
                return match(i, k + 1, r.month(m.month(), -1));
            }
            if (has(k, NEXT)) {
                return match(i, k + 1, r.month(m.month(), 1));
            }
        }
        if (m.abbrev() && bias == 0) {
            return null;
        }
        if (english && bias == 0 && (e(i).month == 5 || e(i).month == 3) && !has(i - 1, YEAR_CUE)) {
            return null; // "May" and "March" alone are a verb or a name more often than a month
        }
        if (!english && capitalized(i) && i + 1 < t.size && t.isWord(i + 1) && capitalized(i + 1)
                && !t.isSentenceEnd(i - 1)) {
            return null; // part of a name: "Maggio Musicale"
        }
        return match(i, k, r.month(m.month(), bias));
    }

    /** venerdì, Lunedì 12 Gennaio 2016, giovedì 21, lunedì scorso, venerdì della prossima settimana. */
    private Match weekday(int i) {
        Entry e = e(i);
        int k = i + 1;
        if (e(i - 1).ordinal > 0 || has(i - 1, LAST) || t.isNum(i - 2) && t.isAny(i - 1, "°", "º")) {
            return null; // "la quinta domenica" is read by ordinal(), and is not a date when the month has none
        }
        if (e.weekdayAbbrev) {
            if (t.glued(i) && t.is(k, ".")) {
                k++;
            } else if (!(t.isNum(k) || (t.is(k, ",") && t.isNum(k + 1)) || e(k).number > 0 || e(k).month > 0)
                    && !bareAbbreviatedWeekday(i)) {
                return null;
            }
        }
        if (english && !capitalized(i)) {
            return null;
        }
        int j = t.is(k, ",") ? k + 1 : k;
        Match date = longer(longer(numericDate(j), dayMonth(j, 0)), monthFirst(j, 0));
        if (date != null && t.isNum(j) && date.end() - j >= 1 || date != null && !t.isNum(j)) {
            if (date.value().grain() == DateValue.Grain.DAY) {
                return match(i, date.end(), date.value());
            }
        }
        Read d = readDay(j);
        if (d != null && j == k && !followedByMeasure(d.next()) && e(d.next()).unit == null
                && !(t.isNum(j) && t.glued(j) && t.isAny(j + 1, ":", ".") && t.isNum(j + 2) && t.glued(j + 1))) {
            return match(i, d.next(), r.weekdayWithDay(e.weekday, d.value(), Tense.of(t, i) != Tense.FUTURE));
        }
        if (has(k, PAST) && !has(k, PLURAL)) {
            return match(i, k + 1, r.nearestWeekday(e.weekday, -1));
        }
        if (has(k, NEXT) && !has(k, PLURAL)) {
            return match(i, k + 1, r.weekdayInWeek(e.weekday, 1));
        }
        if (t.is(k, "dopo")) {
            Match anchored = anchoredDate(k + 1);
            if (anchored != null) {
                return match(i, anchored.end(), weekdayAfter(anchored.value(), e.weekday, 1));
            }
            if (k + 1 >= t.size || t.kind[k + 1] == Tokens.PUNCT) {
                return match(withArticle(i), k + 1, r.nearestWeekday(e.weekday, 1));
            }
        }
        if (has(k, OF)) {
            RelUnit ru = readRelUnit(k + 1);
            if (ru != null && ru.unit() == Unit.WEEK) {
                return match(i, ru.next(), r.weekdayInWeek(e.weekday, ru.offset()));
            }
        }
        if (english && t.is(k, "next") && t.is(k + 1, "week")) {
            return match(i, k + 2, r.weekdayInWeek(e.weekday, 1));
        }
        if (has(i - 1, ARTICLE) || t.isAny(i - 1, "del", "al", "dal", "nel", "sul", "ogni", "each", "every")) {
            return null; // "il lunedì il museo è chiuso", "dal lunedì al venerdì", "ogni domenica": habitual, no date
        }
        Tense tense = Tense.of(t, i);
        return match(i, k, r.nearestWeekday(e.weekday, tense == Tense.PAST ? -1 : 1));
    }

    /**
     * "lun", "mar" alone are weekdays only when written in lower case, not before a capitalised word ("Mar Rosso")
     * and not after an article or articled preposition ("il mar Mediterraneo").
     */
    private boolean bareAbbreviatedWeekday(int i) {
        if (english || capitalized(i) || (t.isWord(i + 1) && capitalized(i + 1))) {
            return false;
        }
        return !has(i - 1, ARTICLE) && !t.isAny(i - 1, "del", "nel", "al", "sul", "dal", "un", "in", "alto", "per");
    }

    /** lo scorso mese, quest'anno, il prossimo giugno, lo scorso 10 maggio, questo venerdì, last May, next year. */
    private Match modifierFirst(int i) {
        Entry e = e(i);
        if (t.isAny(i, "passato", "passata", "previous", "current", "corrente")) {
            return null; // only after the noun: "il mese passato"
        }
        boolean onlyLast = e.has(LAST) && !e.has(PAST); // "ultimo": "ultima domenica", never "ultimo mese"
        int dir = onlyLast ? -1 : direction(e);
        int k = i + 1;
        int first = withArticle(i);
        Entry u = e(k);
        if (u.unit != null && !u.has(PLURAL) && !onlyLast) {
            if (english && t.is(i, "next") && u.unit == Unit.DAY && t.is(i - 1, "the")) {
                return match(i - 1, k + 1, r.shiftFromAnchor(amount(Unit.DAY, 1), 1, true));
            }
            DateValue value = r.relative(u.unit, dir);
            int end = k + 1;
            if (u.unit == Unit.WEEK) {
                int w = t.is(end, ",") ? end + 1 : end;
                if (t.isAny(w, "di", "il", "on")) {
                    w++;
                }
                if (e(w).weekday > 0 && (w == end || !e(w).weekdayAbbrev || true)) {
                    return match(first, w + 1, r.weekdayInWeek(e(w).weekday, dir));
                }
            }
            return match(first, end, value);
        }
        if (u.month > 0 && !onlyLast) {
            MonthRead m = readMonth(k);
            if (m != null) {
                Match day = null;
                return longer(day, match(first, m.next(), r.month(m.month(), dir)));
            }
        }
        Match dm = !onlyLast ? dayMonth(k, dir) : null;
        if (dm != null) {
            return match(first, dm.end(), dm.value());
        }
        if (u.weekday > 0 && (!u.weekdayAbbrev || t.is(k + 1, "."))) {
            DateValue v = dir < 0 ? r.nearestWeekday(u.weekday, -1)
                    : dir > 0 ? r.weekdayInWeek(u.weekday, 1) : r.weekdayInWeek(u.weekday, 0);
            if (onlyLast && has(k + 1, OF)) {
                return null; // "ultimo lunedì di marzo" is read by ordinal()
            }
            return match(first, k + 1, v);
        }
        if (u.holiday && !onlyLast) {
            Match h = holiday(k, dir);
            if (h != null) {
                return match(first, h.end(), h.value());
            }
        }
        return null;
    }

    private static int[] amount(Unit unit, int n) {
        int[] a = new int[Unit.values().length];
        a[unit.ordinal()] = n;
        return a;
    }

    /** l'anno scorso, il mese prossimo, il giorno dopo, l'anno successivo, anni '90, l'anno 247, mese di maggio. */
    private Match unitFirst(int i) {
        Entry e = e(i);
        Unit unit = e.unit;
        int k = i + 1;
        int first = withArticle(i);
        if (!e.has(PLURAL)) {
            Entry after = e(k);
            if (english && t.isAny(i - 1, "following", "previous", "subsequent", "preceding")) {
                int from = t.is(i - 2, "the") ? i - 2 : i - 1;
                int sign = t.isAny(i - 1, "following", "subsequent") ? 1 : -1;
                return from < minStart ? null : match(from, k, r.shiftFromAnchor(amount(unit, 1), sign, true));
            }
            if (english && unit == Unit.DAY && t.isAny(k, "before", "after") && e(k + 1).relDay != Integer.MIN_VALUE) {
                int shift = t.is(k, "before") ? -1 : 1;
                return match(first, k + 2, r.relative(Unit.DAY, e(k + 1).relDay + shift));
            }
            if (t.is(k, "dopo") && has(k + 1, ARTICLE) && has(k + 2, NEXT) && !has(k + 2, PLURAL)
                    && e(k + 3).unit == null) {
                return match(first, k + 3, r.relative(unit, 2)); // "il mese dopo il prossimo"
            }
            if (unit == Unit.DAY && t.is(k, "dopo") && t.is(k + 1, "domani")) {
                return match(first, k + 2, r.relative(Unit.DAY, 2));
            }
            RelUnit ru = readRelUnit(i);
            if (ru != null) {
                DateValue v = r.relative(unit, ru.offset());
                if (unit == Unit.WEEK) {
                    int w = t.is(ru.next(), ",") ? ru.next() + 1 : ru.next();
                    if (t.isAny(w, "di", "il")) {
                        w++;
                    }
                    if (e(w).weekday > 0) {
                        return match(first, w + 1, r.weekdayInWeek(e(w).weekday, ru.offset()));
                    }
                }
                return match(first, ru.next(), v);
            }
            if (after.has(AFTER) || after.has(BEFORE)) {
                boolean preposition = t.isAny(k, "dopo", "prima", "after", "before");
                int sign0 = after.has(AFTER) && !t.is(k, "prima") ? 1 : -1;
                Match anchored = preposition ? anchoredDate(k + 1) : null;
                if (anchored != null) {
                    return match(first, anchored.end(), Resolver.shift(anchored.value(), amount(unit, 1), sign0, true));
                }
                if (preposition && (has(k + 1, ARTICLE) || has(k + 1, OF) || t.isAny(k + 1, "che", "that", "a", "an"))
                        && !r.hasHistory()) {
                    return null; // "il giorno dopo il voto" with no date before it: anchored on an unknown event
                }
                if (t.isAny(k, "previous")) {
                    return null;
                }
                int sign = after.has(AFTER) && !t.is(k, "prima") ? 1 : -1;
                if (english && !t.is(i - 1, "the") && !t.isAny(k, "later", "earlier")) {
                    return null;
                }
                return match(first, k + 1, r.shiftFromAnchor(amount(unit, 1), sign, true));
            }
            if (unit == Unit.YEAR && t.isWord(i) && !english) {
                Read y = t.isNum(k) && t.digits(k) <= 4 && t.num[k] >= 100 && t.num[k] <= 2199
                        && !followedByMeasure(k + 1) ? new Read(t.num[k], k + 1)
                        : e(k).number >= 100 && e(k).number <= 2199 ? new Read(e(k).number, k + 1) : null;
                if (y != null && !t.glued(k)) {
                    return match(i, y.next(), DateValue.ofYear(y.value()));
                }
            }
            if (unit == Unit.WEEK && t.isAny(k, "del", "dell'", "of")) {
                Match day = dayMonth(t.is(k + 1, "the") ? k + 2 : k + 1, 0);
                if (day != null) { // "la settimana del 10 aprile"
                    DateValue v = day.value();
                    return match(first, day.end(), v.hasDay() ? DateValue.ofWeek(v.date()) : DateValue.unknownWeek());
                }
            }
            if (unit == Unit.MONTH && t.isAny(k, "di", "of")) {
                Match m = monthFirst(k + 1, 0);
                if (m != null) {
                    return match(i, m.end(), m.value());
                }
            }
            if (unit == Unit.DAY && t.is(i, "giornata") && t.is(i - 1, "in") && i - 1 >= minStart) {
                return match(i - 1, k, r.relative(Unit.DAY, 0));
            }
            if (unit == Unit.DAY && has(k, OF) && e(k + 1).holiday) {
                Match h = holiday(k + 1, 0);
                if (h != null) {
                    return match(i, h.end(), h.value());
                }
            }
            return null;
        }
        if (unit == Unit.YEAR && !english) {
            return decade(i, k);
        }
        return null;
    }

    /** anni '90, anni 90, anni novanta, anni 2000, anni 1970. */
    private Match decade(int i, int k) {
        int v;
        int end;
        if (t.is(k, "'") && t.isNum(k + 1) && t.digits(k + 1) == 2) {
            v = t.num[k + 1];
            end = k + 2;
        } else if (t.isNum(k) && (t.digits(k) == 2 || t.digits(k) == 4)) {
            v = t.num[k];
            end = k + 1;
        } else if (e(k).number >= 10) {
            v = e(k).number;
            end = k + 1;
        } else {
            return null;
        }
        if (v % 10 != 0 || followedByMeasure(end)) {
            return null;
        }
        if (v < 100) {
            v = v == 0 ? 2000 : 1900 + v;
        } else if (v < 1000 || v > 2090) {
            return null;
        }
        return match(i, end, DateValue.ofDecade(v));
    }

    /** all'inizio del 2022, fine maggio, la prima metà del 2023, a metà degli anni '90, fine anno, early 2022. */
    private Match periodPart(int i, int k) {
        int j = k;
        for (int n = 0; n < 2 && (has(j, OF) || has(j, ARTICLE) || t.is(j, "-")); n++) {
            j++;
        }
        if (j < t.size && t.is(j, "'") && t.isNum(j + 1)) {
            Read y = readYear(j, false);
            if (y != null) {
                return match(i, y.next(), DateValue.ofYear(y.value()));
            }
        }
        Match inner = innerDate(j);
        if (inner != null) {
            return match(i, inner.end(), inner.value());
        }
        Entry u = e(j);
        if (u.unit != null && !u.has(PLURAL) && u.unit != Unit.DAY && !has(j + 1, PLURAL)) {
            return match(i, j + 1, r.relative(u.unit, 0));
        }
        return null;
    }

    private Match innerDate(int j) {
        if (j >= t.size) {
            return null;
        }
        int saved = minStart;
        minStart = Math.min(minStart, j);
        try {
            Match best = null;
            Entry e = e(j);
            if (t.isNum(j)) {
                best = longer(best, numericDate(j));
                best = longer(best, dayMonth(j, 0));
                best = longer(best, year(j));
            }
            if (e.month > 0) {
                best = longer(best, monthFirst(j, 0));
            }
            if (e.number >= 1000) {
                best = longer(best, year(j));
            }
            if (e.has(PAST | NEXT | THIS)) {
                best = longer(best, modifierFirst(j));
            }
            if (e.unit != null) {
                best = longer(best, unitFirst(j));
            }
            if (e.holiday) {
                best = longer(best, holiday(j, 0));
            }
            return best;
        } finally {
            minStart = saved;
        }
    }

    /** A four-digit year after a cue (nel 2022, entro il 2024, dal 2010 al 2012, 2014-2018), nel '93, the 1990s. */
    private Match year(int i) {
        Read y = readYear(i, false);
        if (y == null && english && t.is(i, "'") && t.isNum(i + 1) && t.glued(i + 1) && t.is(i + 2, "s")
                && t.num[i + 1] % 10 == 0 && t.digits(i + 1) == 2) {
            return match(i, i + 3, DateValue.ofDecade(1900 + t.num[i + 1])); // the '80s
        }
        if (y == null && t.isNum(i) && t.digits(i) == 2 && t.num[i] > 31 && t.isAny(i - 1, "nell'", "dell'", "dall'")
                && t.glued(i - 1) && !followedByMeasure(i + 1) && e(i + 1).unit == null) {
            return match(i, i + 1, DateValue.ofYear(r.twoDigitYear(t.num[i]))); // "nell'81"
        }
        if (y == null) {
            return null;
        }
        int end = y.next();
        if (english && t.glued(end - 1) && t.is(end, "s") && y.value() % 10 == 0) {
            return match(i, end + 1, DateValue.ofDecade(y.value()));
        }
        if (english && t.is(i, "'") && t.isNum(i + 1) && t.glued(i + 1) && t.is(i + 2, "s") && t.num[i + 1] % 10 == 0) {
            return match(i, i + 3, DateValue.ofDecade(1900 + t.num[i + 1])); // the '80s
        }
        boolean cue = (has(i - 1, YEAR_CUE) || has(i - 1, OF)) && !PLURAL_ARTICLES.contains(t.norm(i - 1));
        if (!cue && t.isNum(i) && y.value() >= 1900 && y.value() <= 2099) {
            // "Atene 2004", "Premio Strega 2020", "Titanic (1997)"
            cue = t.isWord(i - 1) && capitalized(i - 1) && !t.isSentenceEnd(i - 2) && e(i - 1).month == 0
                    || t.is(i - 1, "(") && t.is(i + 1, ")");
        }
        if (t.isAny(i - 1, "-", "/", "–")) {
            cue = t.isNum(i - 2) && t.digits(i - 2) == 4 && t.num[i - 2] >= 1000 && t.num[i - 2] <= 2199
                    && !t.isNum(i + 1)
                    || t.is(i - 1, "-") && has(i - 2, PART_START | PART_END | PART_MID); // mid-2021
        }
        boolean rangeStart = t.isNum(i) && t.glued(i) && t.isAny(i + 1, "-", "–") && t.isNum(i + 2) && t.digits(i + 2) == 4;
        if (!cue && !rangeStart) {
            return null;
        }
        if (t.isAny(i - 1, "n", "n.", "numero", "art", "no", "nr", "number") || t.isAny(i - 2, "n", "art", "numero")) {
            return null;
        }
        if (t.isWord(i) && !has(i - 1, YEAR_CUE)) {
            return null;
        }
        if (t.isNum(i) && t.glued(i) && t.isAny(i + 1, ":", ".", ",", "/") && t.isNum(i + 2)) {
            return null; // 2000/0077: a document number
        }
        if (t.is(i - 1, "(") && t.glued(i - 2) && t.isWord(i - 2)) {
            return null; // COM(2000)
        }
        return match(i, end, DateValue.ofYear(y.value()));
    }

    /** "il 15", "per il ventidue!": a day of the reference month, only when nothing else follows it. */
    private Match dayOnly(int i) {
        if (english || !t.isAny(i - 1, "il", "l'")) {
            return null;
        }
        Read d = t.isNum(i) ? (t.digits(i) <= 2 && t.num[i] >= 1 && t.num[i] <= 31 ? new Read(t.num[i], i + 1) : null)
                : (e(i).number >= 1 && e(i).number <= 31 && !t.isAny(i, "un", "una", "un'") ? new Read(e(i).number, i + 1) : null);
        if (d == null) {
            return null;
        }
        int n = d.next();
        boolean boundary = n >= t.size || t.isAny(n, ".", ",", "!", "?", ";", ")");
        if (!boundary || (t.glued(i) && t.isAny(n, ".", ",") && t.isNum(n + 1))) {
            return null;
        }
        return match(i, n, r.dayOfReferenceMonth(d.value()));
    }

    /** due anni fa, tre settimane dopo, 1 mese e 21 giorni fa, two years later, a year earlier. */
    private Match quantity(int i) {
        if (has(i - 1, LAST | PAST | NEXT)) {
            return null; // "negli ultimi 3 mesi": a period, whatever follows
        }
        int[] amounts = new int[Unit.values().length];
        int j = readQuantities(i, amounts);
        if (j < 0) {
            return null;
        }
        Entry cue = e(j);
        if (cue.has(AGO)) {
            return match(i, j + 1, r.shiftFromReference(amounts, -1));
        }
        if (t.is(j, "più") && t.is(j + 1, "tardi")) {
            return match(i, j + 2, r.shiftFromAnchor(amounts, 1, false));
        }
        if (t.is(j, "da") && t.isAny(j + 1, "adesso", "ora", "oggi")
                || t.is(j, "from") && t.isAny(j + 1, "now", "today")) {
            return match(i, j + 2, r.shiftFromReference(amounts, 1));
        }
        if (cue.has(AFTER) || cue.has(BEFORE)) {
            boolean preposition = t.isAny(j, "dopo", "prima", "after", "before");
            if (preposition && (has(j + 1, ARTICLE) || has(j + 1, OF) || t.isAny(j + 1, "che", "that", "a", "an"))
                    && !r.hasHistory()
                    || t.isAny(j, "following", "previous", "prior", "successivo", "successiva", "precedente", "seguente")
                    || t.is(j, "in")) {
                return null;
            }
            if (has(i - 1, AHEAD) || t.isAny(i - 1, "per", "for", "da", "dopo")) {
                return null;
            }
            int sign = cue.has(AFTER) && !t.isAny(j, "prima", "earlier", "before") ? 1 : -1;
            return match(i, j + 1, r.shiftFromAnchor(amounts, sign, false));
        }
        return null;
    }

    /** Reads "2 anni, 1 mese e 21 giorni" into amounts; returns the index after it, or -1. */
    private int readQuantities(int i, int[] amounts) {
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

    /** tra due settimane, fra 3 mesi, in two years. */
    private Match ahead(int i) {
        int[] amounts = new int[Unit.values().length];
        int j = readQuantities(i + 1, amounts);
        if (j < 0 || has(j, AGO) || has(j, AFTER) || has(j, BEFORE)) {
            return null;
        }
        if (t.is(j, "da") && t.isAny(j + 1, "adesso", "ora", "oggi")) {
            j += 2;
        }
        return match(i, j, r.shiftFromReference(amounts, 1));
    }

    /** oggi, ieri, domani, dopodomani, l'altroieri, ieri l'altro. */
    private Match relativeDay(int i) {
        int k = e(i).relDay;
        if (k == -1 && t.is(i + 1, "l'") && t.is(i + 2, "altro")) {
            return match(i, i + 3, r.relative(Unit.DAY, -2));
        }
        if (english && t.is(i - 1, "before") && t.is(i - 2, "day")) {
            return null;
        }
        int first = t.is(i, "altroieri") ? withArticle(i) : i;
        return match(first, i + 1, r.relative(Unit.DAY, k));
    }

    /** primo venerdì di luglio, l'ultimo giorno di ottobre 2015, la prima settimana del 2015, la seconda domenica. */
    private Match ordinal(int i) {
        int n;
        int k;
        if (t.isNum(i)) {
            if (!(t.glued(i) && t.isAny(i + 1, "°", "º")) || t.num[i] < 1 || t.num[i] > 5) {
                return null;
            }
            n = t.num[i];
            k = i + 2;
        } else {
            n = has(i, LAST) ? -1 : e(i).ordinal;
            k = i + 1;
        }
        if (has(k, HALF)) {
            Match inner = periodPart(i, k + 1);
            return inner == null ? null : match(i, inner.end(), inner.value());
        }
        if (n > 1 && t.isAny(k, "semestre", "trimestre", "quadrimestre")) {
            return null;
        }
        Entry u = e(k);
        int j = k + 1;
        if (u.weekday > 0 && !u.weekdayAbbrev) {
            if (t.is(j, "dopo") && n > 0) {
                Match anchored = anchoredDate(j + 1);
                return anchored == null ? null : match(withArticle(i), anchored.end(), weekdayAfter(anchored.value(), u.weekday, n));
            }
            if (t.isAny(j, "di", "del", "in", "of")) {
                int m = j + 1;
                if (t.is(m, "mese") && t.is(m + 1, "di")) {
                    m += 2;
                }
                MonthRead month = readMonth(m);
                if (month != null) {
                    Read y = readYearAfterMonth(month.next());
                    int year = y != null ? y.value() : r.yearForMonth(month.month(), 0);
                    int end = y != null ? y.next() : month.next();
                    return match(withArticle(i), end, Resolver.nthWeekday(year, month.month(), u.weekday, n));
                }
                RelUnit ru = readRelUnit(j + 1);
                if (ru != null && ru.unit() == Unit.MONTH) {
                    DateValue mv = r.relative(Unit.MONTH, ru.offset());
                    return match(withArticle(i), ru.next(),
                            mv.certain() ? Resolver.nthWeekday(mv.year(), mv.month(), u.weekday, n) : DateValue.ofDay(0, 0, 0));
                }
                return null;
            }
            if (n < 0) {
                return match(i, j, r.nearestWeekday(u.weekday, -1));
            }
            if (!english && t.isAny(i - 1, "la", "il")) {
                DateValue mv = r.relative(Unit.MONTH, 0);
                return match(i, j, mv.certain() ? Resolver.nthWeekday(mv.year(), mv.month(), u.weekday, n) : DateValue.ofDay(0, 0, 0));
            }
            return null;
        }
        if ((u.unit == Unit.WEEK || u.unit == Unit.DAY) && !u.has(PLURAL) && t.isAny(j, "di", "del", "dell'", "of")) {
            MonthRead month = readMonth(j + 1);
            if (month == null && t.is(j + 1, "the")) {
                month = readMonth(j + 2);
            }
            if (month != null) {
                Read y = readYearAfterMonth(month.next());
                int year = y != null ? y.value() : r.yearForMonth(month.month(), 0);
                int end = y != null ? y.next() : month.next();
                if (year <= 0) {
                    return match(withArticle(i), end, u.unit == Unit.DAY && n > 0
                            ? DateValue.ofDay(0, month.month(), n) : u.unit == Unit.DAY ? DateValue.ofDay(0, month.month(), 0)
                            : DateValue.unknownWeek());
                }
                LocalDate firstOfMonth = LocalDate.of(year, month.month(), 1);
                if (u.unit == Unit.DAY) {
                    LocalDate d = n < 0 ? firstOfMonth.with(TemporalAdjusters.lastDayOfMonth()) : firstOfMonth.plusDays(n - 1L);
                    return d.getMonthValue() == month.month() ? match(withArticle(i), end, DateValue.ofDay(d)) : null;
                }
                LocalDate monday = n < 0 ? lastFullWeek(firstOfMonth)
                        : firstOfMonth.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
                return monday.getMonthValue() == month.month() ? match(withArticle(i), end, DateValue.ofWeek(monday)) : null;
            }
            if (u.unit == Unit.WEEK && n > 0) {
                Read y = readYear(j + 1, false);
                if (y != null) {
                    return match(withArticle(i), y.next(), isoWeek(y.value(), n));
                }
                RelUnit ru = readRelUnit(j + 1);
                if (ru != null && ru.unit() == Unit.YEAR) {
                    DateValue yv = r.relative(Unit.YEAR, ru.offset());
                    return match(withArticle(i), ru.next(), yv.certain() ? isoWeek(yv.year(), n) : DateValue.unknownWeek());
                }
            }
        }
        return null;
    }

    /** Monday of the last Monday-to-Sunday week that lies wholly inside the month. */
    private static LocalDate lastFullWeek(LocalDate firstOfMonth) {
        LocalDate monday = firstOfMonth.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        return monday.plusDays(6).getMonthValue() == firstOfMonth.getMonthValue() ? monday : monday.minusWeeks(1);
    }

    /** A date expression right after "dopo"/"after" that anchors a relative one ("il mese dopo Natale 2015"). */
    private Match anchoredDate(int j) {
        int a = has(j, ARTICLE) ? j + 1 : j;
        Match m = innerDate(a);
        return m != null && m.value().certain() ? m : null;
    }

    /** The n-th weekday wd strictly after a day. */
    private static DateValue weekdayAfter(DateValue anchor, int wd, int n) {
        if (!anchor.hasDay()) {
            return null;
        }
        LocalDate d = anchor.date().plusDays(1);
        while (d.getDayOfWeek().getValue() != wd) {
            d = d.plusDays(1);
        }
        return DateValue.ofDay(d.plusWeeks(n - 1L));
    }

    private static DateValue isoWeek(int year, int week) {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return DateValue.ofWeek(monday);
    }

    /** Natale, Natale 2019, la festa della Repubblica, Pasqua del 2020, lo scorso Natale. */
    private Match holiday(int i, int bias) {
        for (Holidays.Holiday h : holidays.startingWith(t.norm[i])) {
            String[] words = h.words();
            int n = words.length;
            boolean matches = true;
            for (int w = 0; w < n && matches; w++) {
                matches = t.is(i + w, words[w]);
            }
            if (!matches) {
                continue;
            }
            int end = i + n;
            if (!capitalized(i) && t.isWord(i - 1) && !isFunctionWord(i - 1)) {
                return null; // "città natale", "giorno festivo": a common word after a noun
            }
            // a capitalised holiday name followed by another capitalised word is a person or a place
            if (capitalized(i) && end < t.size && t.isWord(end) && capitalized(end) && !english) {
                return null;
            }
            Read y = readYearAfterMonth(end);
            int year;
            if (y != null) {
                year = y.value();
                end = y.next();
            } else if (has(end, OF) && readRelUnit(end + 1) != null && readRelUnit(end + 1).unit() == Unit.YEAR) {
                RelUnit ru = readRelUnit(end + 1);
                year = r.relative(Unit.YEAR, ru.offset()).year();
                end = ru.next();
            } else {
                // a recurring named day is the next one, or the last one when forced or the clause is in the past
                int direction = bias != 0 ? bias : Tense.of(t, i) == Tense.PAST ? -1 : 1;
                year = r.nearestYearOf(h.dateIn(), direction);
            }
            if (year <= 0) {
                LocalDate a = h.dateIn().apply(2001);
                LocalDate b = h.dateIn().apply(2002);
                boolean fixedDay = a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth();
                return match(i, end, fixedDay ? DateValue.ofDay(0, a.getMonthValue(), a.getDayOfMonth()) : DateValue.ofDay(0, 0, 0));
            }
            return match(i, end, DateValue.ofDay(h.dateIn().apply(year)));
        }
        return null;
    }

    private boolean isFunctionWord(int i) {
        return has(i, ARTICLE | OF | YEAR_CUE | PAST | NEXT | THIS | LAST)
                || t.isAny(i, "a", "ad", "per", "da", "sotto", "verso", "durante", "dopo", "prima", "con", "col", "su",
                        "alla", "allo", "alle", "ai", "agli", "nella", "nello", "nelle", "sulla", "sul", "dalla", "dallo",
                        "dalle", "on", "at", "for", "by", "until", "since");
    }

    /** XX secolo, 20° secolo, the 20th century. */
    private Match century(int i) {
        int p = i - 1;
        if (p < minStart) {
            return null;
        }
        if (t.isWord(p)) {
            int roman = roman(t.norm[p]);
            if (roman > 0 && roman <= 21) {
                return match(p, i + 1, centuryValue(roman));
            }
        }
        if ((t.isAny(p, "°", "º", "th", "st", "nd", "rd")) && t.isNum(p - 1) && t.glued(p - 1) && p - 1 >= minStart) {
            return match(p - 1, i + 1, centuryValue(t.num[p - 1]));
        }
        if (t.isWord(i + 1) && roman(t.norm[i + 1]) > 0) {
            return match(i, i + 2, centuryValue(roman(t.norm[i + 1])));
        }
        return null;
    }

    /** "il Novecento", "nell'Ottocento": a capitalised hundreds word after an article is a century. */
    private Match namedCentury(int i) {
        Integer c = CENTURY_NAMES.get(t.norm[i]);
        if (c == null || !capitalized(i) || !t.isAny(i - 1, "il", "l'", "nel", "nell'", "del", "dell'", "dal", "dall'", "al", "all'", "primo", "tardo")) {
            return null;
        }
        return match(i, i + 1, centuryValue(c));
    }

    private static DateValue centuryValue(int century) {
        return century >= 1 && century <= 21 ? DateValue.ofCentury((century - 1) * 100 == 0 ? 1 : (century - 1) * 100) : null;
    }

    private static int roman(String s) {
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
