package org.fonti.tagging.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.fonti.tagging.dates.Lexicon.Entry;
import org.fonti.tagging.dates.Lexicon.Unit;

import static org.fonti.tagging.dates.Lexicon.AFTER;
import static org.fonti.tagging.dates.Lexicon.AGO;
import static org.fonti.tagging.dates.Lexicon.AHEAD;
import static org.fonti.tagging.dates.Lexicon.ARTICLE;
import static org.fonti.tagging.dates.Lexicon.BEFORE;
import static org.fonti.tagging.dates.Lexicon.HALF;
import static org.fonti.tagging.dates.Lexicon.LAST;
import static org.fonti.tagging.dates.Lexicon.NEXT;
import static org.fonti.tagging.dates.Lexicon.OF;
import static org.fonti.tagging.dates.Lexicon.PAST;
import static org.fonti.tagging.dates.Lexicon.PLURAL;
import static org.fonti.tagging.dates.Lexicon.THIS;

import org.fonti.tagging.dates.TokenContext.MonthRead;
import org.fonti.tagging.dates.TokenContext.Read;
import org.fonti.tagging.dates.TokenContext.RelUnit;

/**
 * Rules for dates that depend on the reference or on an earlier date: weekdays, "lo scorso mese", "il giorno dopo",
 * "due anni fa", parts of periods ("all'inizio del 2022"), ordinal weekdays and weeks, holidays.
 */
final class RelativeDates {
    private final TokenContext ctx;
    private final ExplicitDates x;
    private final Holidays holidays;

    RelativeDates(TokenContext context, ExplicitDates explicit, Holidays holidays) {
        this.ctx = context;
        this.x = explicit;
        this.holidays = holidays;
    }

    /** venerdì, Lunedì 12 Gennaio 2016, giovedì 21, lunedì scorso, venerdì della prossima settimana. */
    Match weekday(int i) {
        Entry e = ctx.e(i);
        int k = i + 1;
        if (ctx.e(i - 1).ordinal > 0 || ctx.has(i - 1, LAST) || ctx.t.isNum(i - 2) && ctx.t.isAny(i - 1, "°", "º")) {
            return null; // "la quinta domenica" is read by ordinal(), and is not a date when the month has none
        }
        if (e.weekdayAbbrev) {
            if (ctx.t.glued(i) && ctx.t.is(k, ".")) {
                k++;
            } else if (!(ctx.t.isNum(k) || (ctx.t.is(k, ",")
                    && ctx.t.isNum(k + 1)) || ctx.e(k).number > 0 || ctx.e(k).month > 0)
                    && !bareAbbreviatedWeekday(i)) {
                return null;
            }
        }
        if (ctx.english && !ctx.capitalized(i)) {
            return null;
        }
        int j = ctx.t.is(k, ",") ? k + 1 : k;
        Match date = TokenContext.longer(TokenContext.longer(x.numericDate(j), x.dayMonth(j, 0)), x.monthFirst(j, 0));
        if (date != null && ctx.t.isNum(j) && date.end() - j >= 1 || date != null && !ctx.t.isNum(j)) {
            if (date.value().grain() == DateValue.Grain.DAY) {
                return ctx.match(i, date.end(), date.value());
            }
        }
        Read d = ctx.readDay(j);
        if (d != null && j == k && !ctx.followedByMeasure(d.next()) && ctx.e(d.next()).unit == null
                && !(ctx.t.isNum(j) && ctx.t.glued(j) && ctx.t.isAny(j + 1, ":", ".") && ctx.t.isNum(j + 2)
                && ctx.t.glued(j + 1))) {
            return ctx.match(i, d.next(), ctx.r.weekdayWithDay(e.weekday, d.value(), Tense.of(ctx.t,
                    i) != Tense.FUTURE));
        }
        if (ctx.has(k, PAST) && !ctx.has(k, PLURAL)) {
            return ctx.match(i, k + 1, ctx.r.nearestWeekday(e.weekday, -1));
        }
        if (ctx.has(k, NEXT) && !ctx.has(k, PLURAL)) {
            return ctx.match(i, k + 1, ctx.r.weekdayInWeek(e.weekday, 1));
        }
        if (ctx.t.is(k, "dopo")) {
            Match anchored = anchoredDate(k + 1);
            if (anchored != null) {
                return ctx.match(i, anchored.end(), weekdayAfter(anchored.value(), e.weekday, 1));
            }
            if (k + 1 >= ctx.t.size || ctx.t.kind[k + 1] == Tokens.PUNCT) {
                return ctx.match(ctx.withArticle(i), k + 1, ctx.r.nearestWeekday(e.weekday, 1));
            }
        }
        if (ctx.has(k, OF)) {
            RelUnit ru = ctx.readRelUnit(k + 1);
            if (ru != null && ru.unit() == Unit.WEEK) {
                return ctx.match(i, ru.next(), ctx.r.weekdayInWeek(e.weekday, ru.offset()));
            }
        }
        if (ctx.english && ctx.t.is(k, "next") && ctx.t.is(k + 1, "week")) {
            return ctx.match(i, k + 2, ctx.r.weekdayInWeek(e.weekday, 1));
        }
        if (ctx.has(i - 1, ARTICLE) || ctx.t.isAny(i - 1, "del", "al", "dal", "nel", "sul", "ogni", "each", "every")) {
            // "il lunedì il museo è chiuso", "dal lunedì al venerdì", "ogni domenica": habitual, no date
            return null;
        }
        Tense tense = Tense.of(ctx.t, i);
        return ctx.match(i, k, ctx.r.nearestWeekday(e.weekday, tense == Tense.PAST ? -1 : 1));
    }

    /**
     * "lun", "mar" alone are weekdays only when written in lower case, not before a capitalised word ("Mar Rosso")
     * and not after an article or articled preposition ("il mar Mediterraneo").
     */
    boolean bareAbbreviatedWeekday(int i) {
        if (ctx.english || ctx.capitalized(i) || (ctx.t.isWord(i + 1) && ctx.capitalized(i + 1))) {
            return false;
        }
        return !ctx.has(i - 1, ARTICLE)
                && !ctx.t.isAny(i - 1, "del", "nel", "al", "sul", "dal", "un", "in", "alto", "per");
    }

    /** lo scorso mese, quest'anno, il prossimo giugno, lo scorso 10 maggio, questo venerdì, last May, next year. */
    Match modifierFirst(int i) {
        Entry e = ctx.e(i);
        if (ctx.t.isAny(i, "passato", "passata", "previous", "current", "corrente")) {
            return null; // only after the noun: "il mese passato"
        }
        boolean onlyLast = e.has(LAST) && !e.has(PAST); // "ultimo": "ultima domenica", never "ultimo mese"
        int dir = onlyLast ? -1 : TokenContext.direction(e);
        int k = i + 1;
        int first = ctx.withArticle(i);
        Entry u = ctx.e(k);
        if (ctx.t.isAny(k, "decennio", "decade") && !onlyLast) {
            DateValue year = ctx.r.relative(Unit.YEAR, 0); // "il prossimo decennio", "the last decade"
            return ctx.match(first, k + 1, year.certain() ? DateValue.ofDecade((year.year() / 10 + dir) * 10)
                    : DateValue.ofDecade(0));
        }
        if (u.unit == Unit.MONTH && !u.has(PLURAL) && ctx.t.is(k + 1, "di") && ctx.e(k + 2).month > 0) {
            MonthRead m = ctx.readMonth(k + 2); // "lo scorso mese di maggio"
            if (m != null) {
                return ctx.match(first, m.next(), ctx.r.month(m.month(), dir));
            }
        }
        if (u.unit != null && !u.has(PLURAL) && !onlyLast) {
            if (ctx.english && ctx.t.is(i, "next") && u.unit == Unit.DAY && ctx.t.is(i - 1, "the")) {
                return ctx.match(i - 1, k + 1, ctx.r.shiftFromAnchor(TokenContext.amount(Unit.DAY, 1), 1, true));
            }
            DateValue value = ctx.r.relative(u.unit, dir);
            int end = k + 1;
            if (u.unit == Unit.WEEK) {
                int w = ctx.t.is(end, ",") ? end + 1 : end;
                if (ctx.t.isAny(w, "di", "il", "on")) {
                    w++;
                }
                if (ctx.e(w).weekday > 0 && (w == end || !ctx.e(w).weekdayAbbrev || true)) {
                    return ctx.match(first, w + 1, ctx.r.weekdayInWeek(ctx.e(w).weekday, dir));
                }
            }
            return ctx.match(first, end, value);
        }
        if (u.month > 0 && !onlyLast) {
            MonthRead m = ctx.readMonth(k);
            if (m != null) {
                Match day = null;
                return TokenContext.longer(day, ctx.match(first, m.next(), ctx.r.month(m.month(), dir)));
            }
        }
        Match dm = !onlyLast ? x.dayMonth(k, dir) : null;
        if (dm != null) {
            return ctx.match(first, dm.end(), dm.value());
        }
        if (u.weekday > 0 && (!u.weekdayAbbrev || ctx.t.is(k + 1, "."))) {
            DateValue v = dir < 0 ? ctx.r.nearestWeekday(u.weekday, -1)
                    : dir > 0 ? ctx.r.weekdayInWeek(u.weekday, 1) : ctx.r.weekdayInWeek(u.weekday, 0);
            if (onlyLast && ctx.has(k + 1, OF)) {
                return null; // "ultimo lunedì di marzo" is read by ordinal()
            }
            Match date = TokenContext.longer(x.dayMonth(k + 1, 0), x.numericDate(k + 1));
            if (date != null && date.value().grain() == DateValue.Grain.DAY && date.value().certain()) {
                return ctx.match(first, date.end(), date.value()); // "lo scorso mercoledì 13 novembre 2019"
            }
            return ctx.match(first, k + 1, v);
        }
        if (u.holiday && !onlyLast) {
            Match h = holiday(k, dir);
            if (h != null) {
                return ctx.match(first, h.end(), h.value());
            }
        }
        return null;
    }

    /** l'anno scorso, il mese prossimo, il giorno dopo, l'anno successivo, anni '90, l'anno 247, mese di maggio. */
    Match unitFirst(int i) {
        Entry e = ctx.e(i);
        Unit unit = e.unit;
        int k = i + 1;
        int first = ctx.withArticle(i);
        if (!e.has(PLURAL)) {
            Entry after = ctx.e(k);
            if (ctx.t.isAny(i - 1, "stesso", "stessa", "medesimo", "medesima", "same") && i - 1 >= ctx.minStart) {
                return ctx.match(ctx.withArticle(i - 1), k, ctx.r.sameAsAnchor(unit)); // "nello stesso anno"
            }
            if (ctx.english && ctx.t.isAny(i - 1, "following", "previous", "subsequent", "preceding")) {
                int from = ctx.t.is(i - 2, "the") ? i - 2 : i - 1;
                int sign = ctx.t.isAny(i - 1, "following", "subsequent") ? 1 : -1;
                return from < ctx.minStart
                        ? null : ctx.match(from, k, ctx.r.shiftFromAnchor(TokenContext.amount(unit, 1), sign, true));
            }
            if (ctx.english && unit == Unit.DAY && ctx.t.isAny(k, "before", "after")
                    && ctx.e(k + 1).relDay != Integer.MIN_VALUE) {
                int shift = ctx.t.is(k, "before") ? -1 : 1;
                return ctx.match(first, k + 2, ctx.r.relative(Unit.DAY, ctx.e(k + 1).relDay + shift));
            }
            if (ctx.t.is(k, "dopo") && ctx.has(k + 1, ARTICLE) && ctx.has(k + 2, NEXT) && !ctx.has(k + 2, PLURAL)
                    && ctx.e(k + 3).unit == null) {
                return ctx.match(first, k + 3, ctx.r.relative(unit, 2)); // "il mese dopo il prossimo"
            }
            if (unit == Unit.DAY && ctx.t.is(k, "dopo") && ctx.t.is(k + 1, "domani")) {
                return ctx.match(first, k + 2, ctx.r.relative(Unit.DAY, 2));
            }
            RelUnit ru = ctx.readRelUnit(i);
            if (ru != null) {
                DateValue v = ctx.resolve(ru);
                if (unit == Unit.WEEK) {
                    int w = ctx.t.is(ru.next(), ",") ? ru.next() + 1 : ru.next();
                    if (ctx.t.isAny(w, "di", "il")) {
                        w++;
                    }
                    if (ctx.e(w).weekday > 0) {
                        return ctx.match(first, w + 1, ctx.r.weekdayInWeek(ctx.e(w).weekday, ru.offset()));
                    }
                }
                return ctx.match(first, ru.next(), v);
            }
            if (after.has(AFTER) || after.has(BEFORE)) {
                boolean preposition = ctx.t.isAny(k, "dopo", "prima", "after", "before");
                int sign0 = after.has(AFTER) && !ctx.t.is(k, "prima") ? 1 : -1;
                Match anchored = preposition ? anchoredDate(k + 1) : null;
                if (anchored != null) {
                    return ctx.match(first, anchored.end(), Resolver.shift(anchored.value(),
                            TokenContext.amount(unit, 1), sign0, true));
                }
                if (preposition
                        && (ctx.has(k + 1, ARTICLE) || ctx.has(k + 1, OF)
                        || ctx.t.isAny(k + 1, "che", "that", "a", "an"))
                        && !ctx.r.hasHistory()) {
                    return null; // "il giorno dopo il voto" with no date before it: anchored on an unknown event
                }
                if (ctx.t.isAny(k, "previous")) {
                    return null;
                }
                int sign = after.has(AFTER) && !ctx.t.is(k, "prima") ? 1 : -1;
                if (ctx.english && !ctx.t.is(i - 1, "the") && !ctx.t.isAny(k, "later", "earlier")) {
                    return null;
                }
                return ctx.match(first, k + 1, ctx.r.shiftFromAnchor(TokenContext.amount(unit, 1), sign, true));
            }
            if (unit == Unit.YEAR && ctx.t.isWord(i) && !ctx.english) {
                Read y = ctx.t.isNum(k) && ctx.t.digits(k) <= 4 && ctx.t.num[k] >= 100 && ctx.t.num[k] <= 2199
                        && !ctx.followedByMeasure(k + 1) ? new Read(ctx.t.num[k], k + 1)
                        : ctx.e(k).number >= 100 && ctx.e(k).number <= 2199 ? new Read(ctx.e(k).number, k + 1) : null;
                if (y != null && !ctx.t.glued(k)) {
                    return ctx.match(i, y.next(), DateValue.ofYear(y.value()));
                }
            }
            if (unit == Unit.WEEK && ctx.t.isAny(k, "del", "dell'", "of")) {
                Match day = x.dayMonth(ctx.t.is(k + 1, "the") ? k + 2 : k + 1, 0);
                if (day != null) { // "la settimana del 10 aprile"
                    DateValue v = day.value();
                    return ctx.match(first, day.end(), v.hasDay()
                            ? DateValue.ofWeek(v.date()) : DateValue.unknownWeek());
                }
            }
            if (unit == Unit.MONTH && ctx.t.isAny(k, "di", "of")) {
                Match m = x.monthFirst(k + 1, 0);
                if (m != null) {
                    return ctx.match(i, m.end(), m.value());
                }
            }
            if (unit == Unit.DAY && ctx.t.is(i, "giornata") && ctx.t.is(i - 1, "in") && i - 1 >= ctx.minStart) {
                return ctx.match(i - 1, k, ctx.r.relative(Unit.DAY, 0));
            }
            if (unit == Unit.DAY && ctx.has(k, OF) && ctx.e(k + 1).holiday) {
                Match h = holiday(k + 1, 0);
                if (h != null) {
                    return ctx.match(i, h.end(), h.value());
                }
            }
            return null;
        }
        if (unit == Unit.YEAR && !ctx.english) {
            return x.decade(i, k);
        }
        return null;
    }

    /** all'inizio del 2022, fine maggio, la prima metà del 2023, a metà degli anni '90, fine anno, early 2022. */
    Match periodPart(int i, int k) {
        int j = k;
        for (int n = 0; n < 2 && (ctx.has(j, OF) || ctx.has(j, ARTICLE) || ctx.t.is(j, "-")); n++) {
            j++;
        }
        if (j < ctx.t.size && ctx.t.is(j, "'") && ctx.t.isNum(j + 1)) {
            Read y = ctx.readYear(j, false);
            if (y != null) {
                return ctx.match(i, y.next(), DateValue.ofYear(y.value()));
            }
        }
        Match inner = innerDate(j);
        if (inner != null) {
            return ctx.match(i, inner.end(), inner.value());
        }
        Entry u = ctx.e(j);
        if (u.unit != null && !u.has(PLURAL) && u.unit != Unit.DAY && !ctx.has(j + 1, PLURAL)) {
            return ctx.match(i, j + 1, ctx.r.relative(u.unit, 0));
        }
        return null;
    }

    Match innerDate(int j) {
        if (j >= ctx.t.size) {
            return null;
        }
        int saved = ctx.minStart;
        ctx.minStart = Math.min(ctx.minStart, j);
        try {
            Match best = null;
            Entry e = ctx.e(j);
            if (ctx.t.isNum(j)) {
                best = TokenContext.longer(best, x.numericDate(j));
                best = TokenContext.longer(best, x.dayMonth(j, 0));
                best = TokenContext.longer(best, x.year(j));
            }
            if (e.month > 0) {
                best = TokenContext.longer(best, x.monthFirst(j, 0));
            }
            if (e.number >= 1000) {
                best = TokenContext.longer(best, x.year(j));
            }
            if (e.has(PAST | NEXT | THIS)) {
                best = TokenContext.longer(best, modifierFirst(j));
            }
            if (e.unit != null) {
                best = TokenContext.longer(best, unitFirst(j));
            }
            if (e.holiday) {
                best = TokenContext.longer(best, holiday(j, 0));
            }
            return best;
        } finally {
            ctx.minStart = saved;
        }
    }

    /** due anni fa, tre settimane dopo, 1 mese e 21 giorni fa, two years later, a year earlier. */
    Match quantity(int i) {
        if (ctx.has(i - 1, LAST | PAST | NEXT)) {
            return null; // "negli ultimi 3 mesi": a period, whatever follows
        }
        int[] amounts = new int[Unit.values().length];
        int j = ctx.readQuantities(i, amounts);
        if (j < 0) {
            return null;
        }
        Entry cue = ctx.e(j);
        if (cue.has(AGO)) {
            return ctx.match(i, j + 1, ctx.r.shiftFromReference(amounts, -1));
        }
        if (ctx.t.is(j, "più") && ctx.t.is(j + 1, "tardi")) {
            return ctx.match(i, j + 2, ctx.r.shiftFromAnchor(amounts, 1, false, false));
        }
        if (ctx.t.is(j, "da") && ctx.t.isAny(j + 1, "adesso", "ora", "oggi")
                || ctx.t.is(j, "from") && ctx.t.isAny(j + 1, "now", "today")) {
            return ctx.match(i, j + 2, ctx.r.shiftFromReference(amounts, 1));
        }
        if (cue.has(AFTER) || cue.has(BEFORE)) {
            boolean preposition = ctx.t.isAny(j, "dopo", "prima", "after", "before");
            if (preposition
                    && (ctx.has(j + 1, ARTICLE) || ctx.has(j + 1, OF) || ctx.t.isAny(j + 1, "che", "that", "a", "an"))
                    && !ctx.r.hasHistory()
                    || ctx.t.isAny(j, "following", "previous", "prior", "successivo", "successiva", "precedente",
                    "seguente")
                    || ctx.t.is(j, "in")) {
                return null;
            }
            if (ctx.has(i - 1, AHEAD) || ctx.t.isAny(i - 1, "per", "for", "da", "dopo")) {
                return null;
            }
            int sign = cue.has(AFTER) && !ctx.t.isAny(j, "prima", "earlier", "before") ? 1 : -1;
            return ctx.match(i, j + 1, ctx.r.shiftFromAnchor(amounts, sign, false, false));
        }
        return null;
    }

    /** tra due settimane, fra 3 mesi, in two years. */
    Match ahead(int i) {
        int[] amounts = new int[Unit.values().length];
        int j = ctx.readQuantities(i + 1, amounts);
        if (j < 0 || ctx.has(j, AGO) || ctx.has(j, AFTER) || ctx.has(j, BEFORE)) {
            return null;
        }
        if (ctx.t.is(j, "da") && ctx.t.isAny(j + 1, "adesso", "ora", "oggi")) {
            j += 2;
        }
        return ctx.match(i, j, ctx.r.shiftFromReference(amounts, 1));
    }

    /** oggi, ieri, domani, dopodomani, l'altroieri, ieri l'altro. */
    Match relativeDay(int i) {
        int k = ctx.e(i).relDay;
        if (k == -1 && ctx.t.is(i + 1, "l'") && ctx.t.is(i + 2, "altro")) {
            return ctx.match(i, i + 3, ctx.r.relative(Unit.DAY, -2));
        }
        if (ctx.english && ctx.t.is(i - 1, "before") && ctx.t.is(i - 2, "day")) {
            return null;
        }
        int first = ctx.t.is(i, "altroieri") ? ctx.withArticle(i) : i;
        return ctx.match(first, i + 1, ctx.r.relative(Unit.DAY, k));
    }

    /** primo venerdì di luglio, l'ultimo giorno di ottobre 2015, la prima settimana del 2015, la seconda domenica. */
    Match ordinal(int i) {
        int n;
        int k;
        if (ctx.t.isNum(i)) {
            if (!(ctx.t.glued(i) && ctx.t.isAny(i + 1, "°", "º")) || ctx.t.num[i] < 1 || ctx.t.num[i] > 5) {
                return null;
            }
            n = ctx.t.num[i];
            k = i + 2;
        } else {
            n = ctx.has(i, LAST) ? -1 : ctx.e(i).ordinal;
            k = i + 1;
        }
        if (ctx.has(k, HALF)) {
            Match inner = periodPart(i, k + 1);
            return inner == null ? null : ctx.match(i, inner.end(), inner.value());
        }
        if (n > 1 && ctx.t.isAny(k, "semestre", "trimestre", "quadrimestre")) {
            return null;
        }
        Entry u = ctx.e(k);
        int j = k + 1;
        if (u.weekday > 0 && !u.weekdayAbbrev) {
            if (ctx.t.is(j, "dopo") && n > 0) {
                Match anchored = anchoredDate(j + 1);
                return anchored == null
                        ? null : ctx.match(ctx.withArticle(i), anchored.end(), weekdayAfter(anchored.value(),
                                u.weekday, n));
            }
            if (ctx.t.isAny(j, "di", "del", "in", "of")) {
                int m = j + 1;
                if (ctx.t.is(m, "mese") && ctx.t.is(m + 1, "di")) {
                    m += 2;
                }
                MonthRead month = ctx.readMonth(m);
                if (month != null) {
                    Read y = ctx.readYearAfterMonth(month.next());
                    int year = y != null ? y.value() : ctx.r.yearForMonth(month.month(), 0);
                    int end = y != null ? y.next() : month.next();
                    return ctx.match(ctx.withArticle(i), end, Resolver.nthWeekday(year, month.month(), u.weekday, n));
                }
                RelUnit ru = ctx.readRelUnit(j + 1);
                if (ru != null && ru.unit() == Unit.MONTH) {
                    DateValue mv = ctx.resolve(ru);
                    return ctx.match(ctx.withArticle(i), ru.next(),
                            mv.certain()
                                    ? Resolver.nthWeekday(mv.year(), mv.month(), u.weekday, n)
                                            : DateValue.ofDay(0, 0, 0));
                }
                return null;
            }
            if (n < 0) {
                return ctx.match(i, j, ctx.r.nearestWeekday(u.weekday, -1));
            }
            if (!ctx.english && ctx.t.isAny(i - 1, "la", "il")) {
                DateValue mv = ctx.r.relative(Unit.MONTH, 0);
                return ctx.match(i, j, mv.certain()
                        ? Resolver.nthWeekday(mv.year(), mv.month(), u.weekday, n) : DateValue.ofDay(0, 0, 0));
            }
            return null;
        }
        if ((u.unit == Unit.WEEK || u.unit == Unit.DAY) && !u.has(PLURAL)
                && ctx.t.isAny(j, "di", "del", "dell'", "of")) {
            MonthRead month = ctx.readMonth(j + 1);
            if (month == null && ctx.t.is(j + 1, "the")) {
                month = ctx.readMonth(j + 2);
            }
            if (month != null) {
                Read y = ctx.readYearAfterMonth(month.next());
                int year = y != null ? y.value() : ctx.r.yearForMonth(month.month(), 0);
                int end = y != null ? y.next() : month.next();
                if (year <= 0) {
                    return ctx.match(ctx.withArticle(i), end, u.unit == Unit.DAY && n > 0
                            ? DateValue.ofDay(0, month.month(), n) : u.unit == Unit.DAY
                                    ? DateValue.ofDay(0, month.month(), 0)
                            : DateValue.unknownWeek());
                }
                LocalDate firstOfMonth = LocalDate.of(year, month.month(), 1);
                if (u.unit == Unit.DAY) {
                    LocalDate d = n < 0
                            ? firstOfMonth.with(TemporalAdjusters.lastDayOfMonth()) : firstOfMonth.plusDays(n - 1L);
                    return d.getMonthValue() == month.month()
                            ? ctx.match(ctx.withArticle(i), end, DateValue.ofDay(d)) : null;
                }
                LocalDate monday = n < 0 ? lastFullWeek(firstOfMonth)
                        : firstOfMonth.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
                return monday.getMonthValue() == month.month()
                        ? ctx.match(ctx.withArticle(i), end, DateValue.ofWeek(monday)) : null;
            }
            if (u.unit == Unit.WEEK && n > 0) {
                Read y = ctx.readYear(j + 1, false);
                if (y != null) {
                    return ctx.match(ctx.withArticle(i), y.next(), isoWeek(y.value(), n));
                }
                RelUnit ru = ctx.readRelUnit(j + 1);
                if (ru != null && ru.unit() == Unit.YEAR) {
                    DateValue yv = ctx.resolve(ru);
                    return ctx.match(ctx.withArticle(i), ru.next(), yv.certain()
                            ? isoWeek(yv.year(), n) : DateValue.unknownWeek());
                }
            }
        }
        return null;
    }

    /** Monday of the last Monday-to-Sunday week that lies wholly inside the month. */
    static LocalDate lastFullWeek(LocalDate firstOfMonth) {
        LocalDate monday = firstOfMonth.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        return monday.plusDays(6).getMonthValue() == firstOfMonth.getMonthValue() ? monday : monday.minusWeeks(1);
    }

    /** A date expression right after "dopo"/"after" that anchors a relative one ("il mese dopo Natale 2015"). */
    Match anchoredDate(int j) {
        int a = ctx.has(j, ARTICLE) ? j + 1 : j;
        Match m = innerDate(a);
        return m != null && m.value().certain() ? m : null;
    }

    /** The n-th weekday wd strictly after a day. */
    static DateValue weekdayAfter(DateValue anchor, int wd, int n) {
        if (!anchor.hasDay()) {
            return null;
        }
        LocalDate d = anchor.date().plusDays(1);
        while (d.getDayOfWeek().getValue() != wd) {
            d = d.plusDays(1);
        }
        return DateValue.ofDay(d.plusWeeks(n - 1L));
    }

    static DateValue isoWeek(int year, int week) {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                week).with(DayOfWeek.MONDAY);
        return DateValue.ofWeek(monday);
    }

    /** Natale, Natale 2019, la festa della Repubblica, Pasqua del 2020, lo scorso Natale. */
    Match holiday(int i, int bias) {
        for (Holidays.Holiday h : holidays.startingWith(ctx.t.norm[i])) {
            String[] words = h.words();
            int n = words.length;
            boolean matches = true;
            for (int w = 0; w < n && matches; w++) {
                matches = ctx.t.is(i + w, words[w]);
            }
            if (!matches) {
                continue;
            }
            int end = i + n;
            if (!ctx.capitalized(i) && ctx.t.isWord(i - 1) && !ctx.isFunctionWord(i - 1)) {
                return null; // "città natale", "giorno festivo": a common word after a noun
            }
            // a capitalised holiday name followed by another capitalised word is a person or a place
            if (ctx.capitalized(i) && end < ctx.t.size && ctx.t.isWord(end) && ctx.capitalized(end) && !ctx.english) {
                return null;
            }
            Read y = ctx.readYearAfterMonth(end);
            int year;
            if (y != null) {
                year = y.value();
                end = y.next();
            } else if (ctx.has(end, OF) && ctx.readRelUnit(end + 1) != null
                    && ctx.readRelUnit(end + 1).unit() == Unit.YEAR) {
                RelUnit ru = ctx.readRelUnit(end + 1);
                year = ctx.resolve(ru).year();
                end = ru.next();
            } else {
                // a recurring named day is the next one, or the last one when forced or the clause is in the past
                int direction = bias != 0 ? bias : Tense.of(ctx.t, i) == Tense.PAST ? -1 : 1;
                year = ctx.r.nearestYearOf(h.dateIn(), direction);
            }
            if (year <= 0) {
                LocalDate a = h.dateIn().apply(2001);
                LocalDate b = h.dateIn().apply(2002);
                boolean fixedDay = a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth();
                return ctx.match(i, end, fixedDay
                        ? DateValue.ofDay(0, a.getMonthValue(), a.getDayOfMonth()) : DateValue.ofDay(0, 0, 0));
            }
            return ctx.match(i, end, DateValue.ofDay(h.dateIn().apply(year)));
        }
        return null;
    }
}
