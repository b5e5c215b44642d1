package org.fonti.tagging.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A calendar value at some grain, with 0 meaning "unknown" for year, month, day and week. {@link #toString()}
 * gives the ISO prefix or its underspecified form (XXXX-05-10, XXXX-XX, 199X, 19XX, 2016-W45).
 */
record DateValue(int year, int month, int day, int week, Grain grain) {

    enum Grain { CENTURY, DECADE, YEAR, MONTH, WEEK, DAY }

    static DateValue ofYear(int year) {
        return new DateValue(year, 0, 0, 0, Grain.YEAR);
    }

    static DateValue ofMonth(int year, int month) {
        return new DateValue(year, month, 0, 0, Grain.MONTH);
    }

    static DateValue ofDay(int year, int month, int day) {
        return new DateValue(year, month, day, 0, Grain.DAY);
    }

    static DateValue ofDay(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    static DateValue ofWeek(LocalDate anyDayOfWeek) {
        LocalDate monday = anyDayOfWeek.with(DayOfWeek.MONDAY);
        return new DateValue(monday.get(IsoFields.WEEK_BASED_YEAR), 0, 0,
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Grain.WEEK);
    }

    static DateValue unknownWeek() {
        return new DateValue(0, 0, 0, 0, Grain.WEEK);
    }

    static DateValue ofDecade(int firstYear) {
        return new DateValue(firstYear, 0, 0, 0, Grain.DECADE);
    }

    static DateValue ofCentury(int firstYear) {
        return new DateValue(firstYear, 0, 0, 0, Grain.CENTURY);
    }

    /** Every field the grain needs is known. */
    boolean certain() {
        return switch (grain) {
            case CENTURY, DECADE, YEAR -> year > 0;
            case MONTH -> year > 0 && month > 0;
            case WEEK -> year > 0 && week > 0;
            case DAY -> year > 0 && month > 0 && day > 0;
        };
    }

    boolean hasDay() {
        return grain == Grain.DAY && certain();
    }

    LocalDate date() {
        return LocalDate.of(year, month, day);
    }

    @Override
    public String toString() {
        String y = year > 0 ? pad(year, 4) : "XXXX";
        return switch (grain) {
            case CENTURY -> y.substring(0, 2) + "XX";
            case DECADE -> y.substring(0, 3) + "X";
            case YEAR -> y;
            case MONTH -> y + "-" + (month > 0 ? pad(month, 2) : "XX");
            case WEEK -> y + "-W" + (week > 0 ? pad(week, 2) : "XX");
            case DAY -> y + "-" + (month > 0 ? pad(month, 2) : "XX") + "-" + (day > 0 ? pad(day, 2) : "XX");
        };
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
