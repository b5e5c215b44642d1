package org.fonti.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fonti.corpus.Language;
import org.fonti.tagging.EntityMention;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.entities.EntityTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures {@link EntityTagger} against a token-per-line BIO file (CoNLL layout: {@code token<TAB>label},
 * blank line between sentences): strict entity-level precision, recall and F1 (exact span and type), micro
 * and per type, and tagging speed. The tokens are joined back into running text with ordinary spacing; a
 * sentence without final punctuation that follows a punctuated one is taken as a headline and starts a new
 * document, so the tagger sees whole articles as it will in production.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Evaluate the entity tagger on a BIO file (token<TAB>label, blank line between sentences).")
public final class EvalNerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "BIO file, e.g. shared/data/ner/WN_dev.tsv")
    Path file;

    @Option(names = "--lang", defaultValue = "it", description = "Language of the text: it or en (default: it).")
    String lang;

    @Option(names = "--errors", defaultValue = "0", description = "Print up to N missed and N spurious entities.")
    int errors;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes after one warm-up pass (default: 3).")
    int passes;

    @Option(names = "--output", description = "Also write token<TAB>gold<TAB>predicted lines (BIO, CoNLL layout) "
            + "to this file, for error analysis.")
    Path output;

    private final PrintStream out;

    public EvalNerCommand() {
        this(System.out);
    }

    EvalNerCommand(PrintStream out) {
        this.out = out;
    }

    /** One document re-joined: its text and gold entities as character spans. */
    record Document(String text, int tokens, List<Span> gold, List<GoldToken> goldTokens) {
    }

    /** One token of the file, where it landed in the re-joined text, with its gold label. */
    record GoldToken(int start, int end, String label, boolean endsSentence) {
    }

    record Span(int start, int end, EntityType type) {
    }

    private record Sentence(List<String> tokens, List<String> labels) {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("ner: no such file: " + file);
            return 2;
        }
        Language language = Language.parse(lang).orElse(Language.IT);
        List<Document> docs = readDocuments(file);
        EntityTagger tagger = new EntityTagger();

        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]); // true positives, predicted, gold
        }
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> bioLines = new ArrayList<>();
        long totalTokens = 0;
        for (Document d : docs) {
            totalTokens += d.tokens();
            Set<Span> gold = new HashSet<>(d.gold());
            Set<Span> predicted = new HashSet<>();
            for (EntityMention m : tagger.tag(d.text(), language)) {
                predicted.add(new Span(m.start(), m.end(), m.type()));
            }
            if (output != null) {
                appendBio(d, predicted, bioLines);
            }
            for (Span s : predicted) {
                counts.get(s.type())[1]++;
                if (gold.contains(s)) {
                    counts.get(s.type())[0]++;
                } else if (spurious.size() < errors) {
                    spurious.add(describe(d.text(), s));
                }
            }
            for (Span s : gold) {
                counts.get(s.type())[2]++;
                if (!predicted.contains(s) && missed.size() < errors) {
                    missed.add(describe(d.text(), s));
                }
            }
        }

        if (output != null) {
            Files.write(output, bioLines, StandardCharsets.UTF_8);
        }
        for (Document d : docs) {
            tagger.tag(d.text(), language);
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock also counts
        // the time other processes held the core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Document d : docs) {
                tagger.tag(d.text(), language);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        out.printf(Locale.ROOT, "file: %s  documents: %d  tokens: %d%n", file, docs.size(), totalTokens);
        out.printf(Locale.ROOT, "%-6s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "f1", "tp", "pred",
                "gold");
        int[] micro = new int[3];
        for (EntityType t : EntityType.values()) {
            int[] c = counts.get(t);
            printRow(t.name(), c);
            for (int k = 0; k < 3; k++) {
                micro[k] += c[k];
            }
        }
        printRow("micro", micro);
        if (passes > 0) {
            out.printf(Locale.ROOT, "speed: %.0f tokens/s wall, %.0f tokens per CPU-second (one thread, %d timed "
                    + "passes after a warm-up)%n", passes * totalTokens / seconds, passes * totalTokens / cpuSeconds,
                    passes);
        }
        for (String s : missed) {
            out.println("missed   " + s);
        }
        for (String s : spurious) {
            out.println("spurious " + s);
        }
        return 0;
    }

    /**
     * Labels each gold token with the predicted entity that covers it; a token only partly covered by a
     * prediction (the tagger's tokens can differ) counts as inside it.
     */
    private static void appendBio(Document d, Set<Span> predicted, List<String> lines) {
        List<Span> sorted = new ArrayList<>(predicted);
        sorted.sort(Comparator.comparingInt(Span::start));
        int next = 0;
        Span previous = null;
        for (GoldToken token : d.goldTokens()) {
            while (next < sorted.size() && sorted.get(next).end() <= token.start()) {
                next++;
            }
            String label = "O";
            if (next < sorted.size() && sorted.get(next).start() < token.end()) {
                Span p = sorted.get(next);
                label = (p.equals(previous) ? "I-" : "B-") + p.type();
                previous = p;
            } else {
                previous = null;
            }
            String text = d.text().substring(token.start(), token.end());
            lines.add(text + "\t" + token.label() + "\t" + label);
            if (token.endsSentence()) {
                lines.add("");
            }
        }
    }

    private void printRow(String name, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "%-6s %9.4f %9.4f %9.4f %7d %7d %7d%n", name, p, r, f, c[0], c[1], c[2]);
    }

    private static String describe(String text, Span s) {
        int from = Math.max(0, s.start() - 40);
        int to = Math.min(text.length(), s.end() + 40);
        return s.type() + " [" + text.substring(s.start(), s.end()) + "]  …" + text.substring(from, s.start())
                + "[[" + text.substring(s.start(), s.end()) + "]]" + text.substring(s.end(), to).replace('\n', ' ')
                + "…";
    }

    static List<Document> readDocuments(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(tokens, labels));
                    tokens = new ArrayList<>();
                    labels = new ArrayList<>();
                }
                continue;
            }
            int tab = line.lastIndexOf('\t');
            tokens.add(tab < 0 ? line : line.substring(0, tab));
            labels.add(tab < 0 ? "O" : line.substring(tab + 1).strip());
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens, labels));
        }
        List<Document> docs = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        for (Sentence s : sentences) {
            // A headline starts an article; the unpunctuated lines right after it are more headline, list or
            // table (results, line-ups) of the same article, not a run of one-line articles.
            if (isHeadline(s) && !current.isEmpty() && !isHeadline(current.get(current.size() - 1))) {
                docs.add(join(current));
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            docs.add(join(current));
        }
        return docs;
    }

    /** Wikinews headlines are the only sentences without final punctuation. */
    private static boolean isHeadline(Sentence s) {
        List<String> t = s.tokens();
        for (int i = t.size() - 1; i >= 0; i--) {
            String last = t.get(i);
            if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("...") || last.equals("…")
                    || last.equals(";") || last.equals(":")) {
                return false;
            }
            if (!(last.equals("\"") || last.equals("»") || last.equals("”") || last.equals(")")
                    || last.equals("'"))) {
                return true;
            }
        }
        return true;
    }

    private static Document join(List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        List<GoldToken> goldTokens = new ArrayList<>();
        int count = 0;
        for (Sentence s : sentences) {
            if (!text.isEmpty()) {
                text.append(isHeadline(s) || endsWithNewline(text) ? "" : " ");
            }
            boolean straightQuoteOpen = false;
            int spanStart = -1;
            EntityType spanType = null;
            int prevEnd = -1;
            String prev = null;
            for (int i = 0; i < s.tokens().size(); i++) {
                String tok = s.tokens().get(i);
                boolean closingStraight = tok.equals("\"") && straightQuoteOpen;
                if (prev != null && !noSpaceBefore(tok, closingStraight) && !noSpaceAfter(prev)) {
                    text.append(' ');
                }
                if (tok.equals("\"")) {
                    straightQuoteOpen = !straightQuoteOpen;
                }
                int start = text.length();
                text.append(tok);
                String label = s.labels().get(i);
                if (spanStart >= 0 && !label.startsWith("I-")) {
                    gold.add(new Span(spanStart, prevEnd, spanType));
                    spanStart = -1;
                }
                if (label.startsWith("B-") || label.startsWith("I-") && spanStart < 0) {
                    spanStart = start;
                    spanType = EntityType.valueOf(label.substring(2));
                }
                prevEnd = text.length();
                goldTokens.add(new GoldToken(start, prevEnd, label, i == s.tokens().size() - 1));
                prev = tok.equals("\"") ? (straightQuoteOpen ? "“" : "”") : tok;
                count++;
            }
            if (spanStart >= 0) {
                gold.add(new Span(spanStart, prevEnd, spanType));
            }
            if (isHeadline(s)) {
                text.append('\n');
            }
        }
        return new Document(text.toString(), count, gold, goldTokens);
    }

    private static boolean endsWithNewline(StringBuilder text) {
        return text.charAt(text.length() - 1) == '\n';
    }

    private static boolean noSpaceBefore(String tok, boolean closingStraightQuote) {
        return closingStraightQuote || switch (tok) {
            case ",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "»", "’", "%", "…", "..." -> true;
            default -> false;
        };
    }

    private static boolean noSpaceAfter(String prev) {
        if (prev.endsWith("'") || prev.endsWith("’")) {
            return prev.length() > 1;
        }
        return switch (prev) {
            case "(", "[", "{", "“", "«", "‘" -> true;
            default -> false;
        };
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalNerCommand()).execute(args));
    }
}
