package org.fonti.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;
import org.fonti.index.IndexedArticle;
import org.fonti.tagging.Sentence;

/**
 * Picks the passages of a hit: the sentences holding the query's matches, found through Lucene's
 * {@link Matches} API on offsets stored in the postings (the text is never re-analysed). Sentences that match
 * more distinct query words rank first; ties go to the earlier sentence.
 */
final class PassageBuilder {

    private final List<String> matchFields;

    PassageBuilder(List<String> matchFields) {
        this.matchFields = List.copyOf(matchFields);
    }

    /** Every match of the query in the document's text, as sorted, non-overlapping [start, end) pairs. */
    List<int[]> matches(Weight weight, LeafReaderContext leaf, int docInLeaf) throws IOException {
        Matches matches = weight.matches(leaf, docInLeaf);
        var spans = new ArrayList<int[]>();
        if (matches == null) {
            return spans;
        }
        for (String field : matchFields) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) {
                continue;
            }
            while (it.next()) {
                if (it.startOffset() >= 0) {
                    spans.add(new int[] {it.startOffset(), it.endOffset()});
                }
            }
        }
        return mergeOverlapping(spans);
    }

    /** The matches plus the article's mentions of the entities the query named, so other spellings light up too. */
    List<int[]> withMentions(List<int[]> matches, IndexedArticle article, java.util.Set<String> entityKeys) {
        if (entityKeys.isEmpty()) {
            return matches;
        }
        var all = new ArrayList<>(matches);
        for (var mention : article.annotations().entities()) {
            if (entityKeys.contains(org.fonti.index.Fields.entityKey(mention.type(), mention.canonical()))) {
                all.add(new int[] {mention.start(), mention.end()});
            }
        }
        return all.size() == matches.size() ? matches : mergeOverlapping(all);
    }

    List<Passage> passages(IndexedArticle article, List<int[]> matches, int count) {
        String text = article.text();
        List<Sentence> sentences = article.annotations().sentences();
        if (sentences.isEmpty()) {
            sentences = List.of(new Sentence(0, text.length()));
        }
        var candidates = new ArrayList<Candidate>();
        int m = 0;
        for (Sentence sentence : sentences) {
            var inside = new ArrayList<int[]>();
            while (m < matches.size() && matches.get(m)[0] < sentence.end()) {
                if (matches.get(m)[0] >= sentence.start()) {
                    inside.add(matches.get(m));
                }
                m++;
            }
            if (!inside.isEmpty()) {
                candidates.add(new Candidate(sentence, inside, distinctWords(text, inside)));
            }
        }
        if (candidates.isEmpty()) {
            // Matched only in the title or in metadata: show the lead so the journalist sees what the article is.
            Sentence lead = sentences.get(0);
            return count == 0 ? List.of() : List.of(passage(article, lead.start(), lead.end(), List.of()));
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::distinctWords).reversed()
                        .thenComparing(c -> -c.matches().size())
                        .thenComparingInt(c -> c.sentence().start()))
                .limit(count)
                .map(c -> passage(article, c.sentence().start(), Math.max(c.sentence().end(), lastEnd(c.matches())), c.matches()))
                .toList();
    }

    private static Passage passage(IndexedArticle article, int start, int end, List<int[]> matches) {
        var dates = article.annotations().dates().stream()
                .filter(d -> d.start() >= start && d.end() <= end)
                .toList();
        return new Passage(article.text().substring(start, end), start, end, List.copyOf(matches), dates,
                Citation.of(article, start, end));
    }

    private static int lastEnd(List<int[]> matches) {
        return matches.get(matches.size() - 1)[1];
    }

    private static int distinctWords(String text, List<int[]> matches) {
        var words = new HashSet<String>();
        for (int[] match : matches) {
            words.add(text.substring(match[0], match[1]).toLowerCase(Locale.ROOT));
        }
        return words.size();
    }

    static List<int[]> mergeOverlapping(List<int[]> spans) {
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        var merged = new ArrayList<int[]>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new int[] {span[0], span[1]});
            }
        }
        return merged;
    }

    private record Candidate(Sentence sentence, List<int[]> matches, int distinctWords) {
    }
}
