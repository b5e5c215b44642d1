package org.fonti.tagging.dates;

import java.util.HashMap;
import java.util.Map;

import org.fonti.corpus.Language;

/**
 * The words the date grammar reacts to, for one language: month and weekday names, number words, relative
 * keywords and the small function words that act as cues. A word may play several roles ("prima" is an ordinal
 * and "before"; "il" is an article and a year cue), so each entry is a bag of roles.
 */
final class Lexicon {

    enum Unit { DAY, WEEK, MONTH, YEAR }

    static final int PAST = 1;          // scorso, last
    static final int NEXT = 1 << 1;     // prossimo, next
    static final int THIS = 1 << 2;     // questo, this
    static final int AFTER = 1 << 3;    // dopo, successivo, later
    static final int BEFORE = 1 << 4;   // prima, precedente, earlier
    static final int AGO = 1 << 5;      // fa, ago
    static final int AHEAD = 1 << 6;    // tra, fra
    static final int PART_START = 1 << 7;
    static final int PART_END = 1 << 8;
    static final int PART_MID = 1 << 9;
    static final int ARTICLE = 1 << 10;
    static final int OF = 1 << 11;
    static final int YEAR_CUE = 1 << 12;
    static final int TIME_CUE = 1 << 13;
    static final int MEASURE = 1 << 14;
    static final int LAST = 1 << 15;    // ultimo, last (of a month)
    static final int FEW = 1 << 16;     // pochi, qualche: counted as 3
    static final int CENTURY = 1 << 17; // secolo, century
    static final int PLURAL = 1 << 18;  // a plural unit (giorni, anni)
    static final int HALF = 1 << 19;    // metà, half
    static final int STREET = 1 << 20;  // via, piazza: "via XX Settembre" is an address
    static final int DAY_PREP = 1 << 21; // on (English "on the 5th")

    /** What one word can mean; zero or -1 fields are absent roles. */
    static final class Entry {
        int month;
        boolean monthAbbrev;
        int weekday;
        boolean weekdayAbbrev;
        int number = -1;
        int ordinal;
        int relDay = Integer.MIN_VALUE;
        Unit unit;
        int flags;
        boolean holiday;

        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    static final Entry NONE = new Entry();

    final Language language;
    private final Map<String, Entry> entries = new HashMap<>();

    private Lexicon(Language language) {
        this.language = language;
    }

    Entry get(String word) {
        Entry e = entries.get(word);
        return e == null ? NONE : e;
    }

    boolean has(String word, int flag) {
        return get(word).has(flag);
    }

    private Entry entry(String word) {
        return entries.computeIfAbsent(word, w -> new Entry());
    }

    private void flags(int flag, String words) {
        for (String w : words.trim().split("\\s+")) {
            entry(w).flags |= flag;
        }
    }

    private void months(String[] full, String[][] abbrevs) {
        for (int m = 1; m <= 12; m++) {
            entry(full[m - 1]).month = m;
            for (String a : abbrevs[m - 1]) {
                Entry e = entry(a);
                if (e.month == 0) {
                    e.month = m;
                    e.monthAbbrev = true;
                }
            }
        }
    }

    private void weekdays(String[][] full, String[][] abbrevs) {
        for (int d = 1; d <= 7; d++) {
            for (String f : full[d - 1]) {
                entry(f).weekday = d;
            }
            for (String a : abbrevs[d - 1]) {
                Entry e = entry(a);
                e.weekday = d;
                e.weekdayAbbrev = true;
            }
        }
    }

    private void units(Unit unit, String singular, String plural) {
        for (String w : singular.trim().split("\\s+")) {
            entry(w).unit = unit;
        }
        for (String w : plural.trim().split("\\s+")) {
            Entry e = entry(w);
            e.unit = unit;
            e.flags |= PLURAL;
        }
    }

    private void ordinals(String words, int value) {
        for (String w : words.trim().split("\\s+")) {
            entry(w).ordinal = value;
        }
    }

    private void number(String word, int value) {
        Entry e = entry(word);
        if (e.number < 0) {
            e.number = value;
        }
    }

    private void holidays(String firstWords) {
        for (String w : firstWords.trim().split("\\s+")) {
            entry(w).holiday = true;
        }
    }

    static Lexicon italian() {
        Lexicon x = new Lexicon(Language.IT);
        x.months(new String[] {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                "settembre", "ottobre", "novembre", "dicembre"},
                new String[][] {{"gen", "genn"}, {"feb", "febb"}, {"mar"}, {"apr"}, {"mag"}, {"giu"}, {"lug"},
                        {"ago"}, {"set", "sett"}, {"ott"}, {"nov"}, {"dic"}});
        x.weekdays(new String[][] {{"lunedì", "lunedi"}, {"martedì", "martedi"}, {"mercoledì", "mercoledi"},
                {"giovedì", "giovedi"}, {"venerdì", "venerdi"}, {"sabato"}, {"domenica"}},
                new String[][] {{"lun"}, {"mar"}, {"mer"}, {"gio"}, {"ven"}, {"sab"}, {"dom"}});
        for (int n = 1; n <= 2100; n++) {
            for (String w : ItalianNumbers.spellings(n)) {
                x.number(w, n);
            }
        }
        for (String tens : new String[] {"vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant",
                "novant", "cent"}) {
            // elided before a vowel: "cinquant'anni fa", "vent'anni dopo"
            x.number(tens + "'", tens.equals("cent") ? 100 : ItalianNumbers.valueOfTens(tens));
        }
        x.number("un", 1);
        x.number("una", 1);
        x.number("un'", 1);
        x.ordinals("primo prima primi prime", 1);
        x.ordinals("secondo seconda", 2);
        x.ordinals("terzo terza", 3);
        x.ordinals("quarto quarta", 4);
        x.ordinals("quinto quinta", 5);
        x.ordinals("sesto sesta", 6);
        x.ordinals("settimo settima", 7);
        x.ordinals("ottavo ottava", 8);
        x.ordinals("nono nona", 9);
        x.ordinals("decimo decima", 10);
        x.entry("oggi").relDay = 0;
        x.entry("ieri").relDay = -1;
        x.entry("domani").relDay = 1;
        x.entry("dopodomani").relDay = 2;
        x.entry("altroieri").relDay = -2;
        x.units(Unit.DAY, "giorno giornata", "giorni giornate");
        x.units(Unit.WEEK, "settimana", "settimane");
        x.units(Unit.MONTH, "mese", "mesi");
        x.units(Unit.YEAR, "anno annata", "anni");
        x.flags(PAST, "scorso scorsa scorsi scorse passato passata");
        x.flags(NEXT, "prossimo prossima prossimi prossime venturo ventura entrante");
        x.flags(THIS, "questo questa quest' corrente");
        x.flags(AFTER, "dopo successivo successiva seguente appresso");
        x.flags(BEFORE, "prima precedente");
        x.flags(AGO, "fa addietro");
        x.flags(AHEAD, "tra fra");
        x.flags(PART_START, "inizio inizi principio");
        x.flags(PART_END, "fine");
        x.flags(PART_MID, "metà meta");
        x.flags(HALF, "metà meta");
        x.flags(ARTICLE, "il lo la l' i gli le");
        x.flags(OF, "di del dello della dell' dei degli delle d'");
        x.flags(YEAR_CUE, """
                nel nell' del dell' dal dall' al all' entro il l' in anno dopo prima fino sino sin tra fra e o ed
                circa durante dai ai negli degli agli dagli nei estate inverno primavera autunno trimestre semestre
                inizio fine metà meta entro dallo nello allo stagione natale pasqua lontano classe anni biennio
                triennio quadriennio quinquennio decennio edizione bilancio calendario campionato campionati
                mondiali europei olimpiadi giochi elezioni censimento annata esercizio fiscale legislatura
                finanziaria manovra mondiale datato datata risalente / -""");
        x.flags(TIME_CUE, "alle ore dalle le verso h");
        x.flags(MEASURE, """
                metri metro km chilometri chilometro euro dollari dollaro persone abitanti voti tonnellate chili kg
                milioni miliardi mila % case posti unità volte pagine punti gradi m cm mq ettari litri mw kw gb
                dipendenti lavoratori studenti morti feriti vittime casi copie esemplari lire franchi sterline
                ettari abitazioni famiglie ore minuti secondi giorni mesi settimane cc cv""");
        x.flags(LAST, "ultimo ultima ultimi ultime");
        x.flags(FEW, "pochi poche qualche alcuni alcune diversi diverse");
        x.flags(CENTURY, "secolo");
        x.flags(STREET, "via viale piazza piazzale corso largo vicolo");
        x.holidays("""
                natale vigilia santo capodanno primo san epifania befana festa anniversario giorno ferragosto
                halloween ognissanti tutti commemorazione immacolata pasqua pasquetta lunedì idi giornata""");
        return x;
    }

    static Lexicon english() {
        Lexicon x = new Lexicon(Language.EN);
        x.months(new String[] {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"},
                new String[][] {{"jan"}, {"feb"}, {"mar"}, {"apr"}, {}, {"jun"}, {"jul"}, {"aug"},
                        {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}});
        x.weekdays(new String[][] {{"monday"}, {"tuesday"}, {"wednesday"}, {"thursday"}, {"friday"},
                {"saturday"}, {"sunday"}},
                new String[][] {{"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"},
                        {"sun"}});
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty"};
        for (int n = 1; n < small.length; n++) {
            x.number(small[n], n);
        }
        x.number("thirty", 30);
        x.number("forty", 40);
        x.number("fifty", 50);
        x.number("a", 1);
        x.number("an", 1);
        String[] ordinalWords = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth"};
        for (int n = 0; n < ordinalWords.length; n++) {
            x.ordinals(ordinalWords[n], n + 1);
        }
        x.entry("today").relDay = 0;
        x.entry("yesterday").relDay = -1;
        x.entry("tomorrow").relDay = 1;
        x.units(Unit.DAY, "day", "days");
        x.units(Unit.WEEK, "week", "weeks");
        x.units(Unit.MONTH, "month", "months");
        x.units(Unit.YEAR, "year", "years");
        x.flags(PAST, "last previous");
        x.flags(NEXT, "next coming");
        x.flags(THIS, "this current");
        x.flags(AFTER, "later after following afterwards subsequent");
        x.flags(BEFORE, "earlier before prior previous");
        x.flags(AGO, "ago");
        x.flags(AHEAD, "in within");
        x.flags(PART_START, "beginning start early");
        x.flags(PART_END, "end late");
        x.flags(PART_MID, "mid middle");
        x.flags(HALF, "half");
        x.flags(ARTICLE, "the");
        x.flags(OF, "of");
        x.flags(YEAR_CUE, """
                in since by from until till to of during before after between and or year early late mid around
                circa summer winter spring autumn fall quarter through throughout end beginning christmas easter
                class fiscal season edition budget elections census games olympics championship championships
                the / -""");
        x.flags(TIME_CUE, "at");
        x.flags(MEASURE, """
                metres meters metre meter km kilometres miles euros euro dollars dollar people residents votes
                tonnes tons kg million billion thousand % percent houses units times pages points degrees m cm
                hectares litres employees workers students dead injured victims cases copies pounds hours minutes
                seconds days months weeks""");
        x.flags(LAST, "last");
        x.flags(FEW, "few several");
        x.flags(CENTURY, "century");
        x.flags(STREET, "street avenue road square");
        x.flags(DAY_PREP, "on");
        x.holidays("christmas new easter halloween valentine thanksgiving independence");
        return x;
    }
}
