package org.fonti.tagging.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fonti.corpus.Language;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.Sentence;
import org.fonti.tagging.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** Random texts made of quotation marks, punctuation, words and line breaks: no exceptions, valid ranges. */
class QuoteTaggerRobustnessTest {

    private static final String[] PIECES = {
        "«", "»", "“", "”", "\"", "‘", "’", "'", "„", ".", "...", "…", "!", "?", ",", ":", ";", " – ", "-", "(", ")",
        " ", " ", " ", " ", "\n", "\n\n", "Rossi", "ha detto", "said", "secondo", "il presidente", "siamo pronti",
        "l’anno", "3.5", "dott.", "D.", "Mr.", "e", "la", "Roma", "x", "che", "non", "è", "intitolato", "1'58\"17"
    };

    @Test
    void randomTextsNeverBreakTheInvariants() {
        SentenceSplitter splitter = new SentenceSplitter();
        QuoteTagger tagger = new QuoteTagger();
        Random random = new Random(20231210);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<Sentence> sentences = splitter.split(text);
            int previousEnd = 0;
            for (Sentence s : sentences) {
                assertTrue(s.start() >= previousEnd && s.end() > s.start(), text);
                assertTrue(text.substring(previousEnd, s.start()).isBlank(), text);
                previousEnd = s.end();
            }
            assertTrue(text.substring(previousEnd).isBlank(), text);

            List<EntityMention> entities = new ArrayList<>();
            for (int at = text.indexOf("Rossi"); at >= 0; at = text.indexOf("Rossi", at + 1)) {
                entities.add(new EntityMention("Rossi", at, at + 5, EntityType.PER, "Mario Rossi"));
            }
            for (Language lang : Language.values()) {
                for (QuoteCandidate c : tagger.candidates(text, sentences, entities, lang)) {
                    assertEquals(text.substring(c.start(), c.end()), c.text(), text);
                    assertTrue(c.openMark() < c.start() && c.end() <= c.closeMark(), text);
                    assertTrue(c.isStatement() || (c.speaker() == null && c.cue() == null), text);
                }
                tagger.tag(text, sentences, entities, lang);
            }
        }
    }
}
