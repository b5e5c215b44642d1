package org.fonti.tagging.dates;

import java.util.Map;
import java.util.Set;

import org.fonti.tagging.dates.Lexicon.Unit;

import static org.fonti.tagging.dates.Lexicon.MEASURE;
import static org.fonti.tagging.dates.Lexicon.NEXT;
import static org.fonti.tagging.dates.Lexicon.OF;
import static org.fonti.tagging.dates.Lexicon.PART_END;
import static org.fonti.tagging.dates.Lexicon.PART_MID;
import static org.fonti.tagging.dates.Lexicon.PART_START;
import static org.fonti.tagging.dates.Lexicon.PAST;
import static org.fonti.tagging.dates.Lexicon.PLURAL;
import static org.fonti.tagging.dates.Lexicon.TIME_CUE;
import static org.fonti.tagging.dates.Lexicon.YEAR_CUE;

import org.fonti.tagging.dates.TokenContext.MonthRead;
import org.fonti.tagging.dates.TokenContext.Read;
import org.fonti.tagging.dates.TokenContext.RelUnit;

/**
 * Rules for dates written out in full or in part: numeric forms (10/05/2022, 2022-05-10), day and month names
 * (10 maggio 2022, May 10, 2022), years after a cue (nel 2022), day lists (il 24 e 25 settembre), decades and
 * centuries.
 */
final class ExplicitDates {
    /** Ordinal words that name a century before "secolo": "ventesimo secolo". */
    static final Map<String, Integer> CENTURY_ORDINALS = Map.ofEntries(
            Map.entry("ventunesimo", 21), Map.entry("ventesimo", 20), Map.entry("diciannovesimo", 19),
            Map.entry("diciottesimo", 18), Map.entry("diciassettesimo", 17), Map.entry("sedicesimo", 16),
            Map.entry("quindicesimo", 15), Map.entry("quattordicesimo", 14), Map.entry("tredicesimo", 13),
            Map.entry("twentieth", 20), Map.entry("nineteenth", 19), Map.entry("eighteenth", 18),
            Map.entry("seventeenth", 17), Map.entry("sixteenth", 16));

    /** "dei 1500", "negli 800": after a plural article a number is a distance or a count, not a year. */
    private static final Set<String> PLURAL_ARTICLES = Set.of("dei", "degli", "delle", "ai", "agli",
            "alle", "dai", "dagli", "dalle", "nei", "negli", "nelle", "i", "gli", "le", "sui", "sugli");

    /** "il Novecento": the hundreds that name a century when capitalised. */
    private static final Map<String, Integer> CENTURY_NAMES = Map.of("duecento", 13, "trecento", 14,
            "quattrocento", 15, "cinquecento", 16, "seicento", 17, "settecento", 18, "ottocento", 19, "novecento", 20);

    private final TokenContext ctx;

    ExplicitDates(TokenContext context) {
        this.ctx = context;
    }

    /** 10/05/2022, 10.05.2022, 10-05-2022, 2022-05-10, 2015/3, 3/2015, 22/04, 2/Ott, 23/set/2020. */
    Match numericDate(int i) {
        if (!(ctx.t.glued(i) && ctx.isSep(i + 1) && ctx.t.glued(i + 1))) {
            return null;
        }
        if (i > 0 && ctx.t.glued(i - 1)
                && (ctx.t.isNum(i - 1) || ctx.isSep(i - 1) || ctx.t.isWord(i - 1) || ctx.t.is(i - 1, ","))) {
            return null;
        }
        int a = ctx.t.num[i];
        int da = ctx.t.digits(i);
        String sep = ctx.t.norm[i + 1];
        if (ctx.t.isNum(i + 2)) {
            int b = ctx.t.num[i + 2];
            int db = ctx.t.digits(i + 2);
            boolean third = ctx.t.glued(i + 2) && ctx.t.glued(i + 3) && ctx.t.isNum(i + 4)
                    && (ctx.t.is(i + 3, sep) || (sep.equals("/") && ctx.t.is(i + 3, ",")));
            if (third) {
                if (ctx.t.glued(i + 4) && (ctx.isSep(i + 5) || ctx.t.is(i + 5, ",")) && ctx.t.isNum(i + 6)
                        && ctx.t.glued(i + 5)) {
                    return null; // four groups: an id, a version or a phone number
                }
                int c = ctx.t.num[i + 4];
                int dc = ctx.t.digits(i + 4);
                if (da == 4 && db <= 2 && dc <= 2) {
                    return explicitDay(i, i + 5, a, b, c);
                }
                if (da <= 2 && db <= 2 && (dc == 4 || dc == 2)) {
                    int year = dc == 4 ? c : ctx.r.twoDigitYear(c);
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
            if (ctx.followedByMeasure(i + 3) || (ctx.t.glued(i + 2) && (ctx.isSep(i + 3) || ctx.t.is(i + 3, ","))
                    && ctx.t.isNum(i + 4))) {
                return null;
            }
            if (da == 4 && db <= 2 && b >= 1 && b <= 12 && a >= 1000 && a <= 2199) {
                return ctx.match(i, i + 3, DateValue.ofMonth(a, b));
            }
            if (db == 4 && da <= 2 && a >= 1 && a <= 12 && b >= 1000 && b <= 2199 && !sep.equals("-")) {
                return ctx.match(i, i + 3, DateValue.ofMonth(b, a));
            }
            if (da <= 2 && db <= 2) {
                boolean accept = switch (sep) {
                    case "/" -> true;
                    case "." -> db == 2 && !ctx.has(i - 1, TIME_CUE);
                    default -> (a > 12 || b > 12) && !ctx.has(i - 1, TIME_CUE);
                };
                if (!accept || ctx.nearStreet(i)) {
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
                return ctx.match(i, i + 3, ctx.r.dayMonth(month, day, 0));
            }
            return null;
        }
        MonthRead m = ctx.readMonth(i + 2);
        if (m != null && da <= 2) {
            int k = m.next();
            if (ctx.t.glued(k - 1) && ctx.t.is(k, sep) && ctx.t.glued(k) && ctx.t.isNum(k + 1)) {
                int c = ctx.t.num[k + 1];
                int dc = ctx.t.digits(k + 1);
                if (dc == 4 || dc == 2) {
                    return explicitDay(i, k + 2, dc == 4 ? c : ctx.r.twoDigitYear(c), m.month(), a);
                }
            }
            return ctx.match(i, k, ctx.r.dayMonth(m.month(), a, 0));
        }
        if (m != null && da == 4) {
            int k = m.next();
            if (ctx.t.glued(k - 1) && ctx.t.is(k, sep) && ctx.t.glued(k) && ctx.t.isNum(k + 1)
                    && ctx.t.digits(k + 1) <= 2) {
                return explicitDay(i, k + 2, a, m.month(), ctx.t.num[k + 1]);
            }
        }
        return null;
    }

    Match explicitDay(int first, int end, int year, int month, int day) {
        if (year < 1000 || year > 2199 || !Resolver.validDay(year, month, day)) {
            return null;
        }
        return ctx.match(first, end, DateValue.ofDay(year, month, day));
    }

    /** 10 maggio 2022, 1° maggio, ventuno maggio, due di Ago., 10th of May, 16. Nov. 2016, lo scorso 10 maggio. */
    Match dayMonth(int i, int bias) {
        Read d = ctx.readDay(i);
        if (d == null) {
            return null;
        }
        int j = d.next();
        boolean gluedSep = false;
        if (ctx.t.isNum(i) && ctx.t.glued(j - 1) && ctx.t.isAny(j, "/", "-") && ctx.t.glued(j)) {
            j++;
            gluedSep = true;
        } else if (ctx.t.isNum(i) && ctx.t.glued(j - 1) && ctx.t.is(j, ".")) {
            j++;
        }
        if (!gluedSep && (ctx.t.isAny(j, "di", "of"))) {
            j++;
        }
        MonthRead m = ctx.readMonth(j);
        if (m == null) {
            // "il 20 del prossimo mese", "il 31 di questo mese"
            if (ctx.has(j, OF)) {
                RelUnit ru = ctx.readRelUnit(j + 1);
                if (ru != null && ru.unit() == Unit.MONTH) {
                    DateValue month = ctx.resolve(ru);
                    if (month.certain() && !Resolver.validDay(month.year(), month.month(), d.value())) {
                        return null;
                    }
                    return ctx.match(i, ru.next(), DateValue.ofDay(month.year(), month.month(), d.value()));
                }
            }
            return null;
        }
        int k = m.next();
        boolean yearFollows = ctx.readYearAfterMonth(k) != null;
        if (m.abbrev() && !gluedSep && !yearFollows && !ctx.supportsAbbreviation(i)) {
            return null;
        }
        if (ctx.nearStreet(i) || (ctx.t.isNum(i) && ctx.has(i - 1, TIME_CUE) && !ctx.t.is(i - 1, "le"))) {
            return null;
        }
        if (!ctx.t.isNum(i) && ctx.e(i).number > 0 && ctx.e(i).ordinal == 0 && ctx.has(i - 1, MEASURE)) {
            return null;
        }
        // year: 2022 | del 2022 | '22 | , 2022 | di quest'anno
        Read y = ctx.readYearAfterMonth(k);
        if (y != null) {
            return explicitDay(i, y.next(), y.value(), m.month(), d.value());
        }
        if (ctx.has(k, OF)) {
            RelUnit ru = ctx.readRelUnit(k + 1);
            if (ru != null && ru.unit() == Unit.YEAR) {
                DateValue year = ctx.resolve(ru);
                return year.certain() ? explicitDay(i, ru.next(), year.year(), m.month(), d.value())
                        : ctx.match(i, ru.next(), DateValue.ofDay(0, m.month(), d.value()));
            }
        }
        if (bias == 0 && !ctx.has(k, PLURAL)) {
            if (ctx.has(k, PAST) && !ctx.t.is(k, "last")) {
                return ctx.match(i, k + 1, ctx.r.dayMonth(m.month(), d.value(), -1));
            }
            if (ctx.has(k, NEXT) && !ctx.t.is(k, "next")) {
                return ctx.match(i, k + 1, ctx.r.dayMonth(m.month(), d.value(), 1));
            }
        }
        return ctx.match(i, k, ctx.r.dayMonth(m.month(), d.value(), bias));
    }

    /**
     * The first day of a list or range that names its month once: "24" in "il 24 e 25 settembre 2022", "3" in
     * "dal 3 al 5 giugno". The mention is the day alone; its month and year are those of the day that follows.
     */
    Match dayListHead(int i) {
        Read d = ctx.readDay(i);
        if (d == null || (ctx.t.isNum(i) && ctx.t.glued(i) && ctx.t.isAny(i + 1, ".", ":", ",")
                && ctx.t.glued(i + 1) && ctx.t.isNum(i + 2))) {
            return null;
        }
        int j = d.next();
        if (!ctx.t.isAny(j, "e", "ed", ",", "al", "-", "–", "a", "and", "to", "all'", "fino")) {
            return null;
        }
        int k = ctx.t.is(j, "fino") && ctx.t.isAny(j + 1, "al", "all'") ? j + 2 : j + 1;
        if (ctx.t.isAny(j, "e", "ed") && ctx.t.isAny(k, "il", "l'")) {
            k++; // "tra il 4 e l'8 settembre"
        }
        Match rest = TokenContext.longer(dayListHead(k), dayMonth(k, 0));
        if (rest == null || rest.value().grain() != DateValue.Grain.DAY || rest.value().month() == 0) {
            return null;
        }
        DateValue v = rest.value();
        if (v.day() > 0 && d.value() >= v.day() && !ctx.t.isAny(j, "e", "ed", ",", "and")) {
            return null; // a range runs forward: "28 al 3 marzo" starts in another month
        }
        int year = Resolver.validDay(v.year(), v.month(), d.value()) ? v.year() : 0;
        if (!Resolver.validDay(year, v.month(), d.value())) {
            return null;
        }
        return ctx.match(i, d.next(), DateValue.ofDay(year, v.month(), d.value()));
    }

    /** maggio 2022, maggio del 2022, agosto 99, luglio di quest'anno, maggio scorso, May 10, 2022, Ott/2, marzo. */
    Match monthFirst(int i, int bias) {
        MonthRead m = ctx.readMonth(i);
        if (m == null) {
            return null;
        }
        int k = m.next();
        if (ctx.nearStreet(i)) {
            return null;
        }
        // Ott/2
        if (ctx.t.glued(k - 1) && ctx.t.is(k, "/") && ctx.t.glued(k) && ctx.t.isNum(k + 1)
                && ctx.t.digits(k + 1) <= 2) {
            return ctx.match(i, k + 2, ctx.r.dayMonth(m.month(), ctx.t.num[k + 1], bias));
        }
        // set-23-2020, settembre-2020-23
        if (ctx.t.glued(k - 1) && ctx.t.is(k, "-") && ctx.t.glued(k) && ctx.t.isNum(k + 1) && ctx.t.glued(k + 1)
                && ctx.t.is(k + 2, "-")
                && ctx.t.glued(k + 2) && ctx.t.isNum(k + 3)) {
            int p = ctx.t.num[k + 1];
            int q = ctx.t.num[k + 3];
            return ctx.t.digits(k + 1) == 4
                    ? explicitDay(i, k + 4, p, m.month(), q) : explicitDay(i, k + 4, q, m.month(), p);
        }
        // May 10, 2022 / Novembre 19 / Gen ventidue, 2018
        Read d = ctx.readDay(k);
        if (d != null && !(ctx.t.isNum(k) && ctx.t.glued(k) && ctx.isSep(k + 1) && ctx.t.isNum(k + 2))
                && !ctx.followedByMeasure(d.next())
                && ctx.e(d.next()).unit == null) {
            int j = d.next();
            int afterComma = ctx.t.is(j, ",") ? j + 1 : j;
            Read y = ctx.readYear(afterComma, false);
            if (y != null) {
                return explicitDay(i, y.next(), y.value(), m.month(), d.value());
            }
            boolean weekdayAbbreviation = !ctx.english && m.abbrev(); // "mar 19" is Tuesday 19 in Italian
            if ((!ctx.t.isWord(k) || !ctx.english || ctx.e(k).ordinal == 0) && !weekdayAbbreviation) {
                return ctx.match(i, j, ctx.r.dayMonth(m.month(), d.value(), bias));
            }
        }
        Read y = ctx.readYearAfterMonth(k);
        if (y != null) {
            return ctx.match(i, y.next(), DateValue.ofMonth(y.value(), m.month()));
        }
        if (ctx.has(k, OF)) {
            RelUnit ru = ctx.readRelUnit(k + 1);
            if (ru != null && ru.unit() == Unit.YEAR) {
                DateValue year = ctx.resolve(ru);
                return ctx.match(i, ru.next(), DateValue.ofMonth(year.year(), m.month()));
            }
        }
        if (bias == 0 && !ctx.has(k, PLURAL) && !ctx.english) {
            if (ctx.has(k, PAST)) {
                return ctx.match(i, k + 1, ctx.r.month(m.month(), -1));
            }
            if (ctx.has(k, NEXT)) {
                return ctx.match(i, k + 1, ctx.r.month(m.month(), 1));
            }
        }
        if (m.abbrev() && bias == 0) {
            return null;
        }
        if (ctx.english && bias == 0 && (ctx.e(i).month == 5 || ctx.e(i).month == 3) && !ctx.has(i - 1, YEAR_CUE)) {
            return null; // "May" and "March" alone are a verb or a name more often than a month
        }
        if (!ctx.english && ctx.capitalized(i) && i + 1 < ctx.t.size && ctx.t.isWord(i + 1) && ctx.capitalized(i + 1)
                && !ctx.t.isSentenceEnd(i - 1)) {
            return null; // part of a name: "Maggio Musicale"
        }
        return ctx.match(i, k, ctx.r.month(m.month(), bias));
    }

    /** A four-digit year after a cue (nel 2022, entro il 2024, dal 2010 al 2012, 2014-2018), nel '93, the 1990s. */
    Match year(int i) {
        Read y = ctx.readYear(i, false);
        if (y == null && ctx.english && ctx.t.is(i, "'") && ctx.t.isNum(i + 1) && ctx.t.glued(i + 1)
                && ctx.t.is(i + 2, "s")
                && ctx.t.num[i + 1] % 10 == 0 && ctx.t.digits(i + 1) == 2) {
            return ctx.match(i, i + 3, DateValue.ofDecade(1900 + ctx.t.num[i + 1])); // the '80s
        }
        if (y == null && ctx.t.isNum(i) && ctx.t.digits(i) == 2 && ctx.t.num[i] > 31
                && ctx.t.isAny(i - 1, "nell'", "dell'")
                && ctx.t.glued(i - 1) && !ctx.followedByMeasure(i + 1) && ctx.e(i + 1).unit == null) {
            return ctx.match(i, i + 1, DateValue.ofYear(ctx.r.twoDigitYear(ctx.t.num[i]))); // "nell'81"
        }
        if (y == null) {
            return null;
        }
        int end = y.next();
        if (ctx.english && ctx.t.glued(end - 1) && ctx.t.is(end, "s") && y.value() % 10 == 0) {
            return ctx.match(i, end + 1, DateValue.ofDecade(y.value()));
        }
        int v = y.value();
        // a season or a two-year span: 2005/2006, 1955/56, 1980-81, 2014-2018
        boolean span = ctx.t.isNum(i) && ctx.t.glued(i) && ctx.t.isAny(i + 1, "-", "–", "/") && ctx.t.glued(i + 1)
                && ctx.t.isNum(i + 2) && spanEnd(v, i + 2) && !ctx.followedByMeasure(i + 3);
        boolean cue = (ctx.has(i - 1, YEAR_CUE) || ctx.has(i - 1, OF)) && !PLURAL_ARTICLES.contains(ctx.t.norm(i - 1));
        if (!cue && ctx.t.isNum(i) && v >= 1900 && v <= 2099) {
            boolean headlineEnd = end >= ctx.t.size || ctx.t.is(end, ":") || ctx.t.isSentenceEnd(end - 1)
                    && !ctx.t.is(end, ".");
            boolean namedBefore = ctx.t.isWord(i - 1) && ctx.capitalized(i - 1) && ctx.e(i - 1).month == 0;
            cue = namedBefore && (!ctx.t.isSentenceEnd(i - 2) || headlineEnd) // "Atene 2004", "Universiadi 2007:"
                    || ctx.t.isAny(i - 1, "(", "[") && ctx.t.isAny(i + 1, ")", "]") // "Titanic (1997)"
                    || ctx.t.isAny(i - 1, ",") && isYearNumber(i - 2); // "nel 2000, 2007 e 2010"
        }
        if (ctx.t.isAny(i - 1, "-", "/", "–")) {
            cue = isYearNumber(i - 2) && ctx.t.glued(i - 2) && !ctx.t.isNum(i + 1)
                    || ctx.t.is(i - 1, "-") && ctx.has(i - 2, PART_START | PART_END | PART_MID); // mid-2021
        }
        if (!cue && !span) {
            return null;
        }
        if (ctx.t.glued(i) && ctx.t.isAny(i + 1, "-", "–") && ctx.t.isNum(i + 2) && ctx.followedByMeasure(i + 3)) {
            return null; // "1500-2000 metri": a range of quantities
        }
        if (ctx.t.isAny(i - 1, "n", "n.", "numero", "art", "no", "nr", "number")
                || ctx.t.isAny(i - 2, "n", "art", "numero")) {
            return null;
        }
        if (ctx.t.isWord(i) && !ctx.has(i - 1, YEAR_CUE)) {
            return null;
        }
        if (!span && ctx.t.isNum(i) && ctx.t.glued(i) && ctx.t.isAny(i + 1, ":", ".", ",", "/")
                && ctx.t.glued(i + 1) && ctx.t.isNum(i + 2)) {
            return null; // 2000/0077: a document number
        }
        if (ctx.t.is(i - 1, "(") && ctx.t.glued(i - 2) && ctx.t.isWord(i - 2)) {
            return null; // COM(2000)
        }
        return ctx.match(i, end, DateValue.ofYear(y.value()));
    }

    private boolean isYearNumber(int i) {
        return ctx.t.isNum(i) && ctx.t.digits(i) == 4 && ctx.t.num[i] >= 1000 && ctx.t.num[i] <= 2199;
    }

    /** The end of a span that starts in year: a later year ("1919-2006"), or up to ten later in two digits. */
    private boolean spanEnd(int year, int j) {
        int n = ctx.t.num[j];
        if (ctx.t.digits(j) == 4) {
            return n > year && n <= year + 150 && (!ctx.t.is(j - 1, "/") || n <= year + 10);
        }
        if (ctx.t.digits(j) == 2) {
            int gap = (n - year % 100 + 100) % 100;
            return gap >= 1 && gap <= 10;
        }
        return false;
    }

    /** "il 15", "per il ventidue!": a day of the reference month, only when nothing else follows it. */
    Match dayOnly(int i) {
        if (ctx.english || !ctx.t.isAny(i - 1, "il", "l'")) {
            return null;
        }
        Read d = ctx.t.isNum(i) ? (ctx.t.digits(i) <= 2 && ctx.t.num[i] >= 1
                && ctx.t.num[i] <= 31 ? new Read(ctx.t.num[i], i + 1) : null)
                : (ctx.e(i).number >= 1 && ctx.e(i).number <= 31
                        && !ctx.t.isAny(i, "un", "una", "un'") ? new Read(ctx.e(i).number, i + 1) : null);
        if (d == null) {
            return null;
        }
        int n = d.next();
        boolean boundary = n >= ctx.t.size || ctx.t.isAny(n, ".", ",", "!", "?", ";");
        if (ctx.t.isAny(i - 2, "sotto", "sopra", "oltre", "circa", "quasi", "almeno", "solo", "anche", "tutto")) {
            return null; // "sotto il 15": a quantity
        }
        if (!boundary || (ctx.t.glued(i) && ctx.t.isAny(n, ".", ",") && ctx.t.isNum(n + 1))) {
            return null;
        }
        return ctx.match(i, n, ctx.r.dayOfReferenceMonth(d.value()));
    }

    /** anni '90, anni 90, anni novanta, anni 2000, anni 1970. */
    Match decade(int i, int k) {
        int v;
        int end;
        if (ctx.t.is(k, "'") && ctx.t.isNum(k + 1) && ctx.t.digits(k + 1) == 2) {
            v = ctx.t.num[k + 1];
            end = k + 2;
        } else if (ctx.t.isNum(k) && (ctx.t.digits(k) == 2 || ctx.t.digits(k) == 4)) {
            v = ctx.t.num[k];
            end = k + 1;
        } else if (ctx.e(k).number >= 10) {
            v = ctx.e(k).number;
            end = k + 1;
        } else {
            return null;
        }
        if (v % 10 != 0 || ctx.followedByMeasure(end)) {
            return null;
        }
        if (v < 100) {
            v = v == 0 ? 2000 : 1900 + v;
        } else if (v < 1000 || v > 2090) {
            return null;
        }
        return ctx.match(i, end, DateValue.ofDecade(v));
    }

    /** XX secolo, 20° secolo, the 20th century. */
    Match century(int i) {
        int p = i - 1;
        if (p < ctx.minStart) {
            return null;
        }
        if (ctx.t.isWord(p)) {
            int roman = TokenContext.roman(ctx.t.norm[p]);
            if (roman > 0 && roman <= 21) {
                return ctx.match(p, i + 1, centuryValue(roman));
            }
        }
        if ((ctx.t.isAny(p, "°", "º", "th", "st", "nd", "rd")) && ctx.t.isNum(p - 1) && ctx.t.glued(p - 1)
                && p - 1 >= ctx.minStart) {
            return ctx.match(p - 1, i + 1, centuryValue(ctx.t.num[p - 1]));
        }
        if (ctx.t.isWord(i + 1) && TokenContext.roman(ctx.t.norm[i + 1]) > 0) {
            return ctx.match(i, i + 2, centuryValue(TokenContext.roman(ctx.t.norm[i + 1])));
        }
        return null;
    }

    /** "il Novecento", "nell'Ottocento": a capitalised hundreds word after an article is a century. */
    Match namedCentury(int i) {
        Integer c = CENTURY_NAMES.get(ctx.t.norm[i]);
        if (c == null || !ctx.capitalized(i)
                || !ctx.t.isAny(i - 1, "il", "l'", "nel", "nell'", "del", "dell'", "dal", "dall'", "al", "all'",
                "primo", "tardo")) {
            return null;
        }
        return ctx.match(i, i + 1, centuryValue(c));
    }

    static DateValue centuryValue(int century) {
        return century >= 1
                && century <= 21 ? DateValue.ofCentury((century - 1) * 100 == 0 ? 1 : (century - 1) * 100) : null;
    }
}
