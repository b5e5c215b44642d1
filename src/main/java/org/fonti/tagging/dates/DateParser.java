package org.fonti.tagging.dates;

import java.util.ArrayList;
import java.util.List;

import org.fonti.tagging.dates.Lexicon.Entry;
import org.fonti.tagging.dates.Lexicon.Unit;

import static org.fonti.tagging.dates.Lexicon.AHEAD;
import static org.fonti.tagging.dates.Lexicon.CENTURY;
import static org.fonti.tagging.dates.Lexicon.FEW;
import static org.fonti.tagging.dates.Lexicon.LAST;
import static org.fonti.tagging.dates.Lexicon.NEXT;
import static org.fonti.tagging.dates.Lexicon.PART_END;
import static org.fonti.tagging.dates.Lexicon.PART_MID;
import static org.fonti.tagging.dates.Lexicon.PART_START;
import static org.fonti.tagging.dates.Lexicon.PAST;
import static org.fonti.tagging.dates.Lexicon.THIS;

/**
 * One left-to-right pass over the tokens of one text. Only tokens that can start or anchor a date expression
 * (digits, month and weekday names, relative keywords) trigger local parsing; each parse looks at a few tokens
 * around the trigger and the longest reading wins. Not thread-safe: one instance per call.
 */
final class DateParser {

    private static final int TRIGGER_FLAGS = PAST | NEXT | THIS | PART_START | PART_END | PART_MID | AHEAD | LAST | FEW
            | CENTURY;

    private final TokenContext ctx;
    private final ExplicitDates x;
    private final RelativeDates rel;

    DateParser(Tokens tokens, Lexicon lexicon, Holidays holidays, Resolver resolver) {
        this.ctx = new TokenContext(tokens, lexicon, resolver);
        this.x = new ExplicitDates(ctx);
        this.rel = new RelativeDates(ctx, x, holidays);
    }

    List<Match> parseAll() {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < ctx.t.size) {
            Match m = isTrigger(i) ? matchAt(i) : null;
            if (m != null && m.first() >= ctx.minStart && m.end() > i) {
                out.add(m);
                ctx.r.remember(m.value());
                ctx.minStart = m.end();
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private boolean isTrigger(int i) {
        if (ctx.t.kind[i] == Tokens.NUM) {
            return true;
        }
        if (ctx.t.kind[i] == Tokens.PUNCT) {
            return ctx.t.norm[i].equals("'") && ctx.t.isNum(i + 1);
        }
        Entry e = ctx.entries[i];
        return e.month > 0 || e.weekday > 0 || e.number > 0 || e.ordinal > 0 || e.relDay != Integer.MIN_VALUE
                || e.unit != null || e.holiday || (e.flags & TRIGGER_FLAGS) != 0
                || ctx.t.norm[i].equals("altro") || (ctx.t.norm[i].equals("dopo") && ctx.t.is(i + 1, "domani"))
                || ExplicitDates.CENTURY_ORDINALS.containsKey(ctx.t.norm[i]);
    }

    private Match matchAt(int i) {
        Entry e = ctx.e(i);
        Match best = null;
        if (ctx.t.kind[i] == Tokens.NUM) {
            if (ctx.t.glued(i) && ctx.t.isWord(i + 1) && !(ctx.english
                    && ctx.t.isAny(i + 1, "st", "nd", "rd", "th", "s"))
                    && !(ctx.t.is(i + 1, "o") && ctx.t.digits(i) <= 2)) {
                return null; // "84enne", "15esimo", "3D"
            }
            best = TokenContext.longer(best, x.numericDate(i));
            best = TokenContext.longer(best, x.dayMonth(i, 0));
            best = TokenContext.longer(best, x.dayListHead(i));
            best = TokenContext.longer(best, rel.quantity(i));
            best = TokenContext.longer(best, x.year(i));
            best = TokenContext.longer(best, x.dayOnly(i));
            best = TokenContext.longer(best, rel.ordinal(i));
            return best;
        }
        if (ctx.t.kind[i] == Tokens.PUNCT) {
            return x.year(i);
        }
        if (e.month > 0) {
            best = TokenContext.longer(best, x.monthFirst(i, 0));
        }
        if (e.weekday > 0) {
            best = TokenContext.longer(best, rel.weekday(i));
        }
        if (e.number > 0) {
            best = TokenContext.longer(best, x.dayMonth(i, 0));
            best = TokenContext.longer(best, x.dayListHead(i));
            best = TokenContext.longer(best, rel.quantity(i));
            best = TokenContext.longer(best, x.year(i));
            best = TokenContext.longer(best, x.dayOnly(i));
            best = TokenContext.longer(best, x.namedCentury(i));
        }
        if (e.ordinal > 0 || e.has(LAST)) {
            best = TokenContext.longer(best, rel.ordinal(i));
            best = TokenContext.longer(best, x.dayMonth(i, 0));
        }
        if (e.relDay != Integer.MIN_VALUE) {
            best = TokenContext.longer(best, rel.relativeDay(i));
        }
        if (ctx.t.is(i, "altro") && ctx.t.is(i + 1, "ieri")) {
            best = TokenContext.longer(best, ctx.match(ctx.withArticle(i), i + 2, ctx.r.relative(Unit.DAY, -2)));
        }
        if (ctx.t.is(i, "dopo") && ctx.t.is(i + 1, "domani")) {
            best = TokenContext.longer(best, ctx.match(i, i + 2, ctx.r.relative(Unit.DAY, 2)));
        }
        if (e.has(PAST | NEXT | THIS | LAST)) {
            best = TokenContext.longer(best, rel.modifierFirst(i));
        }
        if (e.unit != null) {
            best = TokenContext.longer(best, rel.unitFirst(i));
        }
        if (e.has(PART_START | PART_END | PART_MID)) {
            best = TokenContext.longer(best, rel.periodPart(i, i + 1));
        }
        if (e.has(AHEAD)) {
            best = TokenContext.longer(best, rel.ahead(i));
        }
        if (e.has(FEW)) {
            best = TokenContext.longer(best, rel.quantity(i));
        }
        if (e.holiday) {
            best = TokenContext.longer(best, rel.holiday(i, 0));
        }
        if (e.has(CENTURY)) {
            best = TokenContext.longer(best, x.century(i));
        }
        if (ExplicitDates.CENTURY_ORDINALS.containsKey(ctx.t.norm[i]) && ctx.has(i + 1, CENTURY)) {
            best = TokenContext.longer(best, ctx.match(i, i + 2,
                    ExplicitDates.centuryValue(ExplicitDates.CENTURY_ORDINALS.get(ctx.t.norm[i]))));
        }
        return best;
    }
}
