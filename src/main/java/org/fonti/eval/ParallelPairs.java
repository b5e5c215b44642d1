package org.fonti.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Aligned English–Italian sentences from the shared measuring data (/work/shared/data/clir: a TSV, possibly
 * gzipped, with a header naming {@code id}, {@code english} and {@code italian} columns). Measurement only: the
 * data is CC BY / CC BY-SA and never enters the product.
 */
record ParallelPairs(List<Pair> pairs) {

    /** One aligned sentence pair; {@code id} is the upstream line number. */
    record Pair(int id, String english, String italian) {
    }

    static ParallelPairs read(Path file) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> columns = List.of(reader.readLine().split("\t"));
            int id = columns.indexOf("id");
            int english = columns.indexOf("english");
            int italian = columns.indexOf("italian");
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                pairs.add(new Pair(Integer.parseInt(cols[id]), cols[english], cols[italian]));
            }
        }
        return new ParallelPairs(List.copyOf(pairs));
    }

    /**
     * The pairs of one half: "first" is ids up to half the largest id (the part one may learn from), "second" the
     * rest (held out for measuring), "all" everything.
     */
    ParallelPairs half(String half) {
        int maxId = pairs.stream().mapToInt(Pair::id).max().orElse(0);
        return new ParallelPairs(switch (half) {
            case "all" -> pairs;
            case "first" -> pairs.stream().filter(p -> p.id() <= maxId / 2).toList();
            case "second" -> pairs.stream().filter(p -> p.id() > maxId / 2).toList();
            default -> throw new IllegalArgumentException("half must be first, second or all");
        });
    }
}
