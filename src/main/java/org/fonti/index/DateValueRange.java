package org.fonti.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fonti.corpus.IsoDate;

/**
 * The days a normalised date value covers: 2022-05-10, 2022-05, 2022, an ISO week (2022-W19), a decade (199X)
 * or a century (19XX). Values with an unknown year (XXXX-05-10) cover no definite days.
 */
record DateValueRange(LocalDate first, LocalDate last) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

    static Optional<DateValueRange> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var iso = IsoDate.parse(value);
        if (iso.isPresent()) {
            return Optional.of(new DateValueRange(iso.get().firstDay(), iso.get().lastDay()));
        }
        var week = WEEK.matcher(value);
        if (week.matches()) {
            int year = Integer.parseInt(week.group(1));
            int number = Integer.parseInt(week.group(2));
            if (number < 1 || number > 53) {
                return Optional.empty();
            }
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(new DateValueRange(monday, monday.plusDays(6)));
        }
        var decade = DECADE.matcher(value);
        if (decade.matches()) {
            int start = Integer.parseInt(decade.group(1)) * 10;
            return Optional.of(new DateValueRange(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31)));
        }
        var century = CENTURY.matcher(value);
        if (century.matches()) {
            int start = Integer.parseInt(century.group(1)) * 100;
            return Optional.of(new DateValueRange(LocalDate.of(Math.max(1, start), 1, 1), LocalDate.of(start + 99, 12, 31)));
        }
        return Optional.empty();
    }

    /** The year, when the value lies within one year (for the histogram of mentioned years). */
    Optional<Integer> year() {
        return first.getYear() == last.getYear() ? Optional.of(first.getYear()) : Optional.empty();
    }
}
