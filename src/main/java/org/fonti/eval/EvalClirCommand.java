package org.fonti.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.corpus.Article;
import org.fonti.corpus.Language;
import org.fonti.index.ArticleIndex;
import org.fonti.index.IndexAnalyzer;
import org.fonti.search.CrossLingual;
import org.fonti.search.QuerySyntax;
import org.fonti.search.SearchHit;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchService;
import org.fonti.tagging.TaggedArticle;
import org.fonti.tagging.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Cross-language retrieval, measured on English–Italian sentence pairs: one language's sentences are indexed as
 * documents in a temporary index, the other language's are run as queries (words combined with OR, as plain
 * text), and the aligned sentence is the one relevant answer. Each direction is run with translation on and, as
 * the baseline in the same run, off.
 *
 * <p>By default the queries are the second half of the pairs (by row order): the first half is the part that
 * may have been looked at while writing the lexicon, so the figures are on held-out sentences. Every sentence
 * of the side being searched is in the index, so each query competes with the whole collection.
 */
@Command(name = "clir", mixinStandardHelpOptions = true,
        description = {"Cross-language retrieval on a TSV of English-Italian sentence pairs (columns english, italian;",
                ".gz accepted): recall@1, recall@10 and MRR@10 for EN->IT and IT->EN, translation on and off."})
public final class EvalClirCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Tab-separated pairs with a header naming the english and italian columns.")
    Path file;

    @Option(names = "--queries", defaultValue = "held-out",
            description = "Which pairs give queries: held-out (second half, default) or all.")
    String queries;

    @Option(names = "--limit", defaultValue = "0", description = "Use at most this many query pairs (0: all).")
    int limit;

    record Pair(String english, String italian) {
    }

    record Scores(double recallAt1, double recallAt10, double mrrAt10, double queriesPerSecond, int queries) {
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("fonti: no such file: " + file + " (the shared data lives in ../shared/data/clir)");
            return 2;
        }
        List<Pair> pairs = read(file);
        int from = queries.equals("all") ? 0 : pairs.size() / 2;
        int to = limit > 0 ? Math.min(pairs.size(), from + limit) : pairs.size();
        System.out.printf("%s: %d pairs; queries are pairs %d..%d (%s); every sentence of the searched side is indexed%n",
                file.getFileName(), pairs.size(), from + 1, to, queries.equals("all") ? "all" : "held-out half");

        var tagger = new Tagger();
        var analyzers = new TextAnalyzers();
        var crossLingual = new CrossLingual();
        System.out.printf("%-8s %-12s %9s %10s %8s %8s%n", "dir", "translation", "recall@1", "recall@10", "MRR@10", "q/s");
        for (Language target : List.of(Language.IT, Language.EN)) {
            Path index = Files.createTempDirectory("fonti-clir");
            try {
                build(index, pairs, target, tagger, analyzers);
                try (var search = new SearchService(index, analyzers, crossLingual)) {
                    for (boolean cross : List.of(false, true)) {
                        Scores s = run(search, pairs, from, to, target, cross);
                        System.out.printf("%-8s %-12s %9.3f %10.3f %8.3f %8.0f%n",
                                (target == Language.IT ? "EN->IT" : "IT->EN"), cross ? "on" : "off (base)",
                                s.recallAt1(), s.recallAt10(), s.mrrAt10(), s.queriesPerSecond());
                    }
                }
            } finally {
                delete(index);
            }
        }
        return 0;
    }

    private static void build(Path index, List<Pair> pairs, Language language, Tagger tagger, TextAnalyzers analyzers)
            throws IOException {
        try (var writer = ArticleIndex.open(index, IndexAnalyzer.create(analyzers))) {
            for (int i = 0; i < pairs.size(); i++) {
                String text = language == Language.IT ? pairs.get(i).italian() : pairs.get(i).english();
                var article = new Article(String.valueOf(i), text, true, text, null, language, null, null, Map.of(), "");
                writer.put(new TaggedArticle(article, tagger.annotate(text, language, null), null, false));
            }
            writer.commit();
        }
    }

    private static Scores run(SearchService search, List<Pair> pairs, int from, int to, Language target, boolean cross)
            throws IOException {
        Language source = target == Language.IT ? Language.EN : Language.IT;
        int hitsAt1 = 0;
        int hitsAt10 = 0;
        double reciprocal = 0;
        int asked = 0;
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            String sentence = source == Language.EN ? pairs.get(i).english() : pairs.get(i).italian();
            String query = QuerySyntax.asWords(sentence);
            if (query.isBlank()) {
                continue;
            }
            asked++;
            List<SearchHit> hits;
            try {
                hits = search.search(SearchRequest.builder(query).language(source)
                        .operator(SearchRequest.Operator.OR).cross(cross).build()).hits();
            } catch (IllegalArgumentException unsearchable) {
                continue; // only stopwords: counts as a miss
            }
            for (int rank = 0; rank < hits.size(); rank++) {
                if (hits.get(rank).id().equals(String.valueOf(i))) {
                    hitsAt1 += rank == 0 ? 1 : 0;
                    hitsAt10++;
                    reciprocal += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Scores((double) hitsAt1 / asked, (double) hitsAt10 / asked, reciprocal / asked, asked / seconds, asked);
    }

    static List<Pair> read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(file + " is empty");
            }
            List<String> columns = Arrays.asList(header.split("\t"));
            int english = columns.indexOf("english");
            int italian = columns.indexOf("italian");
            if (english < 0 || italian < 0) {
                throw new IOException(file + ": the header must name an 'english' and an 'italian' column, not " + columns);
            }
            var pairs = new ArrayList<Pair>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t", -1);
                if (cells.length > Math.max(english, italian)) {
                    pairs.add(new Pair(cells[english], cells[italian]));
                }
            }
            return pairs;
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
