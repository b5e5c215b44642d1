package org.fonti.tagging.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The publication date relative expressions are resolved against, at the precision it was given with:
 * "2022" knows the year only, "2023-12" the month, "2022-05-31" the day. {@link #NONE} knows nothing.
 */
record Reference(int year, int month, int day) {

    static final Reference NONE = new Reference(0, 0, 0);

    /** Parses an ISO prefix ("2022", "2023-12", "2022-05-31", also with a time part); NONE when absent or malformed. */
    static Reference parse(String iso) {
        if (iso == null) {
            return NONE;
        }
        String s = iso.strip();
        try {
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                LocalDate d = LocalDate.parse(s.substring(0, 10));
                return new Reference(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
            if (s.length() == 7 && s.charAt(4) == '-') {
                int y = Integer.parseInt(s.substring(0, 4));
                int m = Integer.parseInt(s.substring(5, 7));
                return m >= 1 && m <= 12 ? new Reference(y, m, 0) : NONE;
            }
            if (s.length() == 4) {
                return new Reference(Integer.parseInt(s), 0, 0);
            }
        } catch (NumberFormatException | DateTimeException e) {
            return NONE;
        }
        return NONE;
    }

    boolean knowsYear() {
        return year > 0;
    }

    boolean knowsMonth() {
        return month > 0;
    }

    boolean knowsDay() {
        return day > 0;
    }

    LocalDate date() {
        return LocalDate.of(year, month, day);
    }
}
