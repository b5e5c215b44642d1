package org.fonti.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams rows of citations as CSV (RFC 4180, UTF-8 with a header) or JSON Lines, as a download. Every row has
 * the citation's columns; quotation exports add the speaker and cue.
 */
final class CitationExport implements AutoCloseable {

    enum Format { CSV, JSONL }

    static final List<String> CITATION_COLUMNS =
            List.of("id", "start", "end", "text", "title", "source", "date", "dateInferred", "url");

    private final Format format;
    private final List<String> columns;
    private final Writer out;
    private final ObjectMapper json;

    private CitationExport(Format format, List<String> columns, Writer out, ObjectMapper json) {
        this.format = format;
        this.columns = columns;
        this.out = out;
        this.json = json;
    }

    /** The export format asked for with {@code format=}, or null for the normal JSON response. */
    static Format requested(Context ctx) {
        String value = ctx.queryParam("format");
        if (value == null || value.isBlank() || value.equalsIgnoreCase("json")) {
            return null;
        }
        try {
            return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter", "'format' must be json, csv or jsonl, not '" + value + "'");
        }
    }

    static CitationExport start(Context ctx, Format format, String name, List<String> columns, ObjectMapper json)
            throws IOException {
        ctx.contentType(format == Format.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format.name().toLowerCase(Locale.ROOT) + "\"");
        var writer = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        var export = new CitationExport(format, columns, writer, json);
        if (format == Format.CSV) {
            export.csvLine(columns.stream().map(c -> (Object) c).toList());
        }
        return export;
    }

    void row(Map<String, Object> values) throws IOException {
        if (format == Format.JSONL) {
            var ordered = new LinkedHashMap<String, Object>();
            columns.forEach(c -> ordered.put(c, values.get(c)));
            out.write(json.writeValueAsString(ordered));
            out.write('\n');
        } else {
            csvLine(columns.stream().map(values::get).toList());
        }
    }

    private void csvLine(List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.write(text);
        }
        out.write("\r\n");
    }

    static Map<String, Object> citationRow(org.fonti.search.Citation c) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", c.id());
        row.put("start", c.start());
        row.put("end", c.end());
        row.put("text", c.text());
        row.put("title", c.title());
        row.put("source", c.source());
        row.put("date", c.date());
        row.put("dateInferred", c.dateInferred());
        row.put("url", c.url());
        return row;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
