package org.fonti.tagging.dates;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.fonti.corpus.Language;

/** Named days whose date follows from the year: fixed feasts, Easter and the feasts that move with it. */
final class Holidays {

    /** A holiday name as lower-cased tokens ("festa", "del", "papà") and the date it falls on in a given year. */
    record Holiday(String[] words, IntFunction<LocalDate> dateIn) {
    }

    private final List<Holiday> all = new ArrayList<>();
    private final Map<String, List<Holiday>> byFirstWord = new HashMap<>();

    private Holidays() {
    }

    /** Holidays whose name starts with this word, longest names first. */
    List<Holiday> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    static Holidays of(Language language) {
        Holidays h = new Holidays();
        if (language == Language.IT) {
            h.fixed(12, 25, "natale", "giorno di natale");
            h.fixed(12, 24, "vigilia di natale");
            h.fixed(12, 26, "santo stefano");
            h.fixed(1, 1, "capodanno", "primo dell' anno");
            h.fixed(12, 31, "vigilia di capodanno", "san silvestro");
            h.fixed(1, 6, "epifania", "befana");
            h.fixed(2, 14, "san valentino", "festa degli innamorati");
            h.fixed(3, 8, "festa della donna");
            h.fixed(3, 19, "festa del papà", "festa del papa", "festa di san giuseppe", "san giuseppe");
            h.fixed(3, 15, "idi di marzo");
            h.fixed(4, 25, "festa della liberazione", "anniversario della liberazione");
            h.fixed(5, 1, "festa del lavoro", "festa dei lavoratori", "giorno dei lavoratori");
            h.fixed(6, 2, "festa della repubblica");
            h.fixed(8, 15, "ferragosto");
            h.fixed(10, 31, "halloween");
            h.fixed(11, 1, "ognissanti", "tutti i santi", "festa dei santi", "giorno dei santi");
            h.fixed(11, 2, "giorno dei morti", "commemorazione dei defunti");
            h.fixed(12, 8, "immacolata", "immacolata concezione", "festa dell' immacolata");
            h.add(y -> easter(y), "pasqua", "domenica di pasqua");
            h.add(y -> easter(y).plusDays(1), "pasquetta", "lunedì dell' angelo");
            h.add(y -> nthSunday(y, 5, 2), "festa della mamma");
            h.internationalDay(1, 27, "della memoria");
            h.internationalDay(2, 4, "contro il cancro");
            h.internationalDay(2, 10, "del ricordo");
            h.internationalDay(3, 1, "contro la discriminazione", "zero discriminazioni");
            h.internationalDay(3, 8, "della donna");
            h.internationalDay(3, 21, "della poesia");
            h.internationalDay(3, 22, "dell' acqua");
            h.internationalDay(4, 7, "della salute");
            h.internationalDay(4, 22, "della terra");
            h.internationalDay(4, 23, "del libro");
            h.internationalDay(5, 3, "della libertà di stampa");
            h.internationalDay(5, 25, "dell' africa", "dell' unità africana", "della liberazione africana");
            h.internationalDay(6, 5, "dell' ambiente");
            h.internationalDay(6, 20, "del rifugiato");
            h.add(y -> LocalDate.of(y, 7, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY)),
                    variants("delle cooperative"));
            h.internationalDay(9, 21, "della pace");
            h.internationalDay(10, 5, "dell' insegnante", "degli insegnanti");
            h.internationalDay(10, 16, "dell' alimentazione");
            h.internationalDay(11, 17, "dei prematuri", "della prematurità");
            h.internationalDay(11, 25, "contro la violenza sulle donne",
                    "per l' eliminazione della violenza contro le donne");
            h.internationalDay(12, 1, "contro l' aids");
            h.internationalDay(12, 10, "dei diritti umani");
            h.internationalDay(12, 18, "della lingua araba");
        } else {
            h.fixed(12, 25, "christmas", "christmas day");
            h.fixed(12, 24, "christmas eve");
            h.fixed(1, 1, "new year' s day");
            h.fixed(12, 31, "new year' s eve");
            h.fixed(10, 31, "halloween");
            h.fixed(2, 14, "valentine' s day");
            h.fixed(7, 4, "independence day");
            h.add(y -> easter(y), "easter", "easter sunday");
            h.add(y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
                    "thanksgiving", "thanksgiving day");
        }
        h.all.sort(Comparator.comparingInt((Holiday x) -> -x.words().length));
        for (Holiday x : h.all) {
            h.byFirstWord.computeIfAbsent(x.words()[0], k -> new ArrayList<>()).add(x);
        }
        return h;
    }

    /** A United Nations or national observance: "giornata [mondiale|internazionale] della terra". */
    private void internationalDay(int month, int day, String... subjects) {
        for (String subject : subjects) {
            fixed(month, day, variants(subject));
        }
    }

    private static String[] variants(String subject) {
        List<String> names = new ArrayList<>();
        for (String kind : new String[] {"", "mondiale ", "internazionale ", "nazionale ", "europea "}) {
            String name = "giornata " + kind + subject;
            names.add(name);
            String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!plain.equals(name)) {
                names.add(plain);
            }
        }
        return names.toArray(String[]::new);
    }

    private void fixed(int month, int day, String... names) {
        add(y -> LocalDate.of(y, month, day), names);
    }

    private void add(IntFunction<LocalDate> rule, String... names) {
        for (String name : names) {
            all.add(new Holiday(name.split(" "), rule));
        }
    }

    private static LocalDate nthSunday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.SUNDAY));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
