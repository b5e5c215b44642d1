package org.fonti.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;
import org.fonti.search.Passage;
import org.fonti.search.QuerySyntaxException;
import org.fonti.search.SearchHit;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchResponse;
import org.fonti.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index and print the hits with their highlighted passages and offsets.",
                "Query syntax: words (all must match), \"exact phrases\", AND/OR/NOT, -word, prefix*, word~,",
                "title:, text:, lang:, id:, entity:, person:, org:, place:."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    IndexLocation index;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined with spaces).")
    List<String> query;

    @Option(names = "--size", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--page", defaultValue = "1", description = "Page of hits (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--lang", defaultValue = "auto", description = "Language of the query: auto, it or en.")
    String lang;

    @Option(names = "--from", description = "Earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", description = "Latest publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
    String to;

    @Option(names = "--mentioned-from", description = "Earliest date mentioned in the text: YYYY, YYYY-MM or YYYY-MM-DD.")
    String mentionedFrom;

    @Option(names = "--mentioned-to", description = "Latest date mentioned in the text: YYYY, YYYY-MM or YYYY-MM-DD.")
    String mentionedTo;

    @Option(names = "--sort", defaultValue = "RELEVANCE", description = "relevance, date (newest first) or date_asc.")
    SearchRequest.Sort sort;

    @Option(names = "--entity", description = "Only articles mentioning this entity (TYPE:name or name); repeatable.")
    List<String> entities = List.of();

    @Option(names = "--no-cross", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also search the query translated into the other language (default: on; --no-cross turns it off).")
    boolean cross;

    @Option(names = "--or", description = "Match articles with any of the words, not all of them.")
    boolean or;

    @Option(names = "--json", description = "Print the API's JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Language language = lang.equalsIgnoreCase("auto") ? null : Language.parse(lang)
                .orElseThrow(() -> new IllegalArgumentException("--lang must be auto, it or en"));
        var request = SearchRequest.builder(String.join(" ", query)).language(language).page(page).size(size)
                .published(date("--from", from), date("--to", to))
                .mentioned(date("--mentioned-from", mentionedFrom), date("--mentioned-to", mentionedTo))
                .entities(entities).sort(sort)
                .operator(or ? SearchRequest.Operator.OR : SearchRequest.Operator.AND).cross(cross).build();
        try (var search = new SearchService(index.index, new TextAnalyzers())) {
            SearchResponse response;
            try {
                response = search.search(request);
            } catch (QuerySyntaxException e) {
                System.err.println("fonti: malformed query: " + e.getMessage());
                return 2;
            }
            if (json) {
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(response));
            } else {
                print(response, System.out, Terminal.interactive());
            }
        }
        return 0;
    }

    private static IsoDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        return IsoDate.parse(value).orElseThrow(() ->
                new IllegalArgumentException(option + " must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'"));
    }

    static void print(SearchResponse response, PrintStream out, boolean colour) {
        out.printf("%d article(s) match %s  [query in %s%s]%n", response.total(), response.query().q(),
                response.query().lang(), response.query().langDetected() ? ", detected" : "");
        for (var interpretation : response.query().interpretations()) {
            out.printf("  %s → %s%n", interpretation.source(), interpretation.translations().stream()
                    .map(t -> t.term()).limit(6).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        int rank = (response.page() - 1) * response.size();
        for (SearchHit hit : response.hits()) {
            out.printf("%n%d. %s  [%s%s, %s, score %.2f]%n", ++rank, hit.title(),
                    hit.date() == null ? "no date" : hit.date(), hit.dateInferred() ? "?" : "", hit.lang(), hit.score());
            out.printf("   id %s%s%n", hit.id(), hit.url() == null ? "" : "  " + hit.url());
            for (Passage passage : hit.passages()) {
                out.printf("   [%d-%d] %s%n", passage.start(), passage.end(), highlight(passage, colour));
                for (var date : passage.dates()) {
                    out.printf("           %s (%s)%n", date.text(), date.value());
                }
            }
        }
    }

    /** The passage with its matches marked: bold on a terminal, between » « otherwise. */
    static String highlight(Passage passage, boolean colour) {
        String open = colour ? "\033[1;33m" : "»";
        String close = colour ? "\033[0m" : "«";
        var out = new StringBuilder();
        int at = passage.start();
        for (int[] match : passage.matches()) {
            out.append(passage.text(), at - passage.start(), match[0] - passage.start())
                    .append(open).append(passage.text(), match[0] - passage.start(), match[1] - passage.start()).append(close);
            at = match[1];
        }
        out.append(passage.text(), at - passage.start(), passage.text().length());
        return out.toString().replaceAll("\\s*\\n\\s*", " ");
    }
}
