package org.fonti.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fonti.corpus.Language;

/**
 * Guesses the translation of a learned word the lexicon lacks from the regular Latinate correspondences between
 * English and Italian: -tion/-zione, -ity/-ità, -ism/-ismo, -ology/-ologia, -ous/-oso, -ive/-ivo, with the usual
 * spelling shifts (ph → f, th → t, x → ss, ct → tt). Guesses are unverified, so callers give them a low weight; a
 * wrong guess only costs a search term that matches nothing.
 */
final class CognateGuesser {

    private static final int MIN_LENGTH = 6;

    /** English suffix → Italian suffix, longest first. */
    private static final String[][] ENGLISH_TO_ITALIAN = {
            {"ization", "izzazione"}, {"isation", "izzazione"}, {"izations", "izzazioni"}, {"isations", "izzazioni"},
            {"ographies", "ografie"}, {"ography", "ografia"}, {"ographic", "ografico"}, {"ographical", "ografico"},
            {"ologies", "ologie"}, {"ology", "ologia"}, {"ological", "ologico"}, {"ologist", "ologo"},
            {"ologists", "ologi"}, {"ctions", "zioni"}, {"ction", "zione"}, {"ptions", "zioni"}, {"ption", "zione"},
            {"tions", "zioni"}, {"tion", "zione"}, {"ssions", "ssioni"}, {"ssion", "ssione"}, {"sions", "sioni"},
            {"sion", "sione"}, {"tional", "zionale"}, {"tial", "ziale"}, {"ities", "ità"}, {"ity", "ità"},
            {"isms", "ismi"}, {"ism", "ismo"}, {"ists", "isti"}, {"ist", "ista"}, {"ical", "ico"}, {"ics", "ica"},
            {"ic", "ico"}, {"ous", "oso"}, {"ives", "ivi"}, {"ive", "ivo"}, {"ences", "enze"}, {"ence", "enza"},
            {"ances", "anze"}, {"ance", "anza"}, {"ents", "enti"}, {"ent", "ente"}, {"ants", "anti"}, {"ant", "ante"},
            {"als", "ali"}, {"al", "ale"}, {"aries", "ari"}, {"ary", "ario"}, {"ories", "ori"}, {"ory", "orio"},
            {"ures", "ure"}, {"ure", "ura"}, {"ments", "menti"}, {"ment", "mento"}, {"ized", "izzato"},
            {"ised", "izzato"}, {"izes", "izza"}, {"ises", "izza"}, {"ize", "izzare"}, {"ise", "izzare"},
            {"ated", "ato"}, {"ates", "ati"}, {"ate", "are"}, {"ible", "ibile"}, {"able", "abile"},
            {"esis", "esi"}, {"osis", "osi"}, {"ysis", "isi"}, {"id", "ido"}, {"phies", "fie"}, {"phy", "fia"},
            {"mies", "mie"}, {"my", "mia"}, {"gies", "gie"}, {"gy", "gia"}, {"cies", "zie"}, {"cy", "zia"},
            {"tries", "trie"}, {"try", "tria"},
    };

    /** Italian suffix → English suffixes, longest first. */
    private static final String[][] ITALIAN_TO_ENGLISH = {
            {"izzazione", "ization"}, {"izzazioni", "izations"}, {"ografia", "ography"}, {"ografie", "ographies"},
            {"ografico", "ographic"}, {"ografica", "ographic"}, {"ologia", "ology"}, {"ologie", "ologies"},
            {"ologico", "ological"}, {"ologica", "ological"}, {"ologici", "ological"}, {"ologiche", "ological"},
            {"zione", "tion", "ction"}, {"zioni", "tions", "ctions"}, {"ssione", "ssion"}, {"ssioni", "ssions"},
            {"sione", "sion"}, {"sioni", "sions"}, {"zionale", "tional"}, {"zionali", "tional"}, {"ziale", "tial"},
            {"ità", "ity"}, {"ismo", "ism"}, {"ismi", "isms"}, {"ista", "ist"}, {"isti", "ists"}, {"iste", "ists"},
            {"ico", "ic", "ical"}, {"ica", "ic", "ical"}, {"ici", "ic", "ical"}, {"iche", "ic", "ical"},
            {"oso", "ous"}, {"osa", "ous"}, {"osi", "ous"}, {"ose", "ous"}, {"ivo", "ive"}, {"iva", "ive"},
            {"ivi", "ive"}, {"ive", "ive"}, {"enza", "ence"}, {"enze", "ences"}, {"anza", "ance"}, {"anze", "ances"},
            {"ente", "ent"}, {"enti", "ent"}, {"ante", "ant"}, {"anti", "ant"}, {"ale", "al"}, {"ali", "al"},
            {"ario", "ary"}, {"aria", "ary"}, {"ari", "ary"}, {"orio", "ory"}, {"oria", "ory"}, {"ura", "ure"},
            {"ure", "ures"}, {"mento", "ment"}, {"menti", "ments"}, {"izzare", "ize"}, {"izzato", "ized"},
            {"izzata", "ized"}, {"ibile", "ible"}, {"abile", "able"}, {"esi", "esis"}, {"osi", "osis"},
            {"fia", "phy"}, {"mia", "my"}, {"gia", "gy"}, {"zia", "cy"}, {"tria", "try"},
    };

    private CognateGuesser() {
    }

    /** Candidate translations of a folded word (empty when no regular suffix applies). */
    static List<String> guess(String folded, Language from) {
        if (folded.length() < MIN_LENGTH || !folded.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        return from == Language.EN ? fromEnglish(folded) : fromItalian(folded);
    }

    private static List<String> fromEnglish(String word) {
        for (String[] rule : ENGLISH_TO_ITALIAN) {
            if (word.endsWith(rule[0]) && word.length() - rule[0].length() >= 3) {
                String stem = italianSpelling(word.substring(0, word.length() - rule[0].length()));
                return List.of(stem + rule[1]);
            }
        }
        return List.of();
    }

    private static List<String> fromItalian(String word) {
        String w = word;
        for (String[] rule : ITALIAN_TO_ENGLISH) {
            String suffix = Words.fold(rule[0]);
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String stem = w.substring(0, w.length() - suffix.length());
                Set<String> guesses = new LinkedHashSet<>();
                for (String englishStem : englishSpellings(stem)) {
                    for (int i = 1; i < rule.length; i++) {
                        guesses.add(englishStem + rule[i]);
                    }
                }
                return new ArrayList<>(guesses).subList(0, Math.min(3, guesses.size()));
            }
        }
        return List.of();
    }

    /** Spelling shifts from an English stem to Italian: philosoph → filosof, complex → compless, struct → strutt. */
    private static String italianSpelling(String stem) {
        String s = stem.replace("ph", "f").replace("th", "t").replace("ck", "cc").replace("ae", "e").replace("oe", "e")
                .replace('y', 'i').replace('k', 'c').replace('w', 'v');
        s = s.replaceAll("^ex([aeiou])", "es$1").replaceAll("^ex", "es").replace("x", "ss");
        s = s.replace("ct", "tt").replace("pt", "tt").replaceAll("ns(?=[^aeiou])", "s");
        s = s.replaceAll("^h", "").replaceAll("([^cgs])h", "$1");
        return s;
    }

    /** The likely English spellings of an Italian stem: the stem itself, and with tt → ct, ss → x, f → ph. */
    private static List<String> englishSpellings(String stem) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(stem);
        if (stem.contains("tt")) {
            spellings.add(stem.replace("tt", "ct"));
        }
        if (stem.contains("ss")) {
            spellings.add(stem.replace("ss", "x"));
        }
        if (stem.startsWith("es")) {
            spellings.add("ex" + stem.substring(2));
        }
        if (stem.contains("f")) {
            spellings.add(stem.replace("f", "ph"));
        }
        return new ArrayList<>(spellings);
    }
}
