package org.fonti.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;
import org.fonti.http.AnalyzeResponse;
import org.fonti.tagging.Tagger;
import org.fonti.tagging.TextAnnotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag a text and print the same JSON as POST /api/analyze.",
                "The input is taken as plain text: offsets index into it exactly as read (UTF-8)."})
final class TagCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|-", description = "Text file to tag, or - for standard input.")
    String input;

    @Option(names = "--lang", defaultValue = "auto", description = "Language of the text: auto, it or en.")
    String lang;

    @Option(names = "--date", description = "Reference date for relative expressions: YYYY, YYYY-MM or YYYY-MM-DD.")
    String date;

    @Override
    public Integer call() throws IOException {
        if (date != null && IsoDate.parse(date).isEmpty()) {
            throw new IllegalArgumentException("--date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'");
        }
        Language language = lang.equalsIgnoreCase("auto") ? null : Language.parse(lang)
                .orElseThrow(() -> new IllegalArgumentException("--lang must be auto, it or en"));
        String text = input.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        TextAnnotations annotations = new Tagger().annotate(text, language, date);
        var response = AnalyzeResponse.of(annotations);
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(response));
        return 0;
    }
}
