package org.fonti.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.fonti.corpus.Language;
import org.fonti.tagging.DateMention;
import org.fonti.tagging.dates.DateTagger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures {@link DateTagger} on the two Italian date test collections and its throughput.
 *
 * <h2>Collections</h2>
 * <ul>
 *   <li><b>recognizers-text</b>: every case of {@code recognizers-text/Italian/*.json}, tagged with the case's
 *       {@code Context.ReferenceDateTime} (local date part; 2016-11-07 when absent, which no expected value
 *       depends on).
 *       Category = spec file + grain.</li>
 *   <li><b>duckling</b>: every row of {@code duckling/duckling_it_time.tsv}, the expression alone, reference
 *       2013-02-12;
 *       the two lines of {@code duckling_it_negative.txt} must give nothing. Category = grain.</li>
 * </ul>
 *
 * <h2>Scope</h2>
 * An expected result is <b>in scope</b> when its value is a single calendar date at day, week, month or year grain
 * (or a decade): Recognizers-Text TIMEX {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-Www}, the same
 * with X for unknown parts ({@code XXXX-10-02}, {@code XXXX-XX-15}), weekdays ({@code XXXX-WXX-5}), n-th weekdays
 * ({@code XXXX-07-WXX-5-#1}), weeks of a month ({@code XXXX-07-W05}) and decades
 * ({@code (1970-01-01,1980-01-01,P10Y)}),
 * with any {@code Mod} (start/end/before...: "all'inizio del 2022" counts as 2022); Duckling rows of grain
 * day/week/month/year whose value is an instant. <b>Out of scope</b> (reported, not required): times of day,
 * date-times, durations, sets, seasons, quarters, ranges ({@code (a,b,P..)}, {@code A/B}, open intervals).
 * Recognizers-Text extractor cases carry no value: a result there takes the TIMEX of the same input and text in a
 * parser/model file when there is one, else it is in scope when its Type is {@code date}.
 *
 * <h2>Comparison</h2>
 * <ul>
 *   <li>Span: a tagged mention <i>detects</i> an expected result when they overlap; precision counts mentions
 *       overlapping no expected result (of any scope) as false positives; "exact" is the share of detected results
 *       whose boundaries match exactly (case-insensitive text).</li>
 *   <li>Value (Recognizers-Text): the mention overlapping the result most must carry the TIMEX itself when it is
 *       fully specified; when the TIMEX has X parts, either that underspecified form or the upstream past or future
 *       resolution at the TIMEX grain (the tagger resolves against the reference, upstream gives both directions).
 *       Decades compare as {@code 197X}.</li>
 *   <li>Value (Duckling): the expected instant truncated to its grain (week = ISO week); a tagged value finer than
 *       the grain is truncated to it, as the collection's README prescribes. Rows where Duckling's future bias decides
 *       (an expected date after the reference with no future word in the expression) are marked and also
 *       reported separately.</li>
 * </ul>
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Evaluates the date tagger on the Recognizers-Text and Duckling Italian collections.")
public final class EvalDatesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "../shared/data/dates",
            description = "dates data folder (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--text", description = "large UTF-8 text (.gz allowed) to measure throughput on;"
            + " default: ../text/wikinews_it_kind.txt.gz next to the data folder when present")
    Path textFile;

    @Option(names = "--failures", description = "print up to N in-scope value failures per collection")
    int failures;

    private static final String DUCKLING_REFERENCE = "2013-02-12";
    private static final String RT_DEFAULT_REFERENCE = "2016-11-07";
    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2}|XX)-(\\d{2}|XX)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2}|XX)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-[1-7]");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-WXX-[1-7]-#\\d");
    private static final Pattern WEEK_OF_MONTH = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-W\\d{2}");
    private static final Pattern DECADE = Pattern.compile("\\((\\d{3}|XX\\d)0-01-01,(\\d{3}|XX\\d)0-01-01,P10Y\\)");
    private static final Set<String> OUT_OF_SCOPE_TYPES = Set.of("time", "timerange", "datetime", "datetimerange",
            "duration", "set", "datetimealt");

    private final DateTagger tagger = new DateTagger();
    private final Map<String, Tally> grainTotals = new TreeMap<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalDatesCommand()).execute(args));
    }

    /** One expected result: span, scope, the category it is reported under and the values accepted. */
    private record Expected(String collection, String category, boolean inScope, int start, int end, String text,
                            Set<String> accepted, String grain, boolean futureBias) {
    }

    /** One test input with its expected results. */
    private record Case(String collection, String file, String input, String reference, List<Expected> expected) {
    }

    /** Counters of one category. */
    private static final class Tally {
        int expected;
        int detected;
        int exact;
        int predicted;
        int falsePositives;
        int valued;
        int correct;

        void add(Tally o) {
            expected += o.expected;
            detected += o.detected;
            exact += o.exact;
            predicted += o.predicted;
            falsePositives += o.falsePositives;
            valued += o.valued;
            correct += o.correct;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dataDir)) {
            System.err.println("dates data folder not found: " + dataDir.toAbsolutePath()
                    + " (pass the folder holding recognizers-text/ and duckling/)");
            return 2;
        }
        List<Case> cases = new ArrayList<>();
        cases.addAll(loadRecognizers(dataDir.resolve("recognizers-text/Italian")));
        cases.addAll(loadDuckling(dataDir.resolve("duckling")));
        printHeader();

        Map<String, Tally> byCategory = new TreeMap<>();
        Map<String, Tally> totals = new LinkedHashMap<>();
        Map<String, List<String>> failureLines = new HashMap<>();
        Tally ducklingNoFutureBias = new Tally();
        for (Case c : cases) {
            List<DateMention> mentions = tagger.tag(c.input(), Language.IT, c.reference());
            evaluate(c, mentions, byCategory, totals, failureLines, ducklingNoFutureBias);
        }

        System.out.printf(Locale.ROOT, "%-58s %5s %6s %6s %6s %6s %9s%n", "category", "n", "P", "R", "exact",
                "value", "(n value)");
        for (var entry : byCategory.entrySet()) {
            print(entry.getKey(), entry.getValue());
        }
        System.out.println();
        for (var entry : grainTotals.entrySet()) {
            print(entry.getKey(), entry.getValue());
        }
        System.out.println();
        for (var entry : totals.entrySet()) {
            print(entry.getKey(), entry.getValue());
        }
        Tally all = new Tally();
        totals.forEach((k, v) -> {
            if (k.contains("IN SCOPE")) {
                all.add(v);
            }
        });
        print("BOTH COLLECTIONS, IN SCOPE", all);
        for (String collection : List.of("recognizers-text", "duckling")) {
            Tally dmy = new Tally();
            grainTotals.forEach((k, v) -> {
                if (k.startsWith(collection) && (k.endsWith(" day") || k.endsWith(" month") || k.endsWith(" year"))) {
                    dmy.add(v);
                }
            });
            print(collection + " IN SCOPE, day/month/year grains only", dmy);
        }
        print("duckling IN SCOPE without future-bias rows", ducklingNoFutureBias);
        if (failures > 0) {
            for (var entry : failureLines.entrySet()) {
                System.out.println();
                System.out.println((entry.getKey().endsWith("(false positives)") ? "" : "In-scope value failures, ")
                        + entry.getKey() + ":");
                entry.getValue().stream().limit(failures).forEach(System.out::println);
            }
        }
        System.out.println();
        measureThroughput();
        return 0;
    }

    private void printHeader() {
        System.out.println("""
                Date tagger evaluation (Recognizers-Text Italian specs + Duckling Italian corpus)
                  in scope: one calendar date at day/week/month/year grain or a decade (any Mod: start/end/before
                            keep the period's value); out of scope: times, date-times, durations, sets, seasons,
                            quarters, ranges and open intervals.
                  span: a mention overlapping an expected result detects it; P counts mentions overlapping nothing
                        as false positives; exact = detected with identical boundaries.
                  value: TIMEX when fully specified; with X parts, the X form or the past/future resolution at
                         that grain; Duckling: expected instant truncated to its grain (finer values truncated too).
                  extractor cases (no value) borrow value and reference from a parser case with the same input/text.
                  duckling "future bias" rows: expected after the reference, with no date or direction spelled out
                  (bare weekdays, holidays); a news tagger may legitimately resolve them to the past.
                """);
    }

    private static void print(String name, Tally t) {
        double p = t.predicted == 0 ? 1.0 : (t.predicted - t.falsePositives) / (double) t.predicted;
        double r = t.expected == 0 ? 1.0 : t.detected / (double) t.expected;
        double exact = t.detected == 0 ? 0 : t.exact / (double) t.detected;
        double v = t.valued == 0 ? Double.NaN : t.correct / (double) t.valued;
        String precision = t.predicted == 0 && t.expected > 0 ? "     -" : String.format(Locale.ROOT, "%6.3f", p);
        System.out.printf(Locale.ROOT, "%-58s %5d %s %6.3f %6.3f %6.3f %9d%n", name, t.expected, precision, r, exact,
                v, t.valued);
    }

    private void evaluate(Case c, List<DateMention> mentions, Map<String, Tally> byCategory,
                          Map<String, Tally> totals, Map<String, List<String>> failureLines, Tally noFutureBias) {
        // precision: a mention overlapping an in-scope result counts for the in-scope tallies, one overlapping only
        // out-of-scope results for the out-of-scope ones, one overlapping nothing is a false positive of the case's
        // first in-scope category (or the file's when the case expects nothing in scope)
        String fallbackCategory = c.collection() + " " + c.file();
        for (Expected x : c.expected()) {
            if (x.inScope()) {
                fallbackCategory = x.category();
                break;
            }
        }
        for (DateMention m : mentions) {
            Expected best = null;
            for (Expected x : c.expected()) {
                if (overlap(m, x) > 0 && (best == null || (x.inScope() && !best.inScope()))) {
                    best = x;
                }
            }
            boolean inScope = best == null ? true : best.inScope();
            String category = best == null ? fallbackCategory : best.category();
            Tally cat = byCategory.computeIfAbsent(category, k -> new Tally());
            Tally total = totals.computeIfAbsent(totalName(c.collection(), inScope), k -> new Tally());
            cat.predicted++;
            total.predicted++;
            if (best == null) {
                cat.falsePositives++;
                total.falsePositives++;
                failureLines.computeIfAbsent(c.collection() + " (false positives)", k -> new ArrayList<>()).add(
                        String.format(Locale.ROOT, "  %-28s ref %-10s %-45s tagged %s %s", category, c.reference(),
                                quote(c.input()), quote(m.text()), m.value()));
            }
        }
        for (Expected x : c.expected()) {
            Tally cat = byCategory.computeIfAbsent(x.category(), k -> new Tally());
            Tally total = totals.computeIfAbsent(totalName(c.collection(), x.inScope()), k -> new Tally());
            Tally grain = x.inScope() ? grainTotals.computeIfAbsent(c.collection() + " in scope, grain "
                    + x.grain().replace(" (no value)", ""), k -> new Tally()) : new Tally();
            DateMention best = null;
            for (DateMention m : mentions) {
                if (overlap(m, x) > 0 && (best == null || overlap(m, x) > overlap(best, x))) {
                    best = m;
                }
            }
            boolean detected = best != null;
            boolean exact = detected && best.text().equalsIgnoreCase(x.text()) && best.start() == x.start();
            boolean valued = !x.accepted().isEmpty();
            boolean correct = valued && detected && accepts(x, best.value());
            for (Tally t : List.of(cat, total, grain)) {
                t.expected++;
                t.detected += detected ? 1 : 0;
                t.exact += exact ? 1 : 0;
                t.valued += valued ? 1 : 0;
                t.correct += correct ? 1 : 0;
            }
            if (x.inScope() && c.collection().equals("duckling") && !x.futureBias()) {
                noFutureBias.expected++;
                noFutureBias.detected += detected ? 1 : 0;
                noFutureBias.exact += exact ? 1 : 0;
                noFutureBias.valued += valued ? 1 : 0;
                noFutureBias.correct += correct ? 1 : 0;
                noFutureBias.predicted += detected ? 1 : 0;
            }
            if (x.inScope() && valued && !correct) {
                failureLines.computeIfAbsent(c.collection(), k -> new ArrayList<>()).add(String.format(Locale.ROOT,
                        "  %-28s ref %-10s %-45s expected %-28s got %s%s", x.category(), c.reference(),
                        quote(c.input()), x.accepted(), best == null ? "-" : quote(best.text()) + " " + best.value(),
                        x.futureBias() ? "  [future bias]" : ""));
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String totalName(String collection, boolean inScope) {
        return collection + (inScope ? " IN SCOPE" : " out of scope");
    }

    private static int overlap(DateMention m, Expected x) {
        return Math.min(m.end(), x.end()) - Math.max(m.start(), x.start());
    }

    private static boolean accepts(Expected x, String value) {
        if (x.accepted().contains(value)) {
            return true;
        }
        if (x.collection().equals("duckling")) {
            String truncated = truncate(value, x.grain());
            return truncated != null && x.accepted().contains(truncated);
        }
        return false;
    }

    /** A tagged value at a coarser grain: "2011-02-12" at month grain is "2011-02"; at week grain its ISO week. */
    private static String truncate(String value, String grain) {
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        return switch (grain) {
            case "year" -> value.substring(0, 4);
            case "month" -> value.length() >= 7 ? value.substring(0, 7) : null;
            case "week" -> value.length() == 10 ? isoWeek(LocalDate.parse(value)) : null;
            default -> value;
        };
    }

    private static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    // ---------------------------------------------------------------------------------------- Recognizers-Text

    private List<Case> loadRecognizers(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Map<String, JsonNode> parsed = new LinkedHashMap<>();
        // results that carry a value, by input and text, with the reference of their case: extractor cases borrow them
        Map<String, JsonNode> valuedResults = new HashMap<>();
        Map<String, String> valuedReferences = new HashMap<>();
        for (Path f : files) {
            JsonNode root = json.readTree(f.toFile());
            parsed.put(f.getFileName().toString().replace(".json", ""), root);
            for (JsonNode c : root) {
                for (JsonNode r : c.path("Results")) {
                    if (!timex(r).isEmpty()) {
                        String k = key(c.path("Input").asText(), r.path("Text").asText());
                        valuedResults.putIfAbsent(k, r);
                        valuedReferences.putIfAbsent(k, c.path("Context").path("ReferenceDateTime").asText(""));
                    }
                }
            }
        }
        List<Case> cases = new ArrayList<>();
        for (var entry : parsed.entrySet()) {
            String file = entry.getKey();
            for (JsonNode c : entry.getValue()) {
                String input = c.path("Input").asText();
                String ref = c.path("Context").path("ReferenceDateTime").asText("");
                List<Expected> expected = new ArrayList<>();
                int searchFrom = 0;
                for (JsonNode r : c.path("Results")) {
                    String text = r.path("Text").asText();
                    String type = (r.has("Type") ? r.path("Type").asText() : r.path("TypeName").asText())
                            .replace("datetimeV2.", "");
                    int start = 0;
                    int end = 0;
                    if (r.has("Start")) {
                        start = r.path("Start").asInt();
                        end = r.has("Length") ? start + r.path("Length").asInt() : r.path("End").asInt() + 1;
                    }
                    if (!r.has("Start") || end > input.length()
                            || !input.substring(start, end).equalsIgnoreCase(text)) {
                        // a few model files give no offsets, or offsets that do not hold the text: find the text
                        start = input.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT), searchFrom);
                        start = Math.max(start, 0);
                        end = start + text.length();
                    }
                    searchFrom = end;
                    JsonNode valued = r;
                    if (timex(r).isEmpty()) {
                        String k = key(input, text);
                        if (valuedResults.containsKey(k)) {
                            valued = valuedResults.get(k);
                            if (ref.isEmpty()) {
                                ref = valuedReferences.get(k);
                            }
                        }
                    }
                    String timex = timex(valued);
                    String grain = OUT_OF_SCOPE_TYPES.contains(type) ? "out:" + type : grainOf(timex, type);
                    boolean inScope = !grain.startsWith("out:");
                    Set<String> accepted = inScope ? acceptedValues(timex, valued) : Set.of();
                    expected.add(new Expected("recognizers-text", "recognizers-text " + file + " " + grain, inScope,
                            start, end, text, accepted, grain, false));
                }
                ref = ref.length() >= 10 ? ref.substring(0, 10) : RT_DEFAULT_REFERENCE;
                cases.add(new Case("recognizers-text", file, input, ref, expected));
            }
        }
        return cases;
    }

    private static String key(String input, String text) {
        return input.toLowerCase(Locale.ROOT) + "\u0000" + text.toLowerCase(Locale.ROOT);
    }

    private static String timex(JsonNode r) {
        if (r.has("Value")) {
            return r.path("Value").path("Timex").asText("");
        }
        JsonNode values = r.path("Resolution").path("values");
        return values.isArray() && !values.isEmpty() ? values.get(0).path("timex").asText("") : "";
    }

    /** The grain of an in-scope TIMEX, or "out:..." for everything else. */
    private static String grainOf(String timex, String type) {
        if (timex.isEmpty()) {
            return type.equals("date") ? "day (no value)" : "out:" + type + " (no value)";
        }
        if (DAY.matcher(timex).matches() || WEEKDAY.matcher(timex).matches() || NTH_WEEKDAY.matcher(timex).matches()) {
            return "day";
        }
        if (WEEK.matcher(timex).matches() || WEEK_OF_MONTH.matcher(timex).matches()) {
            return "week";
        }
        if (MONTH.matcher(timex).matches()) {
            return "month";
        }
        if (YEAR.matcher(timex).matches()) {
            return "year";
        }
        if (DECADE.matcher(timex).matches()) {
            return "decade";
        }
        if (timex.startsWith("(")) {
            return "out:range";
        }
        if (timex.contains("T")) {
            return "out:time";
        }
        if (timex.startsWith("P")) {
            return "out:duration";
        }
        return "out:other";
    }

    private static Set<String> acceptedValues(String timex, JsonNode r) {
        if (timex.isEmpty()) {
            return Set.of();
        }
        Set<String> accepted = new java.util.LinkedHashSet<>();
        Matcher decade = DECADE.matcher(timex);
        if (decade.matches()) {
            String start = resolutionStart(r, "PastResolution");
            if (!decade.group(1).startsWith("XX")) {
                accepted.add(decade.group(1) + "X");
            } else if (start.length() >= 3) {
                accepted.add(start.substring(0, 3) + "X");
            }
            return accepted;
        }
        if (!timex.contains("X") && !timex.contains("#") && !WEEK_OF_MONTH.matcher(timex).matches()) {
            accepted.add(timex);
            // model files list the past and the future reading as two values, each with its own TIMEX
            for (JsonNode v : r.path("Resolution").path("values")) {
                String alternative = v.path("timex").asText("");
                if (grainOf(alternative, "date").equals(grainOf(timex, "date"))) {
                    accepted.add(alternative);
                }
            }
            return accepted;
        }
        if (DAY.matcher(timex).matches() || MONTH.matcher(timex).matches()) {
            accepted.add(timex);
        }
        int length = DAY.matcher(timex).matches() || WEEKDAY.matcher(timex).matches()
                || NTH_WEEKDAY.matcher(timex).matches() ? 10 : MONTH.matcher(timex).matches() ? 7 : 10;
        boolean week = WEEK_OF_MONTH.matcher(timex).matches();
        for (String which : List.of("PastResolution", "FutureResolution")) {
            String v = resolutionStart(r, which);
            if (v.length() >= length && !v.startsWith("0001")) {
                accepted.add(week ? isoWeek(LocalDate.parse(v.substring(0, 10))) : v.substring(0, length));
            }
        }
        return accepted;
    }

    private static String resolutionStart(JsonNode r, String which) {
        if (r.has("Value")) {
            JsonNode res = r.path("Value").path(which);
            for (String field : List.of("date", "startDate")) {
                if (res.has(field)) {
                    return res.path(field).asText();
                }
            }
            return "";
        }
        JsonNode values = r.path("Resolution").path("values");
        int index = which.equals("PastResolution") ? 0 : values.size() - 1;
        if (!values.isArray() || values.isEmpty()) {
            return "";
        }
        JsonNode v = values.get(index);
        return v.has("value") ? v.path("value").asText() : v.path("start").asText("");
    }

    // ---------------------------------------------------------------------------------------------- Duckling

    /** An expression that spells out its date or its direction: Duckling's future bias does not decide it. */
    private static final Pattern EXPLICIT = Pattern.compile(
            "(?i).*(prossim|dopo|domani|tra |fra |in due|entro|scors|\\d|gennaio|febbraio|marzo|aprile|maggio|giugno"
            + "|luglio|agosto|settembre|ottobre|novembre|dicembre|feb|ott|ago|dic).*");

    private List<Case> loadDuckling(Path dir) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("duckling_it_time.tsv"), StandardCharsets.UTF_8);
        LocalDate reference = LocalDate.parse(DUCKLING_REFERENCE);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            String expression = f[0];
            String value = f[1];
            String grain = f[2];
            boolean instant = !value.contains("/");
            boolean inScope = instant && Set.of("day", "week", "month", "year").contains(grain);
            String category = "duckling " + (instant ? grain : value.startsWith("..") || value.endsWith("..")
                    ? "open interval (" + grain + ")" : "interval (" + grain + ")");
            Set<String> accepted = Set.of();
            boolean futureBias = false;
            if (inScope) {
                LocalDate d = LocalDate.parse(value.substring(0, 10));
                String v = switch (grain) {
                    case "year" -> value.substring(0, 4);
                    case "month" -> value.substring(0, 7);
                    case "week" -> isoWeek(d);
                    default -> value.substring(0, 10);
                };
                accepted = Set.of(v);
                futureBias = d.isAfter(reference) && !EXPLICIT.matcher(expression).matches();
            }
            List<Expected> expected = List.of(new Expected("duckling", category, inScope, 0, expression.length(),
                    expression, accepted, grain, futureBias));
            cases.add(new Case("duckling", "time", expression, DUCKLING_REFERENCE, expected));
        }
        Path negative = dir.resolve("duckling_it_negative.txt");
        if (Files.exists(negative)) {
            for (String line : Files.readAllLines(negative, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    cases.add(new Case("duckling", "negative", line.strip(), DUCKLING_REFERENCE, List.of()));
                }
            }
        }
        return cases;
    }

    // -------------------------------------------------------------------------------------------- throughput

    private void measureThroughput() throws IOException {
        Path file = textFile;
        if (file == null) {
            Path guess = dataDir.resolve("../text/wikinews_it_kind.txt.gz").normalize();
            file = Files.exists(guess) ? guess : null;
        }
        if (file == null) {
            System.out.println("throughput: no --text file given and none found next to the data folder");
            return;
        }
        List<String> docs = new ArrayList<>();
        long chars = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder doc = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                doc.append(line).append('\n');
                if (doc.length() >= 3000) {
                    docs.add(doc.toString());
                    chars += doc.length();
                    doc.setLength(0);
                }
            }
            if (!doc.isEmpty()) {
                docs.add(doc.toString());
                chars += doc.length();
            }
        }
        long mentions = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (String d : docs) {
                mentions += tagger.tag(d, Language.IT, "2012-06-01").size();
            }
        }
        // CPU time of this thread, so that other processes on a shared machine do not distort the figure
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 5;
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            for (String d : docs) {
                tagger.tag(d, Language.IT, "2012-06-01");
            }
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wallSeconds = (System.nanoTime() - wall0) / 1e9;
        System.out.printf(Locale.ROOT, "throughput: %s, %,d chars in %,d documents, %d mentions;"
                        + " %.1f M chars per CPU second (one thread; %.1f M chars/s wall clock)%n", file, chars,
                docs.size(), mentions / 3, chars * rounds / cpuSeconds / 1e6, chars * rounds / wallSeconds / 1e6);
    }
}
