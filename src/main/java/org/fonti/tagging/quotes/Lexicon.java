package org.fonti.tagging.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonti.corpus.Language;

/**
 * The word lists of one language ({@code lexicon-it.txt}, {@code lexicon-en.txt}): reporting verbs, document
 * cues, title cues, verb hints, roles and function words. Entries are tokenized like the text they are matched
 * against, so multi-word entries match token sequences. Immutable after loading.
 */
final class Lexicon {

    enum Section {
        AUXILIARY("auxiliary"),
        ADVERB("adverb"),
        PARTICIPLE("participle"),
        FINITE("finite"),
        DOCUMENT_TRIGGER("document-trigger"),
        DOCUMENT_NOUN("document-noun"),
        DOCUMENT_MODIFIER("document-modifier"),
        SOURCE("source"),
        TITLE_CUE("title-cue"),
        VERB_FORM("verb-form"),
        VERB_SUFFIX("verb-suffix"),
        WEAK_VERB_SUFFIX("weak-verb-suffix"),
        VERB_PRECEDER("verb-preceder"),
        FOREIGN_VERB_MARKER("foreign-verb-marker"),
        ROLE("role"),
        CONNECTOR("connector"),
        DETERMINER("determiner"),
        FUNCTION_WORD("function-word");

        private final String header;

        Section(String header) {
            this.header = header;
        }

        static Section byHeader(String header) {
            for (Section s : values()) {
                if (s.header.equals(header)) {
                    return s;
                }
            }
            throw new IllegalStateException("unknown lexicon section [" + header + "]");
        }
    }

    /** Per section: entries indexed by their first token, longest first. */
    private final Map<Section, Map<String, List<String[]>>> phrases;
    private final List<String> verbSuffixes;
    private final List<String> weakVerbSuffixes;

    private Lexicon(Map<Section, Map<String, List<String[]>>> phrases, List<String> verbSuffixes,
                    List<String> weakVerbSuffixes) {
        this.phrases = phrases;
        this.verbSuffixes = verbSuffixes;
        this.weakVerbSuffixes = weakVerbSuffixes;
    }

    static Lexicon load(Language language) {
        String resource = "lexicon-" + language.code() + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<Section, Map<String, List<String[]>>> phrases = new EnumMap<>(Section.class);
            List<String> suffixes = new ArrayList<>();
            List<String> weakSuffixes = new ArrayList<>();
            Section section = null;
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = Section.byHeader(line.substring(1, line.length() - 1));
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(resource + ": entry before any section: " + line);
                }
                if (section == Section.VERB_SUFFIX || section == Section.WEAK_VERB_SUFFIX) {
                    (section == Section.VERB_SUFFIX ? suffixes : weakSuffixes).add(line);
                    continue;
                }
                String[] tokens = Token.tokenize(line, 0, line.length()).stream()
                        .map(Token::lower).toArray(String[]::new);
                if (tokens.length > 0) {
                    phrases.computeIfAbsent(section, s -> new HashMap<>())
                            .computeIfAbsent(tokens[0], t -> new ArrayList<>()).add(tokens);
                }
            }
            for (Map<String, List<String[]>> bySection : phrases.values()) {
                for (List<String[]> entries : bySection.values()) {
                    entries.sort(Comparator.comparingInt((String[] e) -> e.length).reversed());
                }
            }
            return new Lexicon(phrases, List.copyOf(suffixes), List.copyOf(weakSuffixes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(Section section, String lowerWord) {
        List<String[]> entries = phrases.getOrDefault(section, Map.of()).get(lowerWord);
        if (entries == null) {
            return false;
        }
        for (String[] entry : entries) {
            if (entry.length == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of tokens of the longest entry of {@code section} that matches the word tokens starting at
     * {@code index}, or 0. Punctuation tokens never match inside an entry.
     */
    int match(Section section, List<Token> tokens, int index) {
        Token first = tokens.get(index);
        if (!first.word()) {
            return 0;
        }
        List<String[]> entries = phrases.getOrDefault(section, Map.of()).get(first.lower());
        if (entries == null) {
            return 0;
        }
        for (String[] entry : entries) {
            if (index + entry.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < entry.length && all; k++) {
                Token t = tokens.get(index + k);
                all = t.word() && t.lower().equals(entry[k]);
            }
            if (all) {
                return entry.length;
            }
        }
        return 0;
    }

    /** How verb-like a lower-case word is on its own. */
    enum VerbEvidence { NONE, WEAK, STRONG }

    VerbEvidence verbEvidence(String lowerWord) {
        if (contains(Section.VERB_FORM, lowerWord)) {
            return VerbEvidence.STRONG;
        }
        if (lowerWord.length() < 5) {
            return VerbEvidence.NONE;
        }
        if (endsWithAny(lowerWord, verbSuffixes)) {
            return VerbEvidence.STRONG;
        }
        return endsWithAny(lowerWord, weakVerbSuffixes) ? VerbEvidence.WEAK : VerbEvidence.NONE;
    }

    private static boolean endsWithAny(String word, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
