package org.fonti.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fonti.language.LexiconEntry.PartOfSpeech;

/**
 * Italian inflection: noun and adjective plurals and feminines by rule (-co/-chi, -cia/-ce, invariables), the three
 * regular conjugations with their spelling adjustments (cerchiamo, cominceremo), and Fonti's table of irregular
 * verbs, whose "-mettere"-style rows also cover compounds (promettere, ammettere).
 */
final class ItalianMorphology implements Morphology {

    /** Words after which an Italian noun phrase stops agreeing with its head ("velivolo senza pilota"). */
    private static final Set<String> PHRASE_BREAKS = Set.of("di", "del", "della", "dello", "dei", "degli", "delle",
            "dell'", "a", "al", "alla", "ai", "agli", "alle", "da", "dal", "dalla", "in", "nel", "nella", "con", "per",
            "su", "sul", "sulla", "senza", "tra", "fra", "contro", "e", "o", "d'", "sotto", "sopra");

    /** Adjectives (and adverbs listed as such) that never change: meglio, blu, rosa, pari. */
    private static final Set<String> INVARIABLE_ADJECTIVES = Set.of("meglio", "peggio", "bene", "male", "abbastanza",
            "gratis", "blu", "rosa", "viola", "pari", "dispari", "perbene", "presto", "tardi", "ok");

    private record IrregularVerb(String infinitive, String participle, String remote, List<String> present,
                                 String futureStem, String imperfectStem, List<String> subjunctive, String gerund) {
    }

    private final Map<String, IrregularVerb> irregularVerbs = new HashMap<>();
    private final Map<String, IrregularVerb> irregularSuffixes = new HashMap<>();
    private final Set<String> iscVerbs = new HashSet<>();
    private final Map<String, List<String>> irregularPlurals = new HashMap<>();

    ItalianMorphology() {
        for (String line : Words.resourceLines("it-irregular-verbs.txt")) {
            String[] cols = line.strip().split("\\s+");
            boolean suffix = cols[0].startsWith("-");
            String infinitive = suffix ? cols[0].substring(1) : cols[0];
            List<String> present = List.of();
            List<String> subjunctive = List.of();
            String future = null;
            String imperfect = null;
            String gerund = null;
            for (int i = 3; i < cols.length; i++) {
                String[] kv = cols[i].split("=", 2);
                switch (kv[0]) {
                    case "pres" -> present = List.of(kv[1].split(","));
                    case "subj" -> subjunctive = List.of(kv[1].split(","));
                    case "fut" -> future = kv[1];
                    case "impf" -> imperfect = kv[1];
                    case "ger" -> gerund = kv[1];
                    default -> throw new IllegalStateException("bad irregular verb field " + cols[i]);
                }
            }
            IrregularVerb verb = new IrregularVerb(infinitive, cols[1], cols[2].equals("-") ? null : cols[2],
                    present, future, imperfect, subjunctive, gerund);
            (suffix ? irregularSuffixes : irregularVerbs).put(infinitive, verb);
        }
        iscVerbs.addAll(Words.resourceWords("it-isc-verbs.txt"));
        for (String line : Words.resourceLines("it-irregular-plurals.txt")) {
            String[] cols = line.strip().split("\\s+");
            irregularPlurals.put(cols[0], cols[1].equals("=") ? List.of(cols[0]) : List.of(cols[1].split("/")));
        }
    }

    @Override
    public Map<Slot, List<String>> inflect(String lemma, PartOfSpeech partOfSpeech) {
        Map<Slot, List<String>> forms = new EnumMap<>(Slot.class);
        String[] words = lemma.split(" ");
        switch (partOfSpeech) {
            case NOUN -> {
                forms.put(Slot.SINGULAR, List.of(lemma));
                forms.put(Slot.PLURAL, words.length == 1 ? nounPlurals(lemma) : phrasePlurals(words));
            }
            case ADJECTIVE -> {
                forms.put(Slot.ADJECTIVE, words.length == 1 ? adjectiveForms(lemma) : List.of(lemma));
                String adverb = words.length == 1 && lemma.length() > 3 ? adverb(lemma) : null;
                if (adverb != null) {
                    forms.put(Slot.ADVERB, List.of(adverb));
                }
            }
            case VERB -> {
                String after = lemma.substring(words[0].length());
                conjugate(words[0]).forEach((slot, list) ->
                        forms.put(slot, list.stream().map(f -> f + after).toList()));
            }
            case OTHER -> forms.put(Slot.INVARIABLE, List.of(lemma));
        }
        return forms;
    }

    // ---------------------------------------------------------------- nouns and adjectives

    List<String> nounPlurals(String noun) {
        List<String> irregular = irregularPlurals.get(noun);
        if (irregular != null) {
            return irregular;
        }
        int n = noun.length();
        char last = noun.charAt(n - 1);
        if (n <= 2 || !"aeo".contains(String.valueOf(last)) || noun.endsWith("ie")) {
            return List.of(noun); // città, crisi, sport, serie: invariable
        }
        String stem = noun.substring(0, n - 1);
        if (last == 'o') {
            if (noun.endsWith("co")) {
                return List.of(stem + (n > 5 && (noun.endsWith("ico") || noun.endsWith("aco")) ? "i" : "hi"));
            }
            if (noun.endsWith("logo")) {
                return List.of(stem + "i", stem + "hi");
            }
            if (noun.endsWith("go")) {
                return List.of(stem + "hi");
            }
            if (noun.endsWith("io")) {
                return List.of(stem);
            }
            return List.of(stem + "i");
        }
        if (last == 'a') {
            if (noun.endsWith("ca") || noun.endsWith("ga")) {
                return List.of(stem + "he");
            }
            if ((noun.endsWith("cia") || noun.endsWith("gia")) && n > 3) {
                boolean vowelBefore = "aeiou".indexOf(noun.charAt(n - 4)) >= 0;
                return List.of(vowelBefore ? stem + "e" : noun.substring(0, n - 2) + "e");
            }
            if (noun.endsWith("ista") || noun.endsWith("cida") || noun.endsWith("iatra")) {
                return List.of(stem + "i", stem + "e");
            }
            return List.of(stem + "e");
        }
        return List.of(stem + "i"); // -e
    }

    /** generale → generalmente, rapido → rapidamente, forte → fortemente. */
    static String adverb(String adjective) {
        int n = adjective.length();
        if (adjective.endsWith("o")) {
            return adjective.substring(0, n - 1) + "amente";
        }
        boolean vowelBeforeLOrR = n > 3 && "aeiou".indexOf(adjective.charAt(n - 3)) >= 0;
        if ((adjective.endsWith("le") || adjective.endsWith("re")) && vowelBeforeLOrR) {
            return adjective.substring(0, n - 1) + "mente";
        }
        if (adjective.endsWith("e")) {
            return adjective + "mente";
        }
        return null;
    }

    /** Masculine singular first: strategico, strategica, strategici, strategiche. */
    List<String> adjectiveForms(String adjective) {
        int n = adjective.length();
        if (n < 3 || INVARIABLE_ADJECTIVES.contains(adjective)) {
            return List.of(adjective);
        }
        String stem = adjective.substring(0, n - 1);
        if (adjective.endsWith("o")) {
            String feminine = stem + "a";
            Set<String> forms = new LinkedHashSet<>();
            forms.add(adjective);
            forms.add(feminine);
            forms.addAll(nounPlurals(adjective));
            forms.addAll(nounPlurals(feminine));
            return new ArrayList<>(forms);
        }
        if (adjective.endsWith("ista")) {
            return List.of(adjective, stem + "i", stem + "e");
        }
        if (adjective.endsWith("e")) {
            return List.of(adjective, stem + "i");
        }
        if (adjective.endsWith("a")) { // a feminine lemma, as in phrases
            return List.of(adjective, nounPlurals(adjective).get(0));
        }
        return List.of(adjective); // blu, pari, ...
    }

    /** dichiarazione congiunta → dichiarazioni congiunte; ministro degli esteri → ministri degli esteri. */
    private List<String> phrasePlurals(String[] words) {
        StringBuilder plural = new StringBuilder(nounPlurals(words[0]).get(0));
        boolean agreeing = true;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (PHRASE_BREAKS.contains(w) || w.endsWith("'")) {
                agreeing = false;
            }
            plural.append(' ').append(agreeing && w.length() > 2 ? nounPlurals(w).get(0) : w);
        }
        return List.of(plural.toString());
    }

    // ---------------------------------------------------------------- verbs

    Map<Slot, List<String>> conjugate(String verb) {
        Map<Slot, List<String>> forms = new EnumMap<>(Slot.class);
        String infinitive = verb;
        if (verb.endsWith("rsi") && verb.length() > 5) { // dimettersi, lavarsi, porsi
            String bare = verb.substring(0, verb.length() - 2);
            infinitive = findIrregular(bare + "re") != null ? bare + "re" : bare + "e";
        }
        IrregularVerb irregular = findIrregular(infinitive);
        String ending = infinitive.length() > 3 ? infinitive.substring(infinitive.length() - 3) : "";
        char conjugation = switch (ending) {
            case "are" -> 'a';
            case "ere" -> 'e';
            case "ire" -> 'i';
            default -> '?';
        };
        if (conjugation == '?' && irregular == null) {
            forms.put(Slot.INFINITIVE, List.of(verb));
            return forms;
        }
        String stem = infinitive.substring(0, infinitive.length() - 3);
        boolean isc = conjugation == 'i' && iscVerbs.contains(infinitive);
        String vowel = conjugation == 'a' ? "a" : conjugation == 'e' ? "e" : "i";

        List<String> infinitives = verb.equals(infinitive) ? List.of(verb) : List.of(verb, infinitive);
        forms.put(Slot.INFINITIVE, infinitives);

        List<String> present;
        if (irregular != null && !irregular.present().isEmpty()) {
            present = irregular.present();
        } else if (conjugation == 'a') {
            present = endings(true, stem, "o", "i", "a", "iamo", "ate", "ano");
        } else if (isc) {
            present = endings(false, stem, "isco", "isci", "isce", "iamo", "ite", "iscono");
        } else {
            present = endings(false, stem, "o", "i", "e", "iamo", conjugation == 'e' ? "ete" : "ite", "ono");
        }
        List<String> presentOthers = new ArrayList<>(List.of(present.get(5), present.get(0), present.get(3),
                present.get(1), present.get(4)));
        if (irregular != null && !irregular.subjunctive().isEmpty()) {
            presentOthers.addAll(irregular.subjunctive());
        } else if (conjugation == 'a') {
            presentOthers.addAll(endings(true, stem, "ino", "iate"));
        } else {
            presentOthers.addAll(endings(false, stem, isc ? "isca" : "a", isc ? "iscano" : "ano"));
        }
        forms.put(Slot.PRESENT, distinct(presentOthers));
        forms.put(Slot.PRESENT_THIRD, List.of(present.get(2)));

        String participle = irregular != null ? irregular.participle() : stem + (conjugation == 'a' ? "ato"
                : conjugation == 'e' ? "uto" : "ito");
        forms.put(Slot.PARTICIPLE, adjectiveForms(participle));

        String imperfectStem = irregular != null && irregular.imperfectStem() != null ? irregular.imperfectStem()
                : stem + vowel;
        List<String> remote = new ArrayList<>();
        if (irregular != null && irregular.remote() != null) {
            String third = irregular.remote();
            remote.add(third);
            remote.add(third + "ro");
            if (third.endsWith("e")) {
                remote.add(third.substring(0, third.length() - 1) + "i");
            }
        } else if (conjugation == 'a') {
            remote.addAll(endings(true, stem, "ò", "arono", "ai", "ammo"));
        } else if (conjugation == 'e') {
            remote.addAll(endings(false, stem, "é", "erono", "ette", "ettero", "ei"));
        } else {
            remote.addAll(endings(false, stem, "ì", "irono", "ii", "immo"));
        }
        List<String> imperfect = imperfectStem.equals("er") // essere
                ? List.of("era", "erano", "ero", "eri", "eravamo", "eravate")
                : endings(false, imperfectStem, "va", "vano", "vo", "vi", "vamo", "vate");
        // Third persons first: the simple past and the imperfect of news and narrative.
        List<String> past = new ArrayList<>();
        past.add(remote.get(0));
        past.add(imperfect.get(0));
        past.add(remote.get(1));
        past.add(imperfect.get(1));
        past.addAll(remote);
        past.addAll(imperfect);
        // Imperfect subjunctive (se potesse, sembrasse, andassero): built on the imperfect stem.
        past.addAll(endings(false, imperfectStem.equals("er") ? "fo" : imperfectStem, "sse", "ssero", "ssi", "ssimo",
                "ste"));
        forms.put(Slot.PAST, distinct(past));

        String futureStem = irregular != null && irregular.futureStem() != null ? irregular.futureStem()
                : conjugation == 'a' ? join(stem, "er") : stem + (conjugation == 'i' ? "ir" : "er");
        forms.put(Slot.FUTURE, List.of(futureStem + "à", futureStem + "anno", futureStem + "ò", futureStem + "emo",
                futureStem + "ai", futureStem + "ete", futureStem + "ebbe", futureStem + "ebbero", futureStem + "ei",
                futureStem + "emmo", futureStem + "esti", futureStem + "este"));

        String gerund;
        if (irregular != null && irregular.gerund() != null) {
            gerund = irregular.gerund();
        } else if (irregular != null && irregular.imperfectStem() != null && !imperfectStem.equals("er")) {
            gerund = imperfectStem + "ndo";
        } else {
            gerund = stem + (conjugation == 'a' ? "ando" : "endo");
        }
        String presentParticiple = irregular != null && irregular.imperfectStem() != null && !imperfectStem.equals("er")
                ? imperfectStem + "nt" : stem + (conjugation == 'a' ? "ant" : "ent");
        forms.put(Slot.GERUND, List.of(gerund, presentParticiple + "e", presentParticiple + "i"));
        return forms;
    }

    /** The irregular row for a verb, or for the longest suffix rule it is a compound of (ammettere → -mettere). */
    private IrregularVerb findIrregular(String infinitive) {
        IrregularVerb exact = irregularVerbs.get(infinitive);
        if (exact != null) {
            return exact;
        }
        for (int start = 0; start < infinitive.length() - 3; start++) {
            IrregularVerb rule = irregularSuffixes.get(infinitive.substring(start));
            if (rule != null) {
                String prefix = infinitive.substring(0, start);
                return new IrregularVerb(infinitive, prefix + rule.participle(),
                        rule.remote() == null ? null : prefix + rule.remote(), prefixed(prefix, rule.present()),
                        rule.futureStem() == null ? null : prefix + rule.futureStem(),
                        rule.imperfectStem() == null ? null : prefix + rule.imperfectStem(),
                        prefixed(prefix, rule.subjunctive()), rule.gerund() == null ? null : prefix + rule.gerund());
            }
        }
        return null;
    }

    private static List<String> prefixed(String prefix, List<String> forms) {
        return forms.stream().map(f -> prefix + f).toList();
    }

    /** Endings joined with the first conjugation's spelling rules when {@code firstConjugation}, plainly otherwise. */
    private static List<String> endings(boolean firstConjugation, String stem, String... endings) {
        return Arrays.stream(endings).map(e -> firstConjugation ? join(stem, e) : stem + e).toList();
    }

    /**
     * Spelling of a first-conjugation stem + ending: cerc+i → cerchi, cerc+erò → cercherò, cominci+erò → comincerò,
     * studi+i → studi. (Other conjugations keep the stem as it is: vinc+e → vince.)
     */
    private static String join(String stem, String ending) {
        if (ending.isEmpty()) {
            return stem;
        }
        char first = ending.charAt(0);
        boolean front = first == 'e' || first == 'i' || first == 'é' || first == 'ì';
        if (front && (stem.endsWith("c") || stem.endsWith("g")) && !stem.endsWith("sc")) {
            return stem + "h" + ending;
        }
        if (front && stem.endsWith("i") && stem.length() > 1) {
            boolean softening = stem.endsWith("ci") || stem.endsWith("gi");
            if (first == 'i' || first == 'ì' || softening) {
                return stem.substring(0, stem.length() - 1) + ending;
            }
        }
        return stem + ending;
    }

    private static List<String> distinct(List<String> forms) {
        return new ArrayList<>(new LinkedHashSet<>(forms));
    }

    /** Enclitic pronouns, longest first: farlo, dirglielo, chiederti, portami, prepariamoci. */
    private static final List<String> CLITICS = List.of("glielo", "gliela", "glieli", "gliele", "gliene", "melo",
            "mela", "meli", "mele", "mene", "telo", "tela", "teli", "tele", "tene", "celo", "cela", "celi", "cele",
            "cene", "selo", "sela", "seli", "sele", "sene", "velo", "vela", "veli", "vele", "vene", "gli", "lo", "la",
            "li", "le", "ne", "mi", "ti", "ci", "vi", "si");

    @Override
    public List<String> variants(String folded) {
        List<String> variants = new ArrayList<>();
        for (String clitic : CLITICS) {
            if (folded.endsWith(clitic) && folded.length() - clitic.length() >= 3) {
                String rest = folded.substring(0, folded.length() - clitic.length());
                if (rest.endsWith("ar") || rest.endsWith("er") || rest.endsWith("ir")) {
                    variants.add(rest + "e"); // farlo → fare, chiederti → chiedere
                    variants.add(rest + "re"); // porlo → porre, trarne → trarre
                }
                variants.add(rest); // portami → porta, prendendolo → prendendo
            }
        }
        return variants;
    }

    @Override
    public String phraseWord(String folded) {
        return switch (folded) {
            case "del", "dello", "della", "dei", "degli", "delle", "dell", "d" -> "di";
            case "al", "allo", "alla", "ai", "agli", "alle", "all", "ad" -> "a";
            case "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall" -> "da";
            case "nel", "nello", "nella", "nei", "negli", "nelle", "nell" -> "in";
            case "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull" -> "su";
            case "col", "coi" -> "con";
            case "lo", "la", "i", "gli", "le", "l" -> "il";
            case "ed" -> "e";
            default -> folded;
        };
    }

    @Override
    public String lightStem(String folded) {
        int n = folded.length();
        if (n <= 3 || "aeio".indexOf(folded.charAt(n - 1)) < 0) {
            return folded;
        }
        String w = folded.substring(0, n - 1);
        if (w.endsWith("ch") || w.endsWith("gh")) {
            w = w.substring(0, w.length() - 1);
        } else if ((w.endsWith("ci") || w.endsWith("gi")) && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
