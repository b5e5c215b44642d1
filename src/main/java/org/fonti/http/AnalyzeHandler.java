package org.fonti.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;
import org.fonti.tagging.TextAnnotations;
import org.fonti.tagging.TextTagger;

/** POST /api/analyze: tags a submitted text, as {@code fonti tag} does on the command line. */
final class AnalyzeHandler {

    /** Largest text accepted, in bytes of request body: far above a long article, low enough to bound memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final TextTagger tagger;
    private final ObjectMapper json;

    AnalyzeHandler(TextTagger tagger, ObjectMapper json) {
        this.tagger = tagger;
        this.json = json;
    }

    void analyze(Context ctx) throws IOException {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw new ApiException(413, "body too large", "the body is " + ctx.contentLength()
                    + " bytes; the limit is " + MAX_BODY_BYTES, null);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "body too large", "the limit is " + MAX_BODY_BYTES + " bytes", null);
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON", "the body must be a JSON object like {\"text\": \"...\"}: "
                    + e.getOriginalMessage().replaceAll("\\s+", " ")
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
        if (request == null || !request.isObject()) {
            throw ApiException.badRequest("malformed JSON", "the body must be a JSON object like {\"text\": \"...\"}");
        }
        JsonNode text = request.get("text");
        if (text == null || !text.isTextual()) {
            throw ApiException.badRequest("bad field", "'text' is required and must be a string");
        }
        String date = optionalString(request, "date");
        if (date != null && IsoDate.parse(date).isEmpty()) {
            throw ApiException.badRequest("bad field", "'date' must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'");
        }
        String lang = optionalString(request, "lang");
        Language language = null;
        if (lang != null && !lang.equalsIgnoreCase("auto")) {
            language = Language.parse(lang).orElseThrow(() ->
                    ApiException.badRequest("bad field", "'lang' must be it, en or auto, not '" + lang + "'"));
        }
        TextAnnotations annotations = tagger.annotate(text.asText(), language, date);
        ctx.json(AnalyzeResponse.of(annotations));
    }

    private static String optionalString(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("bad field", "'" + field + "' must be a string");
        }
        return node.asText();
    }
}
