package org.fonti.language;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fonti.language.LexiconEntry.PartOfSpeech;

/** English inflection by rule plus Fonti's tables of irregular verbs and plurals. */
final class EnglishMorphology implements Morphology {

    /** Verbs of more than one syllable that double their final consonant (admitted, controlling). */
    private static final Set<String> DOUBLING = Set.of("admit", "commit", "control", "occur", "prefer", "refer",
            "regret", "omit", "permit", "submit", "transfer", "equip", "compel", "expel", "propel", "patrol", "deter",
            "incur", "infer", "confer", "defer", "rebel", "acquit", "abhor", "allot", "embed", "remit", "recur",
            "annul", "emit", "outfit", "unplug", "kidnap", "worship");

    /** Modal verbs have no -s, -ed or -ing forms (can, could, must). */
    private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "must", "shall", "should",
            "will", "would", "ought");

    private final Map<String, String[]> irregularVerbs = new HashMap<>();
    private final Map<String, String[]> irregularPlurals = new HashMap<>();

    EnglishMorphology() {
        for (String line : Words.resourceLines("en-irregular-verbs.txt")) {
            String[] cols = line.strip().split("\\s+");
            irregularVerbs.put(cols[0], new String[] {cols[1], cols[2]});
        }
        for (String line : Words.resourceLines("en-irregular-plurals.txt")) {
            String[] cols = line.strip().split("\\s+");
            irregularPlurals.put(cols[0], cols[1].split("/"));
        }
    }

    @Override
    public Map<Slot, List<String>> inflect(String lemma, PartOfSpeech partOfSpeech) {
        Map<Slot, List<String>> forms = new EnumMap<>(Slot.class);
        switch (partOfSpeech) {
            case NOUN -> {
                int lastSpace = lemma.lastIndexOf(' ');
                String head = lemma.substring(lastSpace + 1);
                String before = lemma.substring(0, lastSpace + 1);
                forms.put(Slot.SINGULAR, List.of(lemma));
                forms.put(Slot.PLURAL, plurals(head).stream().map(p -> before + p).toList());
            }
            case VERB -> {
                int firstSpace = lemma.indexOf(' ');
                String head = firstSpace < 0 ? lemma : lemma.substring(0, firstSpace);
                String after = firstSpace < 0 ? "" : lemma.substring(firstSpace);
                conjugate(head).forEach((slot, list) -> forms.put(slot, list.stream().map(f -> f + after).toList()));
            }
            case ADJECTIVE -> {
                forms.put(Slot.ADJECTIVE, List.of(lemma));
                if (lemma.indexOf(' ') < 0 && lemma.length() > 2) {
                    List<String> degrees = comparison(lemma);
                    if (!degrees.isEmpty()) {
                        forms.put(Slot.COMPARATIVE, degrees);
                    }
                    if (lemma.length() > 3 && Character.isLowerCase(lemma.charAt(0))) {
                        forms.put(Slot.ADVERB, List.of(adverb(lemma)));
                    }
                }
            }
            case OTHER -> forms.put(Slot.INVARIABLE, List.of(lemma));
        }
        return forms;
    }

    /** large → larger, largest; happy → happier, happiest; big → bigger; only for short adjectives. */
    private static List<String> comparison(String adjective) {
        int n = adjective.length();
        int syllables = syllables(adjective);
        boolean endsInY = adjective.endsWith("y") && !isVowel(adjective.charAt(n - 2));
        if (syllables > 2 || (syllables == 2 && !endsInY) || Character.isUpperCase(adjective.charAt(0))) {
            return List.of();
        }
        if (endsInY) {
            String stem = adjective.substring(0, n - 1);
            return List.of(stem + "ier", stem + "iest");
        }
        if (adjective.endsWith("e")) {
            return List.of(adjective + "r", adjective + "st");
        }
        if (doublesFinalConsonant(adjective)) {
            char last = adjective.charAt(n - 1);
            return List.of(adjective + last + "er", adjective + last + "est");
        }
        return List.of(adjective + "er", adjective + "est");
    }

    /** general → generally, simple → simply, easy → easily, full → fully, true → truly. */
    private static String adverb(String adjective) {
        int n = adjective.length();
        if (adjective.endsWith("le") && !isVowel(adjective.charAt(n - 3))) {
            return adjective.substring(0, n - 1) + "y";
        }
        if (adjective.endsWith("y") && !isVowel(adjective.charAt(n - 2))) {
            return adjective.substring(0, n - 1) + "ily";
        }
        if (adjective.endsWith("ll")) {
            return adjective + "y";
        }
        if (adjective.endsWith("ue")) {
            return adjective.substring(0, n - 1) + "ly";
        }
        if (adjective.endsWith("ic")) {
            return adjective + "ally";
        }
        return adjective + "ly";
    }

    List<String> plurals(String noun) {
        String[] irregular = irregularPlurals.get(noun.toLowerCase(java.util.Locale.ROOT));
        if (irregular != null) {
            return Arrays.asList(irregular);
        }
        int n = noun.length();
        if (noun.equals(noun.toUpperCase(java.util.Locale.ROOT))) {
            return List.of(noun); // acronyms: EU, NATO, GDP
        }
        if (n > 3 && noun.endsWith("s") && "siu".indexOf(noun.charAt(n - 2)) < 0) {
            return List.of(noun); // written as a plural already: migrants, talks, rates
        }
        if (n > 1 && noun.endsWith("y") && !isVowel(noun.charAt(n - 2))) {
            return List.of(noun.substring(0, n - 1) + "ies");
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
                || noun.endsWith("sh")) {
            return List.of(noun + "es");
        }
        return List.of(noun + "s");
    }

    private Map<Slot, List<String>> conjugate(String verb) {
        Map<Slot, List<String>> forms = new EnumMap<>(Slot.class);
        if (MODALS.contains(verb)) {
            forms.put(Slot.INFINITIVE, List.of(verb));
            return forms;
        }
        if (verb.equals("be")) {
            forms.put(Slot.INFINITIVE, List.of("be", "am", "are"));
            forms.put(Slot.PRESENT_THIRD, List.of("is"));
            forms.put(Slot.PAST, List.of("was", "were"));
            forms.put(Slot.PARTICIPLE, List.of("been"));
            forms.put(Slot.GERUND, List.of("being"));
            return forms;
        }
        forms.put(Slot.INFINITIVE, List.of(verb));
        forms.put(Slot.PRESENT_THIRD, List.of(thirdPerson(verb)));
        String[] irregular = irregularVerbs.get(verb);
        if (irregular != null) {
            forms.put(Slot.PAST, List.of(irregular[0].split("/")));
            forms.put(Slot.PARTICIPLE, List.of(irregular[1].split("/")));
        } else {
            String past = regularPast(verb);
            forms.put(Slot.PAST, List.of(past));
            forms.put(Slot.PARTICIPLE, List.of(past));
        }
        forms.put(Slot.GERUND, List.of(gerund(verb)));
        return forms;
    }

    private static String thirdPerson(String verb) {
        int n = verb.length();
        if (verb.equals("have")) {
            return "has";
        }
        if (n > 1 && verb.endsWith("y") && !isVowel(verb.charAt(n - 2))) {
            return verb.substring(0, n - 1) + "ies";
        }
        if (verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("ch")
                || verb.endsWith("sh") || (verb.endsWith("o") && n > 1 && !isVowel(verb.charAt(n - 2)))) {
            return verb + "es";
        }
        return verb + "s";
    }

    private static String regularPast(String verb) {
        int n = verb.length();
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (n > 1 && verb.endsWith("y") && !isVowel(verb.charAt(n - 2))) {
            return verb.substring(0, n - 1) + "ied";
        }
        if (doublesFinalConsonant(verb)) {
            return verb + verb.charAt(n - 1) + "ed";
        }
        return verb + "ed";
    }

    private static String gerund(String verb) {
        int n = verb.length();
        if (verb.endsWith("ie")) {
            return verb.substring(0, n - 2) + "ying";
        }
        if (verb.endsWith("e") && n > 2 && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe")) {
            return verb.substring(0, n - 1) + "ing";
        }
        if (doublesFinalConsonant(verb)) {
            return verb + verb.charAt(n - 1) + "ing";
        }
        return verb + "ing";
    }

    /** stop/stopped, plan/planning, admit/admitted; but visit/visited, sign/signed. */
    private static boolean doublesFinalConsonant(String verb) {
        if (DOUBLING.contains(verb)) {
            return true;
        }
        int n = verb.length();
        if (n < 3) {
            return false;
        }
        char last = verb.charAt(n - 1);
        if (isVowel(last) || last == 'w' || last == 'x' || last == 'y') {
            return false;
        }
        return isVowel(verb.charAt(n - 2)) && !isVowel(verb.charAt(n - 3)) && syllables(verb) == 1;
    }

    private static int syllables(String word) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean v = isVowel(word.charAt(i));
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        boolean silentE = word.endsWith("e") && !word.endsWith("ee") && !word.endsWith("le") && word.length() > 3;
        return silentE && groups > 1 ? groups - 1 : groups;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    @Override
    public String lightStem(String folded) {
        int n = folded.length();
        String w = folded.endsWith("'s") ? folded.substring(0, n - 2) : folded;
        n = w.length();
        if (n <= 3) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("zes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
