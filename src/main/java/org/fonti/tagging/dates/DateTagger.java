package org.fonti.tagging.dates;

import java.util.ArrayList;
import java.util.List;

import org.fonti.corpus.Language;
import org.fonti.tagging.DateMention;

/**
 * Finds date expressions in Italian or English text and normalises them to ISO 8601 prefixes.
 *
 * <h2>Values</h2>
 * <ul>
 *   <li>{@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}: the date at the precision the text gives it.</li>
 *   <li>{@code YYYY-Www}: ISO week, for week expressions ("la settimana scorsa", "questa settimana").</li>
 *   <li>{@code 199X}: a decade ("gli anni '90", "the 1990s"); {@code 19XX}: a century ("il Novecento",
 *       "XX secolo"). Two-digit decades ("anni '70") are taken as the 1900s.</li>
 *   <li>Underspecified values replace each unknown digit group with X: {@code XXXX-05-10} ("10 maggio" with no
 *       reference date), {@code XXXX-XX-15} ("il 15" with no reference month), {@code XXXX-XX-XX}, {@code XXXX-XX},
 *       {@code XXXX}, {@code XXXX-WXX}: a relative expression ("ieri", "il mese scorso", "il giorno dopo") whose
 *       anchor is unknown. Such expressions are still returned (the span is useful for highlighting) but never
 *       with a guessed date.</li>
 *   <li>Parts of periods keep the value of the period: "all'inizio del 2022" is 2022, "fine maggio" is the May,
 *       "entro il 2024" is 2024, "a metà degli anni '90" is 199X.</li>
 * </ul>
 *
 * <h2>Resolution rules</h2>
 * <ul>
 *   <li>Day and month, or month alone, without a year ("10 maggio", "in agosto", "a novembre") take the reference
 *       year, even when the month is after the reference month: news reports mention months of the current year far
 *       more often than of the previous one, and a wrong guess of "last year" is no better than "this year".
 *       "lo scorso" / "scorso" / "passato" force the latest such date strictly before the reference, "il prossimo"
 *       the earliest after it. When the reference only knows the year, a forced direction leaves the year unknown.</li>
 *   <li>"il 15" alone: the 15th of the reference month.</li>
 *   <li>Relative to the reference (ieri, oggi, domani, l'altro ieri, il mese scorso, quest'anno, l'anno prossimo,
 *       la settimana scorsa, yesterday, next year, "due anni fa", "tra tre settimane"): computed from the reference
 *       at the precision it has; a duration ago/ahead gives a day when the reference has a day. Vague counts
 *       ("pochi giorni fa", "alcuni anni dopo", "a few days ago") count as three, an approximation.</li>
 *   <li>Anaphoric ("Due anni dopo", "l'anno successivo", "il giorno dopo", "two years later", "the following
 *       year"): relative to the latest earlier date in the same text that is precise enough (a year for years, a
 *       day for days). When the text has no earlier date at all, a one-step expression ("il giorno dopo", "l'anno
 *       successivo") counts from the reference, while a counted one ("110 anni dopo" in a headline) stays
 *       underspecified, as does any anaphoric expression when the earlier dates are all too coarse.
 *       "Lo stesso anno" / "nel settembre dello stesso anno" take the year of the previous date.</li>
 *   <li>Weekdays: "lunedì scorso" is the latest Monday before the reference; "lunedì prossimo" the Monday of next
 *       week; "questo lunedì" / "lunedì di questa settimana" the Monday of the reference week; a bare weekday is the
 *       next one after the reference unless the clause is in a past tense, then the previous one; "giovedì 21" is
 *       the 21st nearest to the reference month that falls on a Thursday.</li>
 *   <li>Holidays and observances (Natale, Pasqua, Ferragosto, festa della Repubblica, giornata della memoria...)
 *       are recurring named days like weekdays: an explicit year ("Natale 2019") wins, "lo scorso Natale" is the
 *       last one, otherwise the next one on or after the reference unless the clause is in a past tense.</li>
 *   <li>Two-digit years ("nel '93", "21/04/16") are the latest year with those digits at most ten years after the
 *       reference (2035 without one).</li>
 * </ul>
 *
 * <h2>What is not a date</h2>
 * A bare four-digit number is a year only after a cue (nel, del, dal, entro, il, in, since, by, classe, edizione,
 * a year range "2014-2018" or season "2005/06", a list "nel 2000, 2007 e 2010", a capitalised name "Atene 2004",
 * brackets "(1997)") and not before a unit ("2024 persone", "1500 metri"), nor in document numbers ("2000/0077"); numeric d/m forms reject times after
 * "alle"/"ore", decimals and four-part numbers; dashed day-month pairs without a year ("3-1", a score) are accepted
 * only when one side exceeds 12; abbreviated months ("set", "mar") need a day, a year or a dot; bare abbreviated
 * weekdays ("mar", "gio") count only in lower case, not before a capitalised word ("Mar Rosso"); weekdays after an
 * article or "ogni" are habitual ("il lunedì", "ogni domenica") and are skipped; "città natale" is not Christmas.
 *
 * <p>Thread-safe: all state is built in the constructor and each call works on its own objects.
 */
public final class DateTagger {
    private final Lexicon italian = Lexicon.italian();
    private final Lexicon english = Lexicon.english();
    private final Holidays italianHolidays = Holidays.of(Language.IT);
    private final Holidays englishHolidays = Holidays.of(Language.EN);

    /**
     * Returns every date expression of {@code text} in text order.
     *
     * @param referenceDate publication date as an ISO prefix ("2022", "2023-12", "2022-05-31"), or null
     */
    public List<DateMention> tag(String text, Language lang, String referenceDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean en = lang == Language.EN;
        Tokens tokens = Tokens.of(text);
        DateParser parser = new DateParser(tokens, en ? english : italian, en ? englishHolidays : italianHolidays,
                new Resolver(Reference.parse(referenceDate)));
        List<DateMention> out = new ArrayList<>();
        for (Match m : parser.parseAll()) {
            int start = tokens.start[m.first()];
            int end = tokens.end[m.end() - 1];
            out.add(new DateMention(text.substring(start, end), start, end, m.value().toString()));
        }
        return out;
    }
}
