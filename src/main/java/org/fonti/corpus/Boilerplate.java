package org.fonti.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds web boilerplate (share bars, print/save links, copyright notices) at the end of an article, so that it
 * stays out of the searchable text and out of passages. A trailing line is boilerplate when every word in it is
 * navigation vocabulary and at least one word is unmistakably so ("Condividi", "Tweet", "PDF", "HOMEPAGE").
 */
final class Boilerplate {

    private static final Set<String> STRONG = Set.of(
            "condividi", "condivisione", "tweet", "twitta", "stampa", "pdf", "homepage", "facebook", "twitter",
            "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "newsletter", "iscriviti", "seguici",
            "share", "print", "riproduzione", "riservata", "riservati", "copyright", "cookie", "cookies",
            "collegamento", "email", "e-mail");
    private static final Set<String> WEAK = Set.of(
            "copia", "salva", "come", "link", "home", "save", "as", "copy", "mail", "x", "su", "on", "us",
            "follow", "torna", "all", "inizio", "back", "to", "top", "tag", "tags", "commenti", "comments",
            "leggi", "anche", "read", "more", "also", "articoli", "correlati", "related", "articles", "tutti",
            "i", "diritti", "rights", "reserved", "policy", "privacy", "menu", "cerca", "search", "the", "this",
            "article", "articolo", "via", "per", "e", "and", "o", "or", "il", "la", "lo", "le", "gli", "di");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
    private static final int MAX_LINE_LENGTH = 200;

    private Boilerplate() {
    }

    /** Returns the end of the text once trailing boilerplate lines and whitespace are cut off. */
    static int contentEnd(String text, int from) {
        int end = trimEnd(text, from, text.length());
        while (end > from) {
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            if (lineStart < from) {
                lineStart = from;
            }
            if (!isBoilerplate(text.substring(lineStart, end))) {
                break;
            }
            end = trimEnd(text, from, lineStart);
        }
        return end;
    }

    static boolean isBoilerplate(String line) {
        if (line.length() > MAX_LINE_LENGTH || line.isBlank()) {
            return false;
        }
        var words = WORD.matcher(line.toLowerCase(Locale.ROOT));
        boolean strong = false;
        while (words.find()) {
            String w = words.group();
            if (STRONG.contains(w)) {
                strong = true;
            } else if (!WEAK.contains(w)) {
                return false;
            }
        }
        return strong;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
