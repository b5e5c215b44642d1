package org.fonti.tagging.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fonti.corpus.Language;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.entities.Candidate.Evidence;

/**
 * Finds the token ranges of one text that look like names and types each from local evidence only:
 * the lexicon, words inside the name ("Università", "Industries"), and cues just before it (a title, an
 * organisation noun, a preposition of place). Document-wide agreement is settled afterwards.
 */
final class CandidateFinder {

    static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "a", "ad", "in", "nel", "nella", "nello", "negli", "nelle", "nell'", "verso", "presso", "at", "near", "into");
    /** Verbs that, right after a bare surname, make it a person: "Topalov ha vinto", "Calvi dichiarò". */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "ha", "aveva", "avrebbe", "avesse", "dice", "disse", "dichiara", "dichiarò", "afferma", "affermò", "spiega",
            "spiegò", "sostiene", "racconta", "raccontò", "commenta", "commentò", "aggiunge", "aggiunse", "ricorda",
            "conferma", "annuncia", "annunciò", "replica", "replicò", "risponde", "rispose", "sottolinea", "osserva",
            "era", "è", "fu", "sarà", "said", "says", "told", "added", "has", "had", "was", "is");
    private static final Set<String> TITLE_ARTICLES = Set.of("Il", "Lo", "La", "I", "Gli", "Le", "L'", "L’", "The");
    private static final Set<String> GEOGRAPHIC_ADJECTIVES = Set.of(
            "centrale", "meridionale", "settentrionale", "orientale", "occidentale", "nordorientale", "nordoccidentale",
            "sudorientale", "sudoccidentale", "centro-settentrionale", "centro-meridionale", "insulare", "continentale",
            "latina", "subsahariana", "sub-sahariana", "equatoriale");
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "me", "my", "you", "your", "we", "our", "it", "is", "are", "be", "of", "the", "and", "for", "to", "on",
            "with", "against", "from", "best", "love", "day", "night", "world", "life", "time", "live", "act", "bill");
    private static final Set<String> STATE_FORMS = Set.of(
            "Repubblica", "Regno", "Principato", "Granducato", "Emirato", "Sultanato", "Federazione", "Stato", "Stati");
    private static final Set<String> OF_FORMS = Set.of(
            "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’");
    /** Bodies that "di" turns into a kind: "crisi di governo" (but "forze di polizia" are the police). */
    private static final Set<String> GENERIC_AFTER_DI = Set.of("governo");
    private static final Set<String> ENGLISH_CONNECTORS = Set.of("of", "for", "the");
    /** Classes of Italian roads: strada statale, provinciale, regionale; grande comunicazione. */
    private static final Set<String> ROAD_CLASSES = Set.of("SS", "SP", "SR", "SGC", "S.S.", "S.P.");
    /** The Italian ambulance service goes by its phone number: "è intervenuto il 118". */
    private static final Set<String> AMBULANCE_NUMBERS = Set.of("118");
    private static final Set<String> ARTICLES_BEFORE_NUMBERS = Set.of(
            "il", "del", "al", "dal", "col", "nel", "sul");
    private static final Set<String> TOWN_PREPOSITIONS = Set.of("a", "ad");
    private static final Set<String> INDEFINITES = Set.of(
            "un", "uno", "una", "un'", "qualsiasi", "qualunque", "qualsivoglia", "ogni", "nessun", "nessuna", "alcun",
            "alcuna", "ciascun", "ciascuna");
    /** Capitalised words that open a title after a name in a list: "Gerry Scotti Io canto", "Alex Britti Un vento". */
    private static final Set<String> TITLE_OPENERS = Set.of(
            "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Uno", "Una", "Io", "Tu", "Noi", "Voi", "Non", "Che", "Come");
    /** Lower-case bodies that a "di" phrase of plain nouns names: "il ministero del turismo". */
    private static final Set<String> DESCRIBED_BODIES = Set.of("ministero", "consiglio", "dipartimento");
    /** Governments named after their leader: "il Governo Letta", "l'Amministrazione Obama". */
    private static final Set<String> GOVERNMENTS_BY_LEADER = Set.of("Governo", "Amministrazione", "Esecutivo", "Gabinetto");
    private static final Set<String> SURNAME_PARTICLES = Set.of("Di", "De", "Del", "Della", "Al", "El", "Da", "Dal");
    private static final Set<String> SAINTS = Set.of("San", "Santa", "Santo", "Sant'", "Sant’", "Saint", "St.");
    /** Motorways and European routes: A1, A14, E45. */
    private static final Pattern ROAD = Pattern.compile("[AE][0-9]{1,2}");
    /** Roman numerals of two letters or more, up to 99: "XX", "XXI", "XV". */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=..)(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final List<String> INFLECTED_ENDINGS = List.of(
            "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "zione", "mento", "incontro",
            "are", "ere", "ire");
    private static final Set<String> PLURAL_ARTICLES = Set.of("i", "gli");
    /** Religious titles that the news writes as part of the name ("fra" is left out: it is mostly "between"). */
    private static final Set<String> NAME_TITLES = Set.of("suor", "suora", "don");
    /** Arabic "al"/"el" join names ("Bashar al Assad"), but Italian "al" before a body is a preposition. */
    private static final Set<String> ITALIAN_AL = Set.of("al", "el");
    private static final Set<String> BODY_ARTICLES = Set.of("il", "lo", "la", "l'", "l’", "i", "gli", "le");
    /** Bodies named by the word right after them, without "di": "serie B", "regione Calabria". */
    private static final Set<String> NAMED_DIRECTLY = Set.of("serie", "regione");
    /** Nouns whose "di X" names a company or body: "l'acquisto di Macromedia", "i vertici di Sacbo". */
    private static final Set<String> PARTS_OF_COMPANIES = Set.of(
            "acquisto", "acquisizione", "fusione", "azionisti", "azioni", "titolo", "titoli", "amministratore",
            "dirigenti", "dirigenza", "vertici", "vertice", "bilancio", "conti", "dipendenti", "lavoratori", "sede",
            "stabilimento", "stabilimenti", "fondatore", "fondatori", "proprietario", "proprietà", "marchio", "ceo",
            "manager", "soci", "iscritti", "militanti", "segretario", "tesoriere", "consiglio");
    /** Nouns whose "di X" names a person: "la moglie di Rossi", "le opere di Wilson", "la statua di Montanelli". */
    private static final Set<String> RELATIVES_AND_WORKS = Set.of(
            "moglie", "marito", "ex-marito", "ex-moglie", "figlio", "figlia", "figli", "fratello", "sorella", "padre",
            "madre", "nonno", "nonna", "zio", "zia", "nipote", "cugino", "cugina", "fidanzato", "fidanzata",
            "compagna", "compagno", "sorellastra", "fratellastro", "vedova", "erede", "amico", "amica", "avvocato",
            "legale", "portavoce", "collaboratore", "collaboratori", "opere", "opera", "libro", "libri", "romanzo",
            "film", "canzone", "canzoni", "album", "statua", "busto", "ritratto", "morte", "funerali", "omicidio",
            "assassinio", "scomparsa", "arresto", "vittoria", "sconfitta", "record", "ruolo", "dichiarazioni",
            "parole", "richiesta", "proposta", "dimissioni", "elezione", "nomina", "candidatura", "intervista",
            "discorso", "lettera", "successore", "predecessore", "biografia", "memoria", "fan", "tifosi", "gol",
            "goal", "reti", "doppietta", "tripletta", "assist", "autogol", "genitori", "familiari", "famigliari",
            "parenti", "rapimento", "sequestro", "assoluzione", "avvocati", "difensore");
    /** Italian province codes; "PD" is left out: in brackets in the news it is the party far more often than Padova. */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "AG", "AL", "AN", "AO", "AR", "AP", "AT", "AV", "BA", "BT", "BL", "BN", "BG", "BI", "BO", "BZ", "BS", "BR",
            "CA", "CL", "CB", "CE", "CT", "CZ", "CH", "CO", "CS", "CR", "KR", "CN", "EN", "FM", "FE", "FI", "FG", "FC",
            "FR", "GE", "GO", "GR", "IM", "IS", "SP", "AQ", "LT", "LE", "LC", "LI", "LO", "LU", "MC", "MN", "MS", "MT",
            "ME", "MI", "MO", "MB", "NA", "NO", "NU", "OR", "PA", "PR", "PV", "PG", "PU", "PE", "PC", "PI", "PT",
            "PN", "PZ", "PO", "RG", "RA", "RC", "RE", "RI", "RN", "RM", "RO", "SA", "SS", "SV", "SI", "SR", "SO", "SU",
            "TA", "TE", "TR", "TO", "TP", "TN", "TV", "TS", "UD", "VA", "VE", "VB", "VC", "VR", "VV", "VI", "VT");

    private final Lexicon lex;
    private final ContextCues cues;
    private final KnownNameRoles roles;
    private final ItalianDictionary dictionary;

    CandidateFinder(Lexicon lex) {
        this.lex = lex;
        this.cues = new ContextCues(lex);
        this.roles = new KnownNameRoles(lex);
        this.dictionary = lex.dictionary;
    }

    List<Candidate> find(List<Token> tokens, Language lang, Set<String> lowercaseWords) {
        List<Candidate> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                i++;
                continue;
            }
            if (Tokenizer.WEB_ADDRESS.matcher(t.text()).matches() && (i == 0 || !tokens.get(i - 1).text().equals("/"))) {
                out.add(new Candidate(i, i + 1, EntityType.ORG, Evidence.MEDIUM, false)); // "Repubblica.it"
                i++;
                continue;
            }
            if (AMBULANCE_NUMBERS.contains(t.text()) && i > 0 && ARTICLES_BEFORE_NUMBERS.contains(
                    tokens.get(i - 1).text().toLowerCase())) {
                out.add(new Candidate(i, i + 1, EntityType.ORG, Evidence.STRONG, false)); // "i soccorsi del 118"
                i++;
                continue;
            }
            int road = numberedRoadEnd(tokens, i);
            if (road > i) {
                out.add(new Candidate(i, road, EntityType.LOC, Evidence.STRONG, false)); // "la SS 195 Sulcitana"
                i = road;
                continue;
            }
            if (!t.isCapitalised() && !t.hasInnerCapital()) {
                int named = lex.lowercaseNameEnd(tokens, i);
                if (named > i) {
                    out.add(new Candidate(i, extendQualifier(tokens, named), EntityType.ORG, Evidence.STRONG, false));
                    i = extendQualifier(tokens, named);
                    continue;
                }
                int end = institutionEnd(tokens, i, out);
                if (end == i) {
                    end = facilityEnd(tokens, i, out);
                }
                i = end > i ? end : i + 1;
                continue;
            }
            if (t.isElided() && !(SAINTS.contains(t.text()) && i + 1 < n && isNameToken(tokens.get(i + 1)))) {
                // "C'è", "L'anno": an elided article or pronoun, unless it opens a known name ("L'Aquila")
                int knownName = lex.longestNameEnd(tokens, i);
                if (knownName > i + 1) {
                    out.add(new Candidate(i, knownName, lex.lookup(tokens, i, knownName).type(), Evidence.STRONG,
                            false));
                    i = knownName;
                } else {
                    i++;
                }
                continue;
            }
            int end = sequenceEnd(tokens, i);
            int lowercaseTail = lex.lowercaseNameEnd(tokens, i);
            if (lowercaseTail > end) {
                // "Vigili del fuoco", "Protezione civile": a lower-case institution with a capital first
                out.add(new Candidate(i, extendQualifier(tokens, lowercaseTail), EntityType.ORG, Evidence.STRONG,
                        false));
                i = extendQualifier(tokens, lowercaseTail);
                continue;
            }
            int known = lex.longestNameEnd(tokens, i);
            if (known > end) {
                out.add(new Candidate(i, known, lex.lookup(tokens, i, known).type(), Evidence.STRONG, false));
                i = known;
                continue;
            }
            String key = NameFolding.fold(t.text());
            if (end == i + 1 && end < n && isQualifier(tokens.get(end))
                    && (lex.orgHeads.contains(key) || lex.institutionHeads.containsKey(key))) {
                // "Chiesa ortodossa", "Polizia federale"
                Lexicon.Head head = lex.institutionHeads.get(key);
                EntityType type = head != null ? head.type() : EntityType.ORG;
                int bodyEnd = type == EntityType.ORG ? describedBodyEnd(tokens, end + 1) : end + 1;
                out.add(new Candidate(i, bodyEnd, type, Evidence.STRONG, false));
                i = bodyEnd;
                continue;
            }
            if (end == i + 1 && lex.orgHeads.contains(key) && end + 1 < n && lex.isConnector(tokens.get(end))
                    && isPlainNoun(tokens.get(end + 1)) && (end + 2 >= n || !isNameToken(tokens.get(end + 2)))) {
                // "Procura dei minori", "Ufficio di presidenza", "Corte d'appello"
                int bodyEnd = describedBodyEnd(tokens, end + 2);
                out.add(new Candidate(i, bodyEnd, EntityType.ORG, Evidence.STRONG, false));
                i = bodyEnd;
                continue;
            }
            int before = out.size();
            resolveSequence(tokens, i, end, lang, lowercaseWords, out);
            includeReligiousTitle(tokens, i, before, out);
            if (out.size() > before) {
                // "Ministero degli Esteri britannico", "Tribunale speciale", "Nazionale argentina";
                // "Asia centrale", "Sardegna meridionale"
                Candidate last = out.get(out.size() - 1);
                int extended = last.type() == EntityType.LOC ? extendGeographic(tokens, last.to())
                        : extendQualifier(tokens, last.to());
                if (last.to() == end && extended > end && last.type() != EntityType.PER) {
                    out.set(out.size() - 1, new Candidate(last.from(), extended, last.type(), last.evidence(), false));
                    end = extended;
                }
            }
            i = end;
        }
        return out;
    }

    /** Italian news writes "suor Rosanna", "don Bosco" as the name itself. */
    private static void includeReligiousTitle(List<Token> tokens, int start, int firstNew, List<Candidate> out) {
        if (start == 0 || out.size() <= firstNew || !NAME_TITLES.contains(tokens.get(start - 1).text())) {
            return;
        }
        Candidate c = out.get(firstNew);
        if (c.from() == start && (c.type() == null || c.type() == EntityType.PER)) {
            out.set(firstNew, new Candidate(start - 1, c.to(), EntityType.PER, Evidence.STRONG, false));
        }
    }

    static boolean isNameToken(Token t) {
        return t.isWord() && (t.isCapitalised() || t.hasInnerCapital());
    }

    /** The end of a run of capitalised words, crossing lower-case connectors between two of them. */
    private int sequenceEnd(List<Token> tokens, int i) {
        int n = tokens.size();
        int j = i + 1;
        while (j < n) {
            Token t = tokens.get(j);
            if (isNameToken(t) && !t.initial()) {
                j++;
            } else if (j + 1 < n && lex.isConnector(t) && isNameToken(tokens.get(j + 1))
                    && !tokens.get(j + 1).initial()
                    && !(ITALIAN_AL.contains(t.text()) && startsOrganisation(tokens, j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Lower-case institution words that the news treats as names: "il governo tedesco", "la polizia",
     * "l'università di Bologna", "la provincia di Treviso".
     */
    private int institutionEnd(List<Token> tokens, int i, List<Candidate> out) {
        Lexicon.Head head = lex.institutionHeads.get(NameFolding.fold(tokens.get(i).text()));
        if (head == null || i > 0 && INDEFINITES.contains(tokens.get(i - 1).text().toLowerCase())) {
            return i; // "un governo composto da tecnici", "qualsiasi governo": any body of the kind, not one
        }
        if (GENERIC_AFTER_DI.contains(tokens.get(i).text()) && i > 0
                && tokens.get(i - 1).text().equals("di") && (i + 1 >= tokens.size() || !isQualifier(tokens.get(i + 1)))) {
            return i; // "crisi di governo", "capi di stato e di governo": a kind, not a body
        }
        int n = tokens.size();
        int j = i + 1;
        if (j < n && isQualifier(tokens.get(j))) {
            j++;
        }
        int nameStart = -1;
        if (j + 1 < n && lex.isConnector(tokens.get(j)) && isNameToken(tokens.get(j + 1))) {
            nameStart = j + 1;
        } else if (j < n && (head.type() == EntityType.LOC || NAMED_DIRECTLY.contains(tokens.get(i).text()))
                && isNameToken(tokens.get(j)) && !tokens.get(j).initial()) {
            nameStart = j; // "via Garibaldi", "serie B", "lago Maggiore", "regione Calabria"
        }
        if (nameStart >= 0 && startsOrganisation(tokens, nameStart)) {
            // "la giunta del Comune di Reggio Calabria": the body named after "di" stands on its own.
            if (!head.standsAlone()) {
                return i;
            }
            nameStart = -1;
        }
        if (nameStart >= 0) {
            int nameEnd = sequenceEnd(tokens, nameStart);
            for (int k = nameStart + 1; k + 1 < nameEnd; k++) {
                if (lex.firstNames.contains(NameFolding.fold(tokens.get(k).text()))) {
                    nameEnd = k; // "la regione Umbria Mario Rossi": the body, then a person
                    break;
                }
            }
            // "il governo di Al Maliqi" is the government and a person; "il ministero degli Esteri" is one
            // body, but "la procura di Genova" is a body and a place.
            if (head.absorbsPlace() || !head.standsAlone() && !isKnownPlace(tokens, nameStart, nameEnd)) {
                out.add(new Candidate(i, nameEnd, head.type(), Evidence.STRONG, false));
                return nameEnd;
            }
        }
        if (nameStart < 0 && j == i + 1 && DESCRIBED_BODIES.contains(tokens.get(i).text()) && j + 1 < n
                && lex.isConnector(tokens.get(j)) && isPlainNoun(tokens.get(j + 1))) {
            // "il ministero del turismo", "il consiglio di sorveglianza": a body named by what it does
            int end = describedBodyEnd(tokens, j);
            out.add(new Candidate(i, end, head.type(), Evidence.MEDIUM, false));
            return end;
        }
        if (nameStart < 0 && j == i + 1 && tokens.get(i).text().equals("consiglio") && i >= 2
                && tokens.get(i - 1).text().equals("del") && tokens.get(i - 2).text().equalsIgnoreCase("presidente")) {
            out.add(new Candidate(i, j, EntityType.ORG, Evidence.MEDIUM, false)); // "il presidente del consiglio"
            return j;
        }
        if (!head.standsAlone() && nameStart >= 0 && j == i + 1 && head.type() == EntityType.ORG) {
            // "il tribunale di Baghdad": the court is a body of its own, and the place follows
            out.add(new Candidate(i, j, head.type(), Evidence.MEDIUM, false));
            return j;
        }
        if (!head.standsAlone() && (nameStart >= 0 || j == i + 1)) {
            return i; // "il tribunale" alone is generic; "il tribunale milanese" names one
        }
        out.add(new Candidate(i, j, head.type(), Evidence.MEDIUM, false));
        return j;
    }

    /**
     * "l'ospedale Versilia", "lo stadio Is Arenas", "il castello di Calatubo": a lower-case noun of a building or
     * road that is part of the place name after it. Returns the end of the place, or {@code i} if there is none.
     */
    private int facilityEnd(List<Token> tokens, int i, List<Candidate> out) {
        Boolean throughOf = lex.facilityHeads.get(NameFolding.fold(tokens.get(i).text()));
        if (throughOf == null) {
            return i;
        }
        int nameStart = i + 1;
        if (throughOf && nameStart + 1 < tokens.size() && OF_FORMS.contains(tokens.get(nameStart).text())) {
            nameStart++;
        }
        if (nameStart >= tokens.size() || !isNameToken(tokens.get(nameStart)) || tokens.get(nameStart).initial()
                || startsOrganisation(tokens, nameStart)) {
            return i;
        }
        int end = nameStart + 1; // the capitalised run only: "l'ospedale Brotzu di Cagliari" is two places
        while (end < tokens.size() && isNameToken(tokens.get(end)) && !tokens.get(end).initial()) {
            end++;
        }
        out.add(new Candidate(i, end, EntityType.LOC, Evidence.STRONG, false));
        return end;
    }

    /**
     * Italian roads named by their class and number: "SS 554", "la SP 38", "la SS 195 Sulcitana" (with its name).
     * Returns the end of the road's name, or {@code i}.
     */
    private static int numberedRoadEnd(List<Token> tokens, int i) {
        if (!ROAD_CLASSES.contains(tokens.get(i).text()) || i + 1 >= tokens.size()
                || !tokens.get(i + 1).text().chars().allMatch(Character::isDigit)) {
            return i;
        }
        int end = i + 2;
        while (end < tokens.size() && isNameToken(tokens.get(end)) && !tokens.get(end).initial()) {
            end++;
        }
        return end;
    }

    /** "Asia centrale", "Polinesia francese", "Mar cinese orientale": adjectives that stay in a place's name. */
    private int extendGeographic(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && k - end < 2 && (GEOGRAPHIC_ADJECTIVES.contains(tokens.get(k).text())
                || !tokens.get(k).isCapitalised() && lex.nationalities.contains(NameFolding.fold(tokens.get(k).text())))) {
            k++;
        }
        return k;
    }

    /** "Tribunale amministrativo regionale", "consiglio regionale sardo": up to two adjectives. */
    private int extendQualifier(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && k - end < 2 && isQualifier(tokens.get(k))) {
            k++;
        }
        return k;
    }

    /** "governo tedesco", "consiglio comunale": an adjective that stays in the institution's name. */
    private boolean isQualifier(Token t) {
        String key = NameFolding.fold(t.text());
        return !t.isCapitalised() && (lex.headQualifiers.contains(key) || lex.nationalities.contains(key));
    }

    private boolean isPlainNoun(Token t) {
        if (!t.isWord() || !Character.isLowerCase(t.text().charAt(0)) || t.text().length() <= 3) {
            return false;
        }
        // a word Italian has must be a noun or adjective ("sanità", not "costituirsi"); others must not be function words
        return switch (dictionary.kindOf(t.text())) {
            case NOUN_OR_ADJECTIVE -> true;
            case OTHER_WORD -> false;
            case UNKNOWN -> !lex.commonWords.contains(NameFolding.fold(t.text()));
        };
    }

    private boolean startsOrganisation(List<Token> tokens, int k) {
        String key = NameFolding.fold(tokens.get(k).text());
        if (lex.orgHeads.contains(key) || lex.institutionHeads.containsKey(key)) {
            return true;
        }
        int known = lex.longestNameEnd(tokens, k);
        return known > k && lex.lookup(tokens, k, known).type() == EntityType.ORG;
    }

    private boolean isKnownPlace(List<Token> tokens, int from, int to) {
        Lexicon.Entry e = lex.lookup(tokens, from, to);
        return e != null && e.type() == EntityType.LOC;
    }

    private void resolveSequence(List<Token> tokens, int from, int to, Language lang, Set<String> lowercaseWords,
                                 List<Candidate> out) {
        boolean titled = false;
        if (to - from >= 2 && GOVERNMENTS_BY_LEADER.contains(tokens.get(from).text())
                && lex.lookup(tokens, from, to) == null && !lex.isConnector(tokens.get(from + 1))) {
            // "il Governo Letta", "l'Amministrazione Bloomberg": the government, then the person who leads it
            out.add(new Candidate(from, from + 1, EntityType.ORG, Evidence.STRONG, false));
            classifyPart(tokens, from + 1, to, true, lang, lowercaseWords, out);
            return;
        }
        if (to - from >= 2 && !tokens.get(from).initial() && TITLE_ARTICLES.contains(tokens.get(from).text())
                && !cues.startsPerson(tokens.get(from + 1))) {
            // Mid-sentence, a capitalised article belongs to a title: "Il Tempo", "I Democratici", "The Nation".
            out.add(new Candidate(from, to, EntityType.ORG, Evidence.STRONG, false));
            return;
        }
        while (from < to) {
            Token t = tokens.get(from);
            String key = NameFolding.fold(t.text());
            if (lex.isConnector(t)) {
                titled = false; // "il Sindaco di Ascoli": what follows "title di" is a place or a body
                from++;
            } else if (to - from > 1 && cues.isTitle(key) && lex.lookup(tokens, from, to) == null) {
                titled = true;
                from++;
            } else if (key.equals("stato") && from > 0 && tokens.get(from - 1).text().equals("di")) {
                from++; // "colpo di Stato", "la visita di Stato del Papa": an idiom, not a state's name
            } else if (to - from > 1 && (lex.eventWords.contains(key) && !startsKnownName(tokens, from, to)
                    || lex.nationalities.contains(key) && cues.startsPerson(tokens.get(from + 1)))) {
                from++; // "Gran Premio d'Italia", "Turkish President Erdogan" (but "Turkish Airlines")
            } else if (t.initial() && to - from > 1 && looksInflected(key) && !lex.firstNames.contains(key)
                    && lex.lookup(tokens, from, from + 1) == null && !startsKnownName(tokens, from, to)) {
                from++; // headlines: "Arrestato Gbagbo", "Incontro Köcher"
            } else if (t.initial() && to - from > 2 && lex.isConnector(tokens.get(from + 1))
                    && !lex.firstNames.contains(key) && !lex.orgHeads.contains(key) && !lex.locHeads.contains(key)
                    && !startsKnownName(tokens, from, to) && lex.lookup(tokens, from, from + 1) == null) {
                from++; // "Shares of Apple Inc": a sentence's first word joined to a name by "of"
            } else if (to - from > 1 && (lex.commonWords.contains(key) && !opensNameMidSentence(t, key) || t.initial()
                    && (lowercaseWords.contains(key) || dictionary.isCommonWordOnly(t.text())))
                    && !startsKnownName(tokens, from, to)
                    && !lex.orgHeads.contains(key) && !lex.locHeads.contains(key)) {
                from++;
            } else {
                break;
            }
        }
        if (from >= to) {
            return;
        }
        int known = lex.longestNameEnd(tokens, from);
        if (known > to) {
            out.add(new Candidate(from, known, lex.lookup(tokens, from, known).type(), Evidence.STRONG, false));
            return;
        }
        if (lex.lookup(tokens, from, to) != null) {
            classifyPart(tokens, from, to, titled, lang, lowercaseWords, out);
            return;
        }
        Lexicon.Head head = lex.institutionHeads.get(NameFolding.fold(tokens.get(from).text()));
        if (head != null && !head.absorbsPlace() && to - from > 2 && lex.isConnector(tokens.get(from + 1))
                && isKnownPlace(tokens, from + 2, to)) {
            out.add(new Candidate(from, from + 1, head.type(), Evidence.STRONG, false));
            out.add(new Candidate(from + 2, to, EntityType.LOC, Evidence.STRONG, false));
            return;
        }
        if (known > from + 1 && known < to && hasConnector(tokens, from, known)) {
            // "Stati Uniti d'America George Bush": a known name with a connector inside, then the rest
            out.add(new Candidate(from, known, lex.lookup(tokens, from, known).type(), Evidence.STRONG, false));
            resolveSequence(tokens, known, to, lang, lowercaseWords, out);
            return;
        }
        int body = bodyAfterPerson(tokens, from, to);
        if (body > from) {
            // "Graziano Delrio Ministero dell'Interno": a person, then the body named after him
            classifyPart(tokens, from, body, titled, lang, lowercaseWords, out);
            resolveSequence(tokens, body, to, lang, lowercaseWords, out);
            return;
        }
        int place = trailingPlace(tokens, from, to);
        if (place > 0) {
            // "Istituto Floriani di Vimercate", "Corte di Giustizia di Aberystwyth": a complete name, then where
            classifyPart(tokens, from, place - 1, titled, lang, lowercaseWords, out);
            out.add(new Candidate(place, to, EntityType.LOC, Evidence.STRONG, false));
            return;
        }
        if (hasConnector(tokens, from, to) && !connectorsBelong(tokens, from, to, lang)) {
            // "Abbass del Ministero della Salute": split at the first connector, and judge the rest
            // afresh, which may be a name of its own.
            int c = from;
            while (!lex.isConnector(tokens.get(c))) {
                c++;
            }
            classifyPart(tokens, from, c, titled, lang, lowercaseWords, out);
            resolveSequence(tokens, c + 1, to, lang, lowercaseWords, out);
            return;
        }
        classifyPart(tokens, from, to, titled, lang, lowercaseWords, out);
    }

    /**
     * Mid-sentence, a capitalised first name that is also a word ("Mia Martini", "Will Smith") or an
     * Italian or Arabic surname particle ("Di Lauro", "Al Zarqawi") opens the name that follows.
     */
    private boolean opensNameMidSentence(Token t, String key) {
        // a particle opens a surname even at a sentence start: "Di Battista ha poi attaccato"
        return SURNAME_PARTICLES.contains(t.text()) || !t.initial() && lex.firstNames.contains(key);
    }

    /**
     * Where a name of two words or more ends in "di" and a known place, the start of that place; 0 if it does
     * not. A body named by its head alone ("Università di Bologna") keeps its place.
     */
    private int trailingPlace(List<Token> tokens, int from, int to) {
        if (SAINTS.contains(tokens.get(from).text()) || STATE_FORMS.contains(tokens.get(from).text())) {
            return 0; // "San Secondo di Pinerolo" is a town, "Repubblica Popolare di Lugansk" a state
        }
        for (int c = to - 2; c >= from + 2; c--) {
            Token connector = tokens.get(c);
            if (!lex.isConnector(connector)) {
                continue;
            }
            if (!connector.text().equals("di") || !isKnownPlace(tokens, c + 1, to)
                    || lex.lookup(tokens, from, c) == null && lex.lookup(tokens, from, to) != null) {
                return 0;
            }
            // "Cassa di Risparmio di Roma", "Università degli Studi di Milano" keep their place
            return hasConnector(tokens, from, c) ? 0 : c + 1;
        }
        return 0;
    }

    /**
     * Italian names of bodies go on in lower case: "Organizzazione internazionale della vigna e del vino",
     * "Federazione nazionale di atletica pesante". After a capitalised head, takes in "di/per (article) nouns"
     * phrases, and "e" between two of them; returns the end of the last one taken in.
     */
    private int describedBodyEnd(List<Token> tokens, int end) {
        int n = tokens.size();
        int k = end;
        while (k < n && k - end < 10) {
            int j = k;
            if (tokens.get(j).text().equals("e") && j + 1 < n && lex.isConnector(tokens.get(j + 1))) {
                j++;
            }
            // "di" forms and "per" link a body's head to the words that describe it: "Federazione nazionale di atletica"
            if (!OF_FORMS.contains(tokens.get(j).text()) && !tokens.get(j).text().equals("per")) {
                break;
            }
            j++;
            if (j < n && BODY_ARTICLES.contains(tokens.get(j).text())) {
                j++;
            }
            int words = 0;
            while (j < n && words < 3 && isPlainNoun(tokens.get(j))) {
                j++;
                words++;
            }
            if (words == 0) {
                break;
            }
            k = j;
        }
        return k;
    }

    /** Italian participles and action nouns, which open headlines but are not names. */
    private static boolean looksInflected(String key) {
        for (String ending : INFLECTED_ENDINGS) {
            if (key.endsWith(ending) && key.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private boolean startsKnownName(List<Token> tokens, int from, int to) {
        for (int k = Math.min(to, from + lex.longestName); k > from + 1; k--) {
            if (lex.lookup(tokens, from, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** A name between list commas with a number right after it, as in a line-up with points or minutes. */
    private static boolean isScoredInAList(List<Token> tokens, int from, int to) {
        return to + 1 < tokens.size() && tokens.get(to).text().chars().allMatch(Character::isDigit)
                && (tokens.get(to + 1).text().equals(",") || tokens.get(to + 1).text().equals(")"))
                && from > 0 && (tokens.get(from - 1).text().equals(",") || tokens.get(from - 1).text().equals("("));
    }

    /** Where a body's head starts after a person's name with a first name ("Federica Guidi Ministero del Lavoro"). */
    private int bodyAfterPerson(List<Token> tokens, int from, int to) {
        if (!lex.firstNames.contains(NameFolding.fold(tokens.get(from).text()))) {
            return from;
        }
        for (int k = from + 2; k < to; k++) {
            if (lex.isConnector(tokens.get(k))) {
                return from;
            }
            if (lex.orgHeads.contains(NameFolding.fold(tokens.get(k).text()))) {
                return k;
            }
        }
        return from;
    }

    /**
     * Where a person's name that starts at {@code from} ends: before a capitalised article or pronoun that opens a
     * title ("Gerry Scotti Io canto"). A body's head after the name is cut off earlier, in resolveSequence.
     */
    private int personNameEnd(List<Token> tokens, int from, int to) {
        for (int k = from + 2; k < to; k++) {
            String key = NameFolding.fold(tokens.get(k).text());
            if (TITLE_OPENERS.contains(tokens.get(k).text())) {
                return k;
            }
        }
        return to;
    }

    private boolean namesAnEvent(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String key = NameFolding.fold(tokens.get(k).text());
            if (lex.eventWords.contains(key) || key.endsWith("festival")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEnglishConnector(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (ENGLISH_CONNECTORS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasConnector(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.isConnector(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "Università di Bologna", "Leonardo da Vinci", "Bank of England" keep their connectors; "Roma di Milano" does not. */
    private boolean connectorsBelong(List<Token> tokens, int from, int to, Language lang) {
        String first = NameFolding.fold(tokens.get(from).text());
        if (lex.orgHeads.contains(first) || lex.locHeads.contains(first)) {
            return true;
        }
        if (from > 0 && TOWN_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase())
                && isKnownPlace(tokens, to - 1, to)) {
            return true; // "ad Appignano del Tronto", "a Barberino del Mugello": a town named after its area
        }
        String last = NameFolding.fold(tokens.get(to - 1).text());
        boolean orgWord = lex.orgSuffixes.contains(last);
        for (int k = from; k < to; k++) {
            if (!lex.isConnector(tokens.get(k))) {
                continue;
            }
            String c = NameFolding.fold(tokens.get(k).text());
            if (lex.nameParticles.contains(c)) {
                int place = lex.longestNameEnd(tokens, k + 1);
                if (place > k + 1 && lex.lookup(tokens, k + 1, place).type() == EntityType.LOC) {
                    return false; // "Papa Francesco da Rio de Janeiro": a person, then where from
                }
                continue;
            }
            if (orgWord || ENGLISH_CONNECTORS.contains(c)) {
                // English "of" and "for" join only English names, in any language: "Federal Bureau of Investigation"
                continue;
            }
            return false;
        }
        return true;
    }

    private void classifyPart(List<Token> tokens, int from, int to, boolean titled, Language lang,
                              Set<String> lowercaseWords, List<Candidate> out) {
        Token first = tokens.get(from);
        int m = to - from;
        String firstKey = NameFolding.fold(first.text());
        String lastKey = NameFolding.fold(tokens.get(to - 1).text());
        boolean needsSupport = m == 1 && (first.initial() || lowercaseWords.contains(firstKey));
        if (isProvinceCode(tokens, from, to)) {
            // "Scarperia (FI)": an Italian province code, even when it spells a known acronym
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.MEDIUM, false));
            return;
        }
        Lexicon.Entry whole = lex.lookup(tokens, from, to);
        if (whole != null) {
            // "Nato a Bari" opens a sentence with a verb that is also an acronym written in lower case.
            boolean doubtful = m == 1 && first.initial()
                    && (lowercaseWords.contains(firstKey) || lex.commonWords.contains(firstKey));
            if (roles.namesAMedium(tokens, from, to)) {
                return;
            }
            EntityType here = roles.typeHere(tokens, from, to, whole);
            if (here != whole.type()) {
                out.add(new Candidate(from, to, here, Evidence.STRONG, false));
                return;
            }
            out.add(new Candidate(from, to, whole.type(), doubtful ? Evidence.MEDIUM : Evidence.STRONG, doubtful));
            return;
        }
        int knownEnd = lex.longestNameEnd(tokens, from);
        boolean headWord = knownEnd == from + 1
                && (lex.orgHeads.contains(firstKey) || lex.institutionHeads.containsKey(firstKey));
        if (knownEnd > from && knownEnd < to && !headWord && !lex.orgSuffixes.contains(lastKey)
                && !lex.locSuffixes.contains(lastKey)) {
            Lexicon.Entry prefix = lex.lookup(tokens, from, knownEnd);
            boolean personFollows = lex.firstNames.contains(NameFolding.fold(tokens.get(knownEnd).text()))
                    || lex.lookup(tokens, knownEnd, to) != null && lex.lookup(tokens, knownEnd, to).type() == EntityType.PER;
            if (prefix.type() == EntityType.LOC && namesAnEvent(tokens, knownEnd, to)) {
                // "il Merano WineFestival", "Genova Salone Nautico": the place, then an event held there
                out.add(new Candidate(from, knownEnd, EntityType.LOC, Evidence.STRONG, false));
                return;
            }
            if (prefix.type() == EntityType.LOC && (personFollows
                    || to - knownEnd >= 2 && lex.places.isCountry(surface(tokens, from, knownEnd)))) {
                // "il presidente Usa Barack Obama", "a Parigi Alcaraz ha vinto": a place, then a person
                out.add(new Candidate(from, knownEnd, EntityType.LOC, Evidence.STRONG, false));
                classifyPart(tokens, knownEnd, to, titled, lang, lowercaseWords, out);
                return;
            }
            if (prefix.type() == EntityType.ORG) {
                // "Microsoft Office": a known company, then its product; "Banca d'Italia Antonio Fazio":
                // a known body, then a person. The rest is judged on its own.
                out.add(new Candidate(from, knownEnd, prefix.type(), Evidence.STRONG, false));
                int rest = knownEnd;
                while (rest < to && (lex.isConnector(tokens.get(rest))
                        || lex.commonWords.contains(NameFolding.fold(tokens.get(rest).text())))) {
                    rest++;
                }
                if (to - rest >= 2) {
                    classifyPart(tokens, rest, to, false, lang, lowercaseWords, out);
                }
                return;
            }
        }
        for (int k = from + 1; k + 1 < to; k++) {
            // "Regione Lombardia Enrico De Alessandri": a first name after a complete name starts a person.
            if (lex.firstNames.contains(NameFolding.fold(tokens.get(k).text())) && !SAINTS.contains(first.text())
                    && (lex.lookup(tokens, from, k) != null && !(k == from + 1 && lex.orgHeads.contains(firstKey))
                    || k > from + 1 && (lex.orgHeads.contains(firstKey) || lex.locHeads.contains(firstKey))
                    || k == from + 1 && !lex.firstNames.contains(firstKey) && !isInitial(first))) {
                classifyPart(tokens, from, k, titled, lang, lowercaseWords, out);
                classifyPart(tokens, k, to, false, lang, lowercaseWords, out);
                return;
            }
        }
        if (m == 1 && !first.initial() && isCapitalisedBody(tokens, from, firstKey)) {
            // Mid-sentence, a capital makes a body of a common noun: "la Polizia", "il Senato", "allo Stato".
            out.add(new Candidate(from, to, EntityType.ORG, Evidence.MEDIUM, false));
            return;
        }
        if (m == 1 && (lex.commonWords.contains(firstKey) || lex.personTitles.contains(firstKey)
                || lex.nationalities.contains(firstKey) || firstKey.endsWith("mente"))) {
            return; // "Attualmente", "Soprattutto": adverbs and other common words
        }
        if (lex.eventWords.contains(lastKey)) {
            return; // events (Gran Premio, World Cup, Palio) are not persons, organisations or places
        }
        if (m >= 2 && (lex.orgSuffixes.contains(lastKey) || lex.orgHeads.contains(firstKey))) {
            out.add(new Candidate(from, to, EntityType.ORG, Evidence.STRONG, false));
            return;
        }
        if (m == 2 && SAINTS.contains(first.text()) && lex.firstNames.contains(lastKey)) {
            // "la festa di San Giacomo", "le anafore di San Basilio": a saint; known places were matched above
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.MEDIUM, false));
            return;
        }
        boolean personName = m >= 2 && (lex.firstNames.contains(firstKey) || isInitial(first)
                || SURNAME_PARTICLES.contains(first.text()) && !first.initial());
        if (m >= 2 && (lex.locHeads.contains(firstKey) || lex.locSuffixes.contains(lastKey)
                || hasSaintInside(tokens, from, to)) || hasKnownPlacePart(first)
                || !personName && cues.locCueBefore(tokens, from)) {
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.STRONG, false));
            return;
        }
        if (titled || cues.personCueBefore(tokens, from)) {
            out.add(new Candidate(from, to, EntityType.PER, Evidence.STRONG, false));
            return;
        }
        if (personName) {
            out.add(new Candidate(from, personNameEnd(tokens, from, to), EntityType.PER, Evidence.STRONG, false));
            return;
        }
        if (cues.orgCueBefore(tokens, from) || from > 0 && PLURAL_ARTICLES.contains(tokens.get(from - 1).text())) {
            // "l'azienda Brentavetro"; "i Black Eyed Peas", "gli Springbok": bands, teams, parties
            out.add(new Candidate(from, to, EntityType.ORG, Evidence.STRONG, false));
            return;
        }
        if (m == 1 && from >= 2 && lex.nationalities.contains(NameFolding.fold(tokens.get(from - 1).text()))) {
            // "la texana Dell" (a company: la società), "il francese Macron" (a person)
            String article = tokens.get(from - 2).text().toLowerCase();
            if (article.equals("la")) {
                out.add(new Candidate(from, to, EntityType.ORG, Evidence.MEDIUM, false));
                return;
            }
            if (article.equals("il") || article.equals("lo")) {
                out.add(new Candidate(from, to, EntityType.PER, Evidence.MEDIUM, false));
                return;
            }
        }
        if (m == 1 && first.text().length() == 2 && first.isAllCaps() && from > 0 && to < tokens.size()
                && tokens.get(from - 1).text().equals("(") && tokens.get(to).text().equals(")")) {
            // "Scarperia (FI)": an Italian province code
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.MEDIUM, false));
            return;
        }
        if (m == 1 && ROAD.matcher(first.text()).matches()) {
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.MEDIUM, false)); // "l'A14", "la A4"
            return;
        }
        if (m == 1 && isCamelCase(first.text())) {
            out.add(new Candidate(from, to, EntityType.ORG, Evidence.MEDIUM, needsSupport)); // "DoubleClick"
            return;
        }
        if (m == 1 && first.text().length() == 1) {
            return; // "a forma di T", "invertono a U": a single letter names nothing
        }
        if (m == 1 && ROMAN_NUMERAL.matcher(first.text()).matches()) {
            return; // "il XX secolo", "la XV edizione"
        }
        if (m == 1 && first.isAllCaps() && first.text().length() <= 7) {
            out.add(new Candidate(from, to, EntityType.ORG, Evidence.MEDIUM, false));
            return;
        }
        if (m == 1 && lex.firstNames.contains(firstKey)) {
            // A known first name is a name even at the start of a sentence, unless the text also writes it
            // in lower case ("Natale", "Rosa").
            out.add(new Candidate(from, to, EntityType.PER, Evidence.WEAK, lowercaseWords.contains(firstKey)));
            return;
        }
        if (m == 1 && from > 0 && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase())) {
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.MEDIUM, needsSupport));
            return;
        }
        if (m == 1 && to < tokens.size() && (SPEECH_VERBS.contains(tokens.get(to).text())
                || first.initial() && tokens.get(to).text().equals(":"))) {
            // "Topalov è il campione", and interviews: "Köcher: ogni anno..."; but "Musica: ..." is a heading
            out.add(new Candidate(from, to, EntityType.PER, Evidence.WEAK, lowercaseWords.contains(firstKey)
                    || first.initial() && dictionary.isCommonWordOnly(first.text())));
            return;
        }
        if (m == 1) {
            // A lone capitalised word says little by itself: kept only where its neighbour tells the
            // type ("il comune di Vimercate", "Andrea Mari detto Brio", "secondo Rossi", "la riforma Gelmini"),
            // or where the rest of the text names it.
            String previous = from > 0 ? tokens.get(from - 1).text() : "";
            EntityType guess = switch (previous) {
                case "di" -> from < 2 ? EntityType.LOC
                        : RELATIVES_AND_WORKS.contains(tokens.get(from - 2).text().toLowerCase()) ? EntityType.PER
                        : PARTS_OF_COMPANIES.contains(tokens.get(from - 2).text().toLowerCase()) ? EntityType.ORG
                        : EntityType.LOC;
                case "sul", "sulla" -> EntityType.LOC;
                case "dalla", "dal" -> EntityType.ORG;
                case "detto", "detta", "secondo", "riforma", "legge", "ddl", "decreto", "lodo" -> EntityType.PER;
                case "con" -> needsSupport ? null : EntityType.PER;
                default -> null;
            };
            if (guess == null && !needsSupport && isScoredInAList(tokens, from, to)) {
                guess = EntityType.PER; // "Granvorka 4, Samica 3, Kieffer 5": players and their points
            }
            out.add(new Candidate(from, to, guess, Evidence.WEAK, needsSupport));
            return;
        }
        // Person names are written in words; "Bayraktar TB2" or "UAV Anka" are products or bodies.
        if (!allWordShaped(tokens, from, to)) {
            if (!containsDigit(tokens, from, to)) {
                out.add(new Candidate(from, to, EntityType.ORG, Evidence.WEAK, false));
            }
            return;
        }
        if (from > 0 && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase())) {
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.WEAK, false)); // "a Santiago de Compostela"
            return;
        }
        if (hasEnglishConnector(tokens, from, to)) {
            out.add(new Candidate(from, to, EntityType.ORG, Evidence.WEAK, false)); // "Bank for International Settlements"
            return;
        }
        if (lang != Language.EN && hasEnglishFunctionWord(tokens, from, to)) {
            return; // "Release Me", "Point Of Interest": titles and slogans, not names
        }
        // "Roma Nord", "Germania Est", "Milano Bovisa": a known place first, and no person's first name
        // ("Whitney Houston" ends on a place but is a person).
        Lexicon.Entry firstPart = lex.lookup(tokens, from, from + 1);
        if (firstPart != null && firstPart.type() == EntityType.LOC) {
            out.add(new Candidate(from, to, EntityType.LOC, Evidence.WEAK, false));
            return;
        }
        if (lowercaseWords.contains(firstKey)) {
            // "Codice Penale", "Scala Richter": a word the text also writes in lower case opens a title or a
            // thing more often than a person; kept only if the rest of the text names it.
            out.add(new Candidate(from, to, null, Evidence.WEAK, true));
            return;
        }
        if (dictionary.isCommonWordOnly(first.text()) && !lex.firstNames.contains(firstKey)) {
            // "Rocca Sinibalda", "Progetto Lambrate", "Notte Bianca": a name that opens with an Italian common
            // word is a place, a body or a title more often than a person; kept only if the text names it.
            out.add(new Candidate(from, to, null, Evidence.WEAK, true));
            return;
        }
        out.add(new Candidate(from, to, EntityType.PER, Evidence.WEAK, false));
    }

    private boolean isCapitalisedBody(List<Token> tokens, int k, String key) {
        boolean alone = k + 1 >= tokens.size() || !isNameToken(tokens.get(k + 1)) && !lex.isConnector(tokens.get(k + 1));
        if (key.equals("unione")) {
            return alone; // "l'ingresso nell'Unione", "l'Unione stravince": the European Union or the coalition
        }
        if (key.equals("repubblica")) {
            // "il presidente della Repubblica (Giorgio Napolitano)"; "lo Stato" alone is as often the abstract
            // state as a body
            return alone || k > 0 && tokens.get(k - 1).text().equals("della");
        }
        Lexicon.Head head = lex.institutionHeads.get(key);
        return head != null && head.type() == EntityType.ORG;
    }

    /** Two capitals in brackets right after a name, and one of Italy's province codes: "Vernio (PO)". */
    static boolean isProvinceCode(List<Token> tokens, int from, int to) {
        return to == from + 1 && from >= 2 && to < tokens.size() && PROVINCE_CODES.contains(tokens.get(from).text())
                && tokens.get(from - 1).text().equals("(") && tokens.get(to).text().equals(")")
                && isNameToken(tokens.get(from - 2));
    }

    static String surface(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && !tokens.get(k - 1).isElided()) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    private static boolean hasEnglishFunctionWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ENGLISH_FUNCTION_WORDS.contains(tokens.get(k).text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** "Ono San Pietro", "Porta San Paolo": a saint's name inside a name makes it a place. */
    private static boolean hasSaintInside(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            String t = tokens.get(k).text();
            if (t.equals("San") || t.equals("Santa") || t.equals("Santo") || t.equals("Sant'") || t.equals("Sant’")) {
                return true;
            }
        }
        return false;
    }

    /** "Roma-Lido", "Milano-Napoli": a hyphenated word with a known place in it. */
    private boolean hasKnownPlacePart(Token t) {
        String text = t.text();
        int dash = text.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        for (String part : text.split("-")) {
            Lexicon.Entry e = lex.names.get(NameFolding.fold(part));
            if (e != null && e.type() == EntityType.LOC && part.length() > 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean allWordShaped(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isAllCaps() && !isInitial(t) || t.hasInnerCapital()) {
                return false;
            }
        }
        return !containsDigit(tokens, from, to);
    }

    private static boolean containsDigit(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** "DoubleClick", "YouTube": brand names written with a capital inside a word. */
    private static boolean isCamelCase(String s) {
        if (s.length() < 4 || !Character.isUpperCase(s.charAt(0)) || !Character.isLowerCase(s.charAt(1))) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) && s.charAt(i - 1) != '-' && s.charAt(i - 1) != '\''
                    && s.charAt(i - 1) != '’') {
                return true;
            }
        }
        return false;
    }

    private static boolean isInitial(Token t) {
        String s = t.text();
        return s.length() == 2 && s.charAt(1) == '.' && Character.isUpperCase(s.charAt(0));
    }

}
