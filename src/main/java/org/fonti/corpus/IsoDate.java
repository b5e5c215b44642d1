package org.fonti.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar value with year, month or day precision, written as an ISO 8601 prefix (2022, 2022-05, 2022-05-10).
 * Used for publication dates and for the from/to filters, where "2022" means the whole year.
 */
public record IsoDate(int year, int month, int day) implements Comparable<IsoDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public IsoDate {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // throws for 2022-02-30
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; empty for anything else, including impossible days. */
    public static Optional<IsoDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IsoDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** First day covered: 2022 → 2022-01-01, 2022-05 → 2022-05-01. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** Last day covered: 2022 → 2022-12-31, 2022-02 → 2022-02-28. */
    public LocalDate lastDay() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        if (month != 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return "%04d".formatted(year);
        }
        return day == 0 ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
    }

    @Override
    public int compareTo(IsoDate other) {
        return firstDay().compareTo(other.firstDay());
    }
}
