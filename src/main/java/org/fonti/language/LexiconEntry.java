package org.fonti.language;

import java.util.ArrayList;
import java.util.List;

/**
 * One English–Italian pair of the lexicon.
 *
 * @param english      English lemma or phrase, as written (verbs without "to")
 * @param italian      Italian lemma or phrase, as written
 * @param weight       how typical this sense is, in (0, 1]
 * @param domain       subject area ("politics", "everyday", ...)
 * @param partOfSpeech what drives the generated inflections
 */
public record LexiconEntry(String english, String italian, double weight, String domain, PartOfSpeech partOfSpeech) {

    /** Word class of an entry; phrases and invariable words are {@link #OTHER}. */
    public enum PartOfSpeech {
        NOUN, VERB, ADJECTIVE, OTHER;

        static PartOfSpeech parse(String code) {
            return switch (code) {
                case "n" -> NOUN;
                case "v" -> VERB;
                case "a" -> ADJECTIVE;
                case "x" -> OTHER;
                default -> throw new IllegalArgumentException("unknown part of speech '" + code + "'");
            };
        }
    }

    public LexiconEntry {
        if (english.isBlank() || italian.isBlank()) {
            throw new IllegalArgumentException("blank side in lexicon entry " + english + " / " + italian);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight out of (0,1] for " + english + " / " + italian);
        }
    }

    /**
     * Reads a lexicon file. A line is {@code english TAB italian [TAB weight] [TAB domain] [TAB pos]}; either side
     * may list alternatives separated by "|" (later alternatives get a slightly lower weight). Directives
     * {@code @domain NAME} and {@code @pos n|v|a|x} set the defaults for the lines that follow. A part of speech
     * written on the line wins; otherwise "to X" on the English side marks a verb, and anything else takes the
     * {@code @pos} default (a noun when there is none).
     */
    static List<LexiconEntry> parseFile(String file, List<String> lines) {
        List<LexiconEntry> entries = new ArrayList<>();
        String domain = "general";
        PartOfSpeech defaultPos = null;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.startsWith("@domain")) {
                domain = trimmed.substring("@domain".length()).strip();
                continue;
            }
            if (trimmed.startsWith("@pos")) {
                String code = trimmed.substring("@pos".length()).strip();
                defaultPos = code.equals("auto") ? null : PartOfSpeech.parse(code);
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected english TAB italian: " + line);
            }
            double weight = 1.0;
            String lineDomain = domain;
            PartOfSpeech pos = null;
            for (int i = 2; i < cols.length; i++) {
                String c = cols[i].strip();
                if (c.isEmpty()) {
                    continue;
                }
                if (Character.isDigit(c.charAt(0)) || c.charAt(0) == '.') {
                    weight = Double.parseDouble(c);
                } else if (c.length() == 1) {
                    pos = PartOfSpeech.parse(c);
                } else {
                    lineDomain = c;
                }
            }
            String[] englishAlternatives = cols[0].split("\\|");
            String[] italianAlternatives = cols[1].split("\\|");
            for (int e = 0; e < englishAlternatives.length; e++) {
                for (int i = 0; i < italianAlternatives.length; i++) {
                    String english = englishAlternatives[e].strip();
                    String italian = italianAlternatives[i].strip();
                    PartOfSpeech entryPos = pos; // a part of speech written on the line wins over everything
                    if (english.startsWith("to ")) {
                        english = english.substring(3).strip();
                        if (entryPos == null) {
                            entryPos = PartOfSpeech.VERB;
                        }
                    }
                    if (entryPos == null) {
                        entryPos = defaultPos != null ? defaultPos : PartOfSpeech.NOUN;
                    }
                    double w = weight * Math.pow(0.9, e + i);
                    entries.add(new LexiconEntry(english, italian, w, lineDomain, entryPos));
                }
            }
        }
        return entries;
    }
}
