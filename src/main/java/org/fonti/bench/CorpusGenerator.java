package org.fonti.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.fonti.tagging.EntityType;

/**
 * Builds a synthetic news corpus from real sentences, deterministically: article {@code i} depends only on the
 * sentence list, the seed and {@code i}, so the same inputs always give the same bytes, in any order.
 *
 * <p>An article is a run of consecutive sentences of the pool (consecutive lines are mostly from the same
 * source article, so the text reads like news) with occasional jumps, 8 to 40 sentences in paragraphs of 2 to
 * 6; now and then a sentence of our own that names a person, organisation or place from {@link NewsNames},
 * some of them quotations, so that names recur across articles with a Zipf-like spread.
 */
public final class CorpusGenerator {

    public static final int MIN_SENTENCES = 8;
    public static final int MAX_SENTENCES = 40;
    public static final long DEFAULT_SEED = 20_151_225L;

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final double JUMP_PROBABILITY = 0.12;
    private static final double NAME_SENTENCE_PROBABILITY = 0.10;
    private static final List<String> SOURCES = List.of("Cronaca di Prova", "Gazzetta Sintetica", "Il Banco di Prova");

    /** Sentences written for this benchmark; {PER}, {ORG}, {LOC} are replaced with names. */
    private static final List<String> NAME_TEMPLATES = List.of(
            "Lo ha dichiarato {PER} nel corso di una conferenza stampa a {LOC}.",
            "«La situazione resta difficile, ma siamo pronti a intervenire», ha detto {PER}.",
            "Secondo {ORG}, i dati definitivi saranno resi noti entro la fine del mese.",
            "All'incontro di {LOC} hanno partecipato anche i rappresentanti di {ORG}.",
            "{PER} ha incontrato i vertici di {ORG} a {LOC}.",
            "La decisione è stata commentata da {PER}, che ha chiesto chiarimenti al governo.",
            "Nelle prossime settimane {ORG} presenterà una proposta a {LOC}.",
            "«Non è il momento di dividersi», ha affermato {PER} a margine dell'incontro con {ORG}.");

    private final List<String> sentences;
    private final long seed;
    private final long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;

    public CorpusGenerator(List<String> sentences, long seed) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to build articles from");
        }
        this.sentences = List.copyOf(sentences);
        this.seed = seed;
    }

    public static String idOf(int index) {
        return "b%06d".formatted(index);
    }

    public SyntheticArticle article(int index) {
        var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int count = random.nextInt(MIN_SENTENCES, MAX_SENTENCES + 1);
        int position = random.nextInt(sentences.size());
        var body = new StringBuilder(count * 160);
        String first = null;
        int paragraphLeft = random.nextInt(2, 7);
        for (int s = 0; s < count; s++) {
            String sentence;
            if (s > 0 && random.nextDouble() < NAME_SENTENCE_PROBABILITY) {
                sentence = nameSentence(random);
            } else {
                if (random.nextDouble() < JUMP_PROBABILITY) {
                    position = random.nextInt(sentences.size());
                }
                sentence = sentences.get(position);
                position = (position + 1) % sentences.size();
            }
            if (first == null) {
                first = sentence;
            }
            if (s > 0) {
                body.append(paragraphLeft == 0 ? "\n\n" : " ");
                if (paragraphLeft == 0) {
                    paragraphLeft = random.nextInt(2, 7);
                }
            }
            body.append(sentence);
            paragraphLeft--;
        }
        String id = idOf(index);
        LocalDate date = FIRST_DAY.plusDays(random.nextLong(days));
        String source = SOURCES.get(random.nextInt(SOURCES.size()));
        String url = "https://bench.fonti.example/" + date.getYear() + "/" + id;
        return new SyntheticArticle(id, title(first, random), date.toString(), url, source, body.toString(), count);
    }

    /**
     * Writes articles {@code 0..count-1} under {@code folder}, one file each, feeding {@code statistics} (if not
     * null); {@code done} hears every 1%. Returns the bytes written.
     */
    public long write(Path folder, int count, TermStatistics statistics, IntConsumer done) throws IOException {
        int step = Math.max(1, count / 100);
        long bytes = 0;
        String shard = null;
        for (int i = 0; i < count; i++) {
            SyntheticArticle article = article(i);
            if (!article.shard().equals(shard)) {
                shard = article.shard();
                Files.createDirectories(folder.resolve(shard));
            }
            byte[] content = article.fileText().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(shard).resolve(article.id() + ".txt"), content);
            bytes += content.length;
            if (statistics != null) {
                statistics.addDocument(article.title() + " " + article.body());
            }
            if ((i + 1) % step == 0 || i + 1 == count) {
                done.accept(i + 1);
            }
        }
        return bytes;
    }

    /** A headline-like title: the first sentence cut after 5 to 11 words, without its final punctuation. */
    private static String title(String sentence, SplittableRandom random) {
        String[] words = sentence.split(" ");
        int keep = Math.min(words.length, random.nextInt(5, 12));
        String title = String.join(" ", java.util.Arrays.copyOf(words, keep));
        return title.replaceAll("[\\p{Punct}«»“”…]+$", "");
    }

    private static String nameSentence(SplittableRandom random) {
        String template = NAME_TEMPLATES.get(random.nextInt(NAME_TEMPLATES.size()));
        for (EntityType type : EntityType.values()) {
            String slot = "{" + type.name() + "}";
            if (template.contains(slot)) {
                template = template.replace(slot, NewsNames.draw(random, type).text());
            }
        }
        return template;
    }
}
