package org.fonti.tagging.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.fonti.tagging.dates.DateValue.Grain;
import org.fonti.tagging.dates.Lexicon.Unit;

/**
 * Calendar arithmetic for one text: resolves expressions against the reference date and, for anaphoric ones
 * ("due anni dopo"), against the dates already found earlier in the same text. Values it cannot know for certain
 * come back underspecified (X digits), never guessed.
 */
final class Resolver {
    private final Reference ref;
    private final List<DateValue> history = new ArrayList<>();

    Resolver(Reference ref) {
        this.ref = ref;
    }

    void remember(DateValue value) {
        history.add(value);
    }

    /** Some date was found earlier in the text: anaphoric expressions refer to it rather than to the reference. */
    boolean hasHistory() {
        return !history.isEmpty();
    }

    /** A two-digit year: the latest year ending in those digits that is at most ten years after the reference. */
    int twoDigitYear(int yy) {
        int pivot = ref.knowsYear() ? ref.year() + 10 : 2035;
        int year = (pivot / 100) * 100 + yy;
        return year > pivot ? year - 100 : year;
    }

    /** Day and month without a year: the reference year, or the nearest past (bias -1) or future (+1) one. */
    DateValue dayMonth(int month, int day, int bias) {
        if (!validDay(0, month, day)) {
            return null;
        }
        if (!ref.knowsYear()) {
            return DateValue.ofDay(0, month, day);
        }
        int year = ref.year();
        if (bias != 0) {
            int cmp;
            if (ref.knowsDay()) {
                cmp = Integer.compare(month * 100 + day, ref.month() * 100 + ref.day());
            } else if (ref.knowsMonth()) {
                cmp = Integer.compare(month, ref.month());
                if (cmp == 0) {
                    cmp = -bias; // same month as a month-precise reference: take the reference year
                }
            } else {
                return DateValue.ofDay(0, month, day);
            }
            if (bias < 0 && cmp >= 0) {
                year--;
            } else if (bias > 0 && cmp <= 0) {
                year++;
            }
        }
        return validDay(year, month, day) ? DateValue.ofDay(year, month, day) : DateValue.ofDay(0, month, day);
    }

    /** A month name without a year, by the same rule as {@link #dayMonth}. */
    DateValue month(int month, int bias) {
        if (!ref.knowsYear()) {
            return DateValue.ofMonth(0, month);
        }
        int year = ref.year();
        if (bias != 0) {
            if (!ref.knowsMonth()) {
                return DateValue.ofMonth(0, month);
            }
            if (bias < 0 && month >= ref.month()) {
                year--;
            } else if (bias > 0 && month <= ref.month()) {
                year++;
            }
        }
        return DateValue.ofMonth(year, month);
    }

    /** Day of month alone ("il 15"): that day of the reference month. */
    DateValue dayOfReferenceMonth(int day) {
        if (ref.knowsMonth() && validDay(ref.year(), ref.month(), day)) {
            return DateValue.ofDay(ref.year(), ref.month(), day);
        }
        return day >= 1 && day <= 31 ? DateValue.ofDay(0, 0, day) : null;
    }

    /** The unit containing the reference, shifted by k units: "l'anno scorso" is (YEAR, -1). */
    DateValue relative(Unit unit, int k) {
        return switch (unit) {
            case YEAR -> DateValue.ofYear(ref.knowsYear() ? ref.year() + k : 0);
            case MONTH -> {
                if (!ref.knowsMonth()) {
                    yield DateValue.ofMonth(0, 0);
                }
                YearMonth ym = YearMonth.of(ref.year(), ref.month()).plusMonths(k);
                yield DateValue.ofMonth(ym.getYear(), ym.getMonthValue());
            }
            case WEEK -> ref.knowsDay() ? DateValue.ofWeek(ref.date().plusWeeks(k)) : DateValue.unknownWeek();
            case DAY -> ref.knowsDay() ? DateValue.ofDay(ref.date().plusDays(k)) : DateValue.ofDay(0, 0, 0);
        };
    }

    /** Reference minus (sign -1) or plus (+1) a duration: "due anni fa", "tra tre settimane". */
    DateValue shiftFromReference(int[] amounts, int sign) {
        Unit finest = finest(amounts);
        if (ref.knowsDay()) {
            return DateValue.ofDay(shift(ref.date(), amounts, sign));
        }
        if (ref.knowsMonth() && finest.compareTo(Unit.MONTH) >= 0) {
            LocalDate d = shift(LocalDate.of(ref.year(), ref.month(), 1), amounts, sign);
            return DateValue.ofMonth(d.getYear(), d.getMonthValue());
        }
        if (ref.knowsYear() && finest == Unit.YEAR) {
            return DateValue.ofYear(ref.year() + sign * amounts[Unit.YEAR.ordinal()]);
        }
        return unknown(finest);
    }

    /**
     * The previous date in the text shifted by a duration: "due anni dopo", "il giorno successivo". A shift by whole
     * weeks gives a week when {@code weekGrain}, else a day.
     */
    DateValue shiftFromAnchor(int[] amounts, int sign, boolean weekGrain) {
        return shiftFromAnchor(amounts, sign, weekGrain, true);
    }

    /**
     * As {@link #shiftFromAnchor(int[], int, boolean)}; without {@code referenceFallback}, a text with no earlier
     * date gives an underspecified value: "110 anni dopo" in a headline counts from an event, not from today.
     */
    DateValue shiftFromAnchor(int[] amounts, int sign, boolean weekGrain, boolean referenceFallback) {
        Unit finest = finest(amounts);
        DateValue anchor = history.isEmpty() && !referenceFallback ? null : anchor(finest);
        return anchor == null ? unknown(finest, weekGrain) : shift(anchor, amounts, sign, weekGrain);
    }

    /** The unit of the previous date precise enough for it ("nello stesso anno"); underspecified when none. */
    DateValue sameAsAnchor(Unit unit) {
        DateValue anchor = anchor(unit);
        if (anchor == null || !anchor.certain()) {
            return unknown(unit);
        }
        return switch (unit) {
            case YEAR -> DateValue.ofYear(anchor.year());
            case MONTH -> DateValue.ofMonth(anchor.year(), anchor.month());
            case WEEK -> anchor.grain() == Grain.WEEK ? anchor : DateValue.ofWeek(anchor.date());
            case DAY -> anchor.grain() == Grain.DAY ? anchor : unknown(unit);
        };
    }

    /** A given date shifted by a duration, at the grain of the finest unit; null when the date is too coarse. */
    static DateValue shift(DateValue anchor, int[] amounts, int sign, boolean weekGrain) {
        Unit finest = finest(amounts);
        if (!anchor.certain()) {
            return unknown(finest, weekGrain);
        }
        return switch (finest) {
            case YEAR -> DateValue.ofYear(anchor.year() + sign * amounts[Unit.YEAR.ordinal()]);
            case MONTH -> {
                if (anchor.month() == 0) {
                    yield null;
                }
                LocalDate d = shift(LocalDate.of(anchor.year(), anchor.month(), 1), amounts, sign);
                yield DateValue.ofMonth(d.getYear(), d.getMonthValue());
            }
            case WEEK, DAY -> {
                if (anchor.grain() != Grain.WEEK && anchor.grain() != Grain.DAY) {
                    yield null;
                }
                LocalDate start = anchor.grain() == Grain.WEEK ? mondayOf(anchor) : anchor.date();
                LocalDate d = shift(start, amounts, sign);
                yield finest == Unit.WEEK && weekGrain && onlyWeeks(amounts) ? DateValue.ofWeek(d) : DateValue.ofDay(d);
            }
        };
    }

    /** The weekday wd (1 = Monday) after (+1) or before (-1) the reference, never the reference day itself. */
    DateValue nearestWeekday(int wd, int direction) {
        if (!ref.knowsDay()) {
            return DateValue.ofDay(0, 0, 0);
        }
        LocalDate d = ref.date().plusDays(direction);
        while (d.getDayOfWeek().getValue() != wd) {
            d = d.plusDays(direction);
        }
        return DateValue.ofDay(d);
    }

    /** The weekday wd in the ISO week of the reference shifted by weekOffset weeks. */
    DateValue weekdayInWeek(int wd, int weekOffset) {
        if (!ref.knowsDay()) {
            return DateValue.ofDay(0, 0, 0);
        }
        LocalDate monday = ref.date().with(DayOfWeek.MONDAY).plusWeeks(weekOffset);
        return DateValue.ofDay(monday.plusDays(wd - 1L));
    }

    /** "giovedì 21": the 21st that falls on a Thursday, looking at the reference month first, then outwards. */
    DateValue weekdayWithDay(int wd, int day, boolean preferPast) {
        if (!ref.knowsMonth()) {
            return day <= 31 ? DateValue.ofDay(0, 0, day) : null;
        }
        YearMonth base = YearMonth.of(ref.year(), ref.month());
        for (int step = 0; step <= 12; step++) {
            int[] offsets = step == 0 ? new int[] {0} : preferPast ? new int[] {-step, step} : new int[] {step, -step};
            for (int off : offsets) {
                YearMonth ym = base.plusMonths(off);
                if (day <= ym.lengthOfMonth() && ym.atDay(day).getDayOfWeek().getValue() == wd) {
                    return DateValue.ofDay(ym.atDay(day));
                }
            }
        }
        return validDay(base.getYear(), base.getMonthValue(), day)
                ? DateValue.ofDay(base.getYear(), base.getMonthValue(), day) : null;
    }

    /** The n-th (or, with n = -1, the last) weekday wd of a month; null when the month has no such day. */
    static DateValue nthWeekday(int year, int month, int wd, int n) {
        if (year <= 0) {
            return DateValue.ofDay(0, month, 0);
        }
        DayOfWeek dow = DayOfWeek.of(wd);
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate d = n < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
                : first.with(TemporalAdjusters.firstInMonth(dow)).plusWeeks(n - 1L);
        return d.getMonthValue() == month ? DateValue.ofDay(d) : null;
    }

    /**
     * The year of the nearest occurrence of a yearly day after (direction +1, the reference day included) or before
     * (-1) the reference; 0 when the reference is not precise enough to tell.
     */
    int nearestYearOf(java.util.function.IntFunction<LocalDate> dateIn, int direction) {
        if (!ref.knowsYear()) {
            return 0;
        }
        int year = ref.year();
        LocalDate d = dateIn.apply(year);
        if (ref.knowsDay()) {
            LocalDate today = ref.date();
            if (direction > 0 && d.isBefore(today)) {
                year++;
            } else if (direction < 0 && !d.isBefore(today)) {
                year--;
            }
        } else if (ref.knowsMonth()) {
            if (direction > 0 && d.getMonthValue() < ref.month()) {
                year++;
            } else if (direction < 0 && d.getMonthValue() > ref.month()) {
                year--;
            }
        } else {
            return 0;
        }
        return year;
    }

    /** The year a month-level expression without a year falls in, or 0 when unknown. */
    int yearForMonth(int month, int bias) {
        return month(month, bias).year();
    }

    static boolean validDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int length = year > 0 ? YearMonth.of(year, month).lengthOfMonth() : (month == 2
                ? 29 : YearMonth.of(2001, month).lengthOfMonth());
        return day <= length;
    }

    private DateValue anchor(Unit finest) {
        if (history.isEmpty()) {
            return switch (finest) {
                case YEAR -> ref.knowsYear() ? DateValue.ofYear(ref.year()) : null;
                case MONTH -> ref.knowsMonth() ? DateValue.ofMonth(ref.year(), ref.month()) : null;
                case WEEK, DAY -> ref.knowsDay() ? DateValue.ofDay(ref.date()) : null;
            };
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            DateValue v = history.get(i);
            if (!v.certain()) {
                continue;
            }
            boolean fineEnough = switch (finest) {
                case YEAR -> v.grain().compareTo(Grain.YEAR) >= 0;
                case MONTH -> v.grain() == Grain.MONTH || v.grain() == Grain.DAY;
                case WEEK, DAY -> v.grain() == Grain.DAY || v.grain() == Grain.WEEK;
            };
            if (fineEnough) {
                return v.grain() == Grain.WEEK && finest == Unit.YEAR ? DateValue.ofYear(v.year()) : v;
            }
        }
        return null;
    }

    private static LocalDate mondayOf(DateValue week) {
        return LocalDate.of(week.year(), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week.week())
                .with(DayOfWeek.MONDAY);
    }

    private static LocalDate shift(LocalDate d, int[] amounts, int sign) {
        try {
            return d.plusYears((long) sign * amounts[Unit.YEAR.ordinal()])
                    .plusMonths((long) sign * amounts[Unit.MONTH.ordinal()])
                    .plusWeeks((long) sign * amounts[Unit.WEEK.ordinal()])
                    .plusDays((long) sign * amounts[Unit.DAY.ordinal()]);
        } catch (DateTimeException e) {
            return d;
        }
    }

    private static Unit finest(int[] amounts) {
        for (int u = 0; u < amounts.length; u++) {
            if (amounts[u] != 0) {
                return Unit.values()[u];
            }
        }
        return Unit.YEAR;
    }

    private static boolean onlyWeeks(int[] amounts) {
        return amounts[Unit.DAY.ordinal()] == 0 && amounts[Unit.MONTH.ordinal()] == 0
                && amounts[Unit.YEAR.ordinal()] == 0;
    }

    private static DateValue unknown(Unit unit) {
        return unknown(unit, true);
    }

    private static DateValue unknown(Unit unit, boolean weekGrain) {
        return switch (unit) {
            case YEAR -> DateValue.ofYear(0);
            case MONTH -> DateValue.ofMonth(0, 0);
            case WEEK -> weekGrain ? DateValue.unknownWeek() : DateValue.ofDay(0, 0, 0);
            case DAY -> DateValue.ofDay(0, 0, 0);
        };
    }
}
