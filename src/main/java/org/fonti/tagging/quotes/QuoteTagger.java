package org.fonti.tagging.quotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fonti.corpus.Language;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.Quotation;
import org.fonti.tagging.Sentence;

/**
 * Finds direct quotations and who said them.
 *
 * <p>Three steps per pair of quotation marks ({@link QuotePairer}): look for cues in the words before the
 * opening mark (from the start of its sentence) and after the closing mark (to the end of its sentence), each
 * window stopping at the neighbouring quotations ({@link CueFinder}); classify the quoted words as statement,
 * scare quote or name ({@link QuoteClassifier}); for statements, find the speaker.
 *
 * <p>Speaker, in order: a person or organisation right before the reporting verb ("Erdoğan ha definito come",
 * "Smith said"); a role phrase there that names a person mentioned earlier ("il presidente turco ha detto");
 * the person after the verb ("ha sottolineato Kotil", "said Smith", "secondo Rossi", "according to Smith");
 * any person earlier in the sentence; the nearest person or organisation in the same or the previous sentence.
 * Persons are preferred to organisations at each step. A document cue ("si legge in una dichiarazione
 * congiunta ... da parte del Presidente kazako Kassym-Jomart Tokayev e del Presidente turco ...") takes the
 * first person or organisation named after it in the sentence, i.e. the issuer or first signer: a joint text
 * has several authors, and the first one named is the one the article puts forward.
 *
 * <p>Thread-safe: the lexicons are loaded once; every call works on its own objects.
 */
public final class QuoteTagger {

    /** Cue windows never reach further than this from the marks, so long sentences stay linear. */
    private static final int MAX_WINDOW_CHARS = 400;
    /** A cue after the closing mark counts when at most this many words precede it (", il ministro ha detto"). */
    private static final int MAX_WORDS_BEFORE_FOLLOWING_CUE = 6;
    /** Words before a reporting verb where its subject is looked for first. */
    private static final int SUBJECT_WORDS = 6;
    /** Words after a reporting verb where an inverted subject is looked for ("ha detto ai giornalisti Rossi"). */
    private static final int INVERTED_SUBJECT_WORDS = 8;
    /** Characters between two quotations of one speaker without an attribution of their own («…» e «…»). */
    private static final int MAX_CONTINUATION_GAP = 40;

    private record Analysers(Lexicon lexicon, CueFinder cues, QuoteClassifier classifier) {
    }

    private final Map<Language, Analysers> analysers = new EnumMap<>(Language.class);

    public QuoteTagger() {
        Map<Language, Lexicon> lexicons = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lexicons.put(language, Lexicon.load(language));
        }
        for (Language language : Language.values()) {
            Lexicon lexicon = lexicons.get(language);
            Lexicon foreign = lexicons.get(language == Language.IT ? Language.EN : Language.IT);
            analysers.put(language, new Analysers(lexicon, new CueFinder(lexicon),
                    new QuoteClassifier(lexicon, foreign)));
        }
    }

    /** The statements among {@link #candidates}, outermost only (a statement quoted inside another is part of it). */
    public List<Quotation> tag(String text, List<Sentence> sentences, List<EntityMention> entities, Language lang) {
        List<QuoteCandidate> statements = new ArrayList<>();
        for (QuoteCandidate c : candidates(text, sentences, entities, lang)) {
            if (c.isStatement()) {
                statements.add(c);
            }
        }
        List<Quotation> quotations = new ArrayList<>();
        QuoteCandidate enclosing = null;
        for (QuoteCandidate c : statements) {
            if (enclosing != null && c.isInside(enclosing)) {
                continue;
            }
            enclosing = c;
            quotations.add(c.toQuotation());
        }
        return quotations;
    }

    /** Every quoted span of {@code text}, in order of its opening mark, classified; speakers only for statements. */
    public List<QuoteCandidate> candidates(String text, List<Sentence> sentences, List<EntityMention> entities,
                                           Language lang) {
        List<QuotePairer.MarkPair> pairs = QuotePairer.pair(text);
        if (pairs.isEmpty()) {
            return List.of();
        }
        Analysers a = analysers.get(lang == null ? Language.IT : lang);
        Document doc = new Document(text, sentences == null ? List.of() : sentences, pairs,
                new SpeakerFinder(text, entities == null ? List.of() : entities, a.lexicon()));
        List<QuoteCandidate> candidates = new ArrayList<>(pairs.size());
        Attribution previous = null;
        for (QuotePairer.MarkPair pair : pairs) {
            Attribution attribution = attribute(doc, pair, a);
            if (attribution == null) {
                continue;
            }
            if (attribution.cue() == null && previous != null && previous.cue() != null
                    && continuesPrevious(doc, a.lexicon(), previous, attribution)) {
                attribution = attribution.inheriting(previous);
            }
            candidates.add(classify(doc, attribution, a));
            previous = attribution;
        }
        return candidates;
    }

    private record Document(String text, List<Sentence> sentences, List<QuotePairer.MarkPair> pairs,
                            SpeakerFinder speakers) {
    }

    /** One quoted span and what its surroundings say about it, before classification. */
    private record Attribution(int open, int close, int start, int end, int sentenceIndex, List<Token> quoted,
                               String cue, String speaker, boolean adjacentCue, boolean titleCue,
                               boolean colonBefore) {

        Attribution withSpeaker(String newSpeaker) {
            return new Attribution(open, close, start, end, sentenceIndex, quoted, cue, newSpeaker, adjacentCue,
                    titleCue, colonBefore);
        }

        Attribution inheriting(Attribution previous) {
            return new Attribution(open, close, start, end, sentenceIndex, quoted, previous.cue(), previous.speaker(),
                    false, titleCue, colonBefore);
        }
    }

    private Attribution attribute(Document doc, QuotePairer.MarkPair pair, Analysers a) {
        String text = doc.text();
        int open = pair.openMark();
        int close = pair.closeMark();
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }

        int sentenceIndex = sentenceAt(doc.sentences(), open);
        int beforeStart = Math.max(open - MAX_WINDOW_CHARS, Math.max(
                sentenceIndex >= 0 ? doc.sentences().get(sentenceIndex).start() : 0,
                lastCloseBefore(doc.pairs(), open) + 1));
        int closeSentence = sentenceAt(doc.sentences(), close);
        int afterEnd = Math.min(close + 1 + MAX_WINDOW_CHARS, Math.min(
                closeSentence >= 0 ? doc.sentences().get(closeSentence).end() : text.length(),
                firstOpenAfter(doc.pairs(), close, text.length())));
        List<Token> before = Token.tokenize(text, beforeStart, open);
        List<Token> after = Token.tokenize(text, close + 1, Math.max(close + 1, afterEnd));
        List<Token> quoted = Token.tokenize(text, start, end);
        List<Cue> beforeCues = a.cues().find(before);
        List<Cue> afterCues = a.cues().find(after);

        Cue following = null;
        for (Cue c : afterCues) {
            if (c.reports() && wordsBetween(after, 0, c.first()) <= MAX_WORDS_BEFORE_FOLLOWING_CUE) {
                following = c;
                break;
            }
        }
        if (following == null && Token.countWords(after) == 0 && closeSentence >= 0
                && closeSentence + 1 < doc.sentences().size()
                && firstOpenAfter(doc.pairs(), close, text.length()) >= doc.sentences().get(closeSentence + 1).end()) {
            // «…». Così Rossi ai cronisti. / «…». Lo ha detto Rossi. — the attribution is the next sentence, when
            // it opens with the cue.
            Sentence next = doc.sentences().get(closeSentence + 1);
            List<Token> nextTokens = Token.tokenize(text, next.start(), Math.min(next.end(), next.start()
                    + MAX_WINDOW_CHARS));
            for (Cue c : a.cues().find(nextTokens)) {
                if (c.reports() && wordsBetween(nextTokens, 0, c.first()) <= 1) {
                    following = c;
                    after = nextTokens;
                    afterEnd = Math.min(next.end(), next.start() + MAX_WINDOW_CHARS);
                }
                break;
            }
        }
        Cue preceding = null;
        for (Cue c : beforeCues) {
            if (c.reports()) {
                preceding = c;
            }
        }
        boolean titleCue = false;
        if (!beforeCues.isEmpty()) {
            Cue last = beforeCues.get(beforeCues.size() - 1);
            titleCue = last.kind() == Cue.Kind.TITLE && last.last() == before.size() - 1;
        }
        boolean colonBefore = !before.isEmpty() && before.get(before.size() - 1).lower().equals(":");

        SpeakerFinder speakers = doc.speakers();
        if (following != null) {
            String speaker = speakerFor(speakers, following, after, true, close + 1, open, beforeStart, afterEnd);
            if (speaker != null || following.kind() != Cue.Kind.SOURCE) {
                boolean adjacent = wordsBetween(after, 0, following.first()) <= 3;
                return new Attribution(open, close, start, end, sentenceIndex, quoted, cueText(text, following),
                        speaker, adjacent, titleCue, colonBefore);
            }
        }
        Attribution attributed = null;
        if (preceding != null) {
            String speaker = speakerFor(speakers, preceding, before, false, close + 1, open, beforeStart, afterEnd);
            if (speaker != null || preceding.kind() != Cue.Kind.SOURCE) {
                boolean adjacent = wordsBetween(before, preceding.last() + 1, before.size()) <= 2;
                attributed = new Attribution(open, close, start, end, sentenceIndex, quoted,
                        cueText(text, preceding), speaker, adjacent, titleCue, colonBefore);
            }
        }
        // A verb set off by dashes inside the quotation is the most explicit cue; the sentence may still name
        // the speaker before it ("Rossi ha detto: «… – ha aggiunto – …»").
        Attribution interjected = interjection(doc, a, open, close, start, end, sentenceIndex, quoted);
        if (interjected != null) {
            if (interjected.speaker() == null && attributed != null && attributed.speaker() != null) {
                return interjected.withSpeaker(attributed.speaker());
            }
            return interjected;
        }
        if (attributed != null) {
            return attributed;
        }
        return new Attribution(open, close, start, end, sentenceIndex, quoted, null, null, false, titleCue,
                colonBefore);
    }

    /**
     * A reporting verb set off by dashes inside the quotation: «Tra le ragioni – ha continuato il ministro – c'è
     * …», «Si tratta - dicono dalla CRI - di un appello». The speaker is named between the verb and the dash.
     */
    private static Attribution interjection(Document doc, Analysers a, int open, int close, int start, int end,
                                            int sentenceIndex, List<Token> quoted) {
        for (Cue c : a.cues().find(quoted)) {
            if (c.kind() != Cue.Kind.VERB || c.first() == 0 || !isDash(quoted.get(c.first() - 1))) {
                continue;
            }
            int closing = -1;
            for (int k = c.last() + 1; k < quoted.size() && k <= c.last() + 1 + INVERTED_SUBJECT_WORDS; k++) {
                if (isDash(quoted.get(k))) {
                    closing = k;
                    break;
                }
            }
            if (closing < 0) {
                continue;
            }
            SpeakerFinder speakers = doc.speakers();
            EntityMention e = speakers.firstIn(c.end(), quoted.get(closing).start());
            String speaker = e != null ? SpeakerFinder.nameOf(e)
                    : speakers.personWithRole(speakers.roleQuery(quoted, c.last() + 1, closing), open);
            return new Attribution(open, close, start, end, sentenceIndex, quoted, cueText(doc.text(), c), speaker,
                    true, false, false);
        }
        return null;
    }

    private static boolean isDash(Token t) {
        return !t.word() && (t.lower().equals("-") || t.lower().equals("–") || t.lower().equals("—"));
    }

    /**
     * Whether a quotation without a cue of its own goes on from the previous one: nothing but punctuation
     * between them in the same paragraph («…». «…»), or a connector in the same sentence («…» e «…»).
     */
    private static boolean continuesPrevious(Document doc, Lexicon lexicon, Attribution previous,
                                             Attribution current) {
        if (previous.close() >= current.open() || current.open() - previous.close() > MAX_CONTINUATION_GAP) {
            return false; // nested, or too far apart to be one run of quotations
        }
        List<Token> gap = Token.tokenize(doc.text(), previous.close() + 1, current.open());
        int words = 0;
        for (Token t : gap) {
            if (t.word()) {
                if (!lexicon.contains(Lexicon.Section.CONNECTOR, t.lower()) || ++words > 2) {
                    return false;
                }
            }
        }
        if (words == 0) {
            return !hasBlankLine(doc.text(), previous.close() + 1, current.open());
        }
        return previous.sentenceIndex() == current.sentenceIndex();
    }

    private static boolean hasBlankLine(String text, int from, int to) {
        boolean lineBreakSeen = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBreakSeen) {
                    return true;
                }
                lineBreakSeen = true;
            } else if (!Character.isWhitespace(c)) {
                lineBreakSeen = false;
            }
        }
        return false;
    }

    private QuoteCandidate classify(Document doc, Attribution at, Analysers a) {
        String text = doc.text();
        QuoteKind kind = a.classifier().classify(at.quoted(),
                new QuoteClassifier.Evidence(at.cue() != null, at.adjacentCue(), at.titleCue(), at.colonBefore()));
        String quotedText = text.substring(at.start(), at.end());
        if (kind != QuoteKind.STATEMENT) {
            return new QuoteCandidate(quotedText, at.start(), at.end(), at.open(), at.close(), kind, null, null);
        }
        String speaker = at.speaker();
        if (speaker == null) {
            int from = at.sentenceIndex() > 0 ? doc.sentences().get(at.sentenceIndex() - 1).start() : 0;
            EntityMention nearest = doc.speakers().lastIn(Math.max(from, at.open() - 2 * MAX_WINDOW_CHARS),
                    at.open());
            speaker = nearest == null ? null : SpeakerFinder.nameOf(nearest);
        }
        return new QuoteCandidate(quotedText, at.start(), at.end(), at.open(), at.close(), kind, speaker, at.cue());
    }

    private static String cueText(String text, Cue cue) {
        return text.substring(cue.start(), cue.end());
    }

    /**
     * The speaker the cue points to, or null. {@code window} holds the cue; {@code following} tells whether it
     * is the window after the closing mark (starting at {@code afterStart}) or before the opening mark.
     */
    private static String speakerFor(SpeakerFinder speakers, Cue cue, List<Token> window, boolean following,
                                     int afterStart, int open, int beforeStart, int afterEnd) {
        int windowEnd = following ? afterEnd : open;
        if (cue.kind() == Cue.Kind.SOURCE) {
            // "secondo il Questore di Vicenza, Vincenzo Stingone, «…»": the source may run up to the quotation.
            int to = following ? clauseEnd(window, cue.last() + 1, INVERTED_SUBJECT_WORDS, windowEnd) : open;
            EntityMention e = speakers.firstIn(cue.end(), to);
            if (e != null) {
                return SpeakerFinder.nameOf(e);
            }
            int roleEnd = clauseEnd(window, cue.last() + 1, INVERTED_SUBJECT_WORDS, windowEnd);
            return speakers.personWithRole(
                    speakers.roleQuery(window, cue.last() + 1, tokenIndexAt(window, roleEnd)), open);
        }
        if (cue.kind() == Cue.Kind.DOCUMENT) {
            EntityMention e = speakers.firstIn(cue.end(), windowEnd);
            if (e == null && !following) {
                e = speakers.lastIn(beforeStart, cue.start());
            }
            return e == null ? null : SpeakerFinder.nameOf(e);
        }
        // A reporting verb: its subject before it, else an inverted subject after it.
        if (!following && isGerund(window.get(cue.last()))) {
            // "Smith told Reuters on Monday, adding: «…»": the subject is the main clause's, further back.
            EntityMention subject = speakers.lastIn(beforeStart, cue.start());
            if (subject != null) {
                return SpeakerFinder.nameOf(subject);
            }
        }
        int subjectFrom = following ? 0 : wordsBack(window, cue.first(), SUBJECT_WORDS);
        int subjectStart = following ? afterStart : window.get(subjectFrom).start();
        EntityMention e = speakers.lastIn(subjectStart, cue.start());
        if (e != null) {
            return SpeakerFinder.nameOf(e);
        }
        String byRole = speakers.personWithRole(speakers.roleQuery(window, subjectFrom, cue.first()), open);
        if (byRole != null) {
            return byRole;
        }
        int invertedEnd = clauseEnd(window, cue.last() + 1, INVERTED_SUBJECT_WORDS, windowEnd);
        e = speakers.firstIn(cue.end(), invertedEnd);
        if (e != null) {
            return SpeakerFinder.nameOf(e);
        }
        byRole = speakers.personWithRole(
                speakers.roleQuery(window, cue.last() + 1, tokenIndexAt(window, invertedEnd)), open);
        if (byRole != null) {
            return byRole;
        }
        if (!following) {
            e = speakers.lastIn(beforeStart, cue.start());
            return e == null ? null : SpeakerFinder.nameOf(e);
        }
        return null;
    }

    /** Italian and English gerunds ("aggiungendo", "adding") have no subject of their own. */
    private static boolean isGerund(Token verb) {
        String w = verb.lower();
        return w.length() > 5 && (w.endsWith("ando") || w.endsWith("endo") || w.endsWith("ing"));
    }

    private static int wordsBetween(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (tokens.get(i).word()) {
                n++;
            }
        }
        return n;
    }

    /** The index of the token that starts {@code words} words before {@code index}. */
    private static int wordsBack(List<Token> tokens, int index, int words) {
        int i = index;
        int seen = 0;
        while (i > 0 && seen < words) {
            i--;
            if (tokens.get(i).word()) {
                seen++;
            }
        }
        return i;
    }

    /**
     * The character offset where the phrase after a cue ends: at the first punctuation after a word, after
     * {@code words} words, or at {@code limit}.
     */
    private static int clauseEnd(List<Token> tokens, int from, int words, int limit) {
        int seen = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                if (seen > 0) {
                    return t.start();
                }
                continue;
            }
            if (++seen > words) {
                return t.start();
            }
        }
        return limit;
    }

    private static int tokenIndexAt(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /** The index of the sentence containing {@code offset}, or of the last one starting before it; -1 if none. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The largest closing-mark position before {@code offset} among quotations that end before it, or -1. */
    private static int lastCloseBefore(List<QuotePairer.MarkPair> pairs, int offset) {
        int best = -1;
        int i = firstOpenIndexAtOrAfter(pairs, offset) - 1;
        // Pairs are sorted by opening mark; nesting is shallow, so a short backward scan finds the last close.
        for (int scanned = 0; i >= 0 && scanned < 8; i--, scanned++) {
            int c = pairs.get(i).closeMark();
            if (c < offset && c > best) {
                best = c;
            }
        }
        return best;
    }

    private static int firstOpenAfter(List<QuotePairer.MarkPair> pairs, int offset, int otherwise) {
        int i = firstOpenIndexAtOrAfter(pairs, offset + 1);
        return i < pairs.size() ? pairs.get(i).openMark() : otherwise;
    }

    private static int firstOpenIndexAtOrAfter(List<QuotePairer.MarkPair> pairs, int offset) {
        int lo = 0;
        int hi = pairs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs.get(mid).openMark() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
