package org.fonti.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.corpus.Language;
import org.fonti.index.Fields;
import org.fonti.tagging.EntityType;

/**
 * Fonti's query syntax, on top of Lucene's classic parser: words, "exact phrases", AND / OR / NOT (and + -),
 * parentheses, trailing * for prefixes, ~ for fuzzy words, and field filters {@code title: text: lang: id:
 * entity: person: org: place:}. The default operator is AND: every word must match.
 *
 * <p>A bare word is searched in every language's body and title fields, each with that language's analysis
 * (so "droni" finds "drone" and "Erdogan" finds "Erdoğan"); a word that is a stopword in any language is
 * dropped rather than required. A quoted phrase is searched in the exact field: every word, in order, with
 * only case and accents folded.
 */
final class FontiQueryParser extends QueryParser {

    static final String ANY_FIELD = "_any";
    private static final float TITLE_BOOST = 1.5f;
    /** Translations count a little less than the words as typed, which are the user's own. */
    private static final float TRANSLATION_BOOST = 0.8f;
    /** An article that names the entity under another spelling matches, below one that has the words. */
    private static final float NAME_BOOST = 0.5f;
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Map<String, EntityType> ENTITY_FIELDS = Map.of(
            "person", EntityType.PER, "per", EntityType.PER,
            "org", EntityType.ORG, "organisation", EntityType.ORG, "organization", EntityType.ORG,
            "place", EntityType.LOC, "loc", EntityType.LOC, "location", EntityType.LOC);

    private final Map<Language, QueryBuilder> perLanguage = new EnumMap<>(Language.class);
    private final QueryBuilder exact;
    private final EntityLookup entities;
    private final QueryTranslation translation;
    private final NameMatches names;
    private final SearchScope scope;

    /** A problem with one piece of the query, so its column can be found in the query text. */
    private static final class PieceException extends ParseException {
        final String piece;

        PieceException(String message, String piece) {
            super(message);
            this.piece = piece;
        }
    }

    /** Resolves an entity name typed by the user to the "TYPE:canonical" keys it may stand for. */
    interface EntityLookup {
        List<String> canonicalKeys(EntityType typeOrNull, String name);
    }

    FontiQueryParser(TextAnalyzers analyzers, EntityLookup entities, QueryTranslation translation, NameMatches names,
                     SearchScope scope) {
        super(ANY_FIELD, analyzers.exact());
        for (Language language : Language.values()) {
            perLanguage.put(language, new QueryBuilder(analyzers.forLanguage(language)));
        }
        this.exact = new QueryBuilder(analyzers.exact());
        this.entities = entities;
        this.translation = translation;
        this.names = names;
        this.scope = scope;
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    /** Parses {@code query}; syntax errors become {@link QuerySyntaxException} with the column of the problem. */
    Query parseUserQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("the query is empty", 1);
        }
        Query parsed;
        try {
            parsed = parse(query);
        } catch (ParseException e) {
            int column = columnOf(e, query);
            throw new QuerySyntaxException(describe(e, query, column), column);
        }
        if (parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
            throw new QuerySyntaxException("the query has no searchable words (only stopwords or punctuation)", 1);
        }
        return parsed;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return switch (canonicalField(field)) {
            case ANY_FIELD -> quoted ? phrase(queryText, 0, true, true) : anyLanguage(queryText, true, true);
            case "title" -> quoted ? phrase(queryText, 0, false, true) : anyLanguage(queryText, false, true);
            case "text" -> quoted ? phrase(queryText, 0, true, false) : anyLanguage(queryText, true, false);
            case "lang" -> new TermQuery(new Term(Fields.LANG, Language.parse(queryText)
                    .orElseThrow(() -> new ParseException("lang: takes it or en, not '" + queryText + "'")).code()));
            case "id" -> new TermQuery(new Term(Fields.ID, queryText));
            case "entity" -> entity(null, queryText);
            default -> {
                EntityType type = ENTITY_FIELDS.get(canonicalField(field));
                if (type == null) {
                    throw new PieceException("unknown field '" + field + ":'; use title:, text:, lang:, id:, entity:, person:, org: or place:", field + ":");
                }
                yield entity(type, queryText);
            }
        };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        String f = canonicalField(field);
        if (f.equals(ANY_FIELD) || f.equals("text") || f.equals("title")) {
            return phrase(queryText, slop, !f.equals("title"), !f.equals("text"));
        }
        return getFieldQuery(field, queryText, true);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(exactFieldFor(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (termStr.startsWith("*") || termStr.startsWith("?")) {
            throw new PieceException("a word cannot start with * or ?: wildcards go after at least one letter (droni*, not *droni)", termStr);
        }
        return super.getWildcardQuery(exactFieldFor(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(exactFieldFor(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions (/.../) are not supported; use * for prefixes");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        throw new ParseException("ranges ([a TO b]) are not supported in the query; use the from= and to= parameters for dates");
    }

    private String exactFieldFor(String field) throws ParseException {
        String f = canonicalField(field);
        if (f.equals(ANY_FIELD) || f.equals("text") || f.equals("title")) {
            return scope.exact();
        }
        throw new ParseException("wildcards and fuzzy search work on words, not on the " + field + ": field");
    }

    /**
     * The word (or hyphenated compound) analysed by each language, in body and/or title, or in the other language
     * as translated; null, so that the clause is dropped, when it is a stopword in any language: "la" must not be
     * required of Italian articles just because English analysis keeps it.
     */
    private Query anyLanguage(String text, boolean body, boolean title) {
        var any = new BooleanQuery.Builder();
        for (Language language : Language.values()) {
            Query inBody = perLanguage.get(language).createPhraseQuery(scope.body(language), text);
            if (inBody == null) {
                return null;
            }
            addFields(any, language, text, body, title, 1f);
        }
        for (QueryTranslation.Alternative alternative : translation.forWord(text)) {
            addFields(any, alternative.language(), alternative.text(), body, title,
                    (float) (TRANSLATION_BOOST * alternative.weight()));
        }
        for (String key : scope == SearchScope.ARTICLES ? names.keysFor(text) : List.<String>of()) {
            any.add(new BoostQuery(new TermQuery(new Term(Fields.ENTITY, key)), NAME_BOOST), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** {@code text} in one language's body and/or title fields, as SHOULD clauses of {@code any}. */
    private void addFields(BooleanQuery.Builder any, Language language, String text, boolean body, boolean title,
                           float boost) {
        QueryBuilder builder = perLanguage.get(language);
        if (body) {
            Query q = builder.createPhraseQuery(scope.body(language), text);
            if (q != null) {
                any.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
            }
        }
        if (title && scope.title(language) != null) {
            Query q = builder.createPhraseQuery(scope.title(language), text);
            if (q != null) {
                any.add(new BoostQuery(q, TITLE_BOOST * boost), BooleanClause.Occur.SHOULD);
            }
        }
    }

    /**
     * A quoted phrase: exactly, in the exact field; or its lexicon translation as a phrase in the other language;
     * or, when the lexicon has no entry for the whole phrase, all its translated words in the other language.
     */
    private Query phrase(String text, int slop, boolean body, boolean title) {
        Query exactly = exact.createPhraseQuery(scope.exact(), text, slop);
        var alternatives = new ArrayList<Query>();
        for (QueryTranslation.Alternative alternative : translation.forPhrase(text)) {
            var one = new BooleanQuery.Builder();
            addFields(one, alternative.language(), alternative.text(), body, title,
                    (float) (TRANSLATION_BOOST * alternative.weight()));
            alternatives.add(one.build());
        }
        List<List<QueryTranslation.Alternative>> words = translation.forPhraseWords(text);
        if (alternatives.isEmpty() && !words.isEmpty()) {
            var all = new BooleanQuery.Builder();
            for (List<QueryTranslation.Alternative> word : words) {
                var any = new BooleanQuery.Builder();
                for (QueryTranslation.Alternative alternative : word) {
                    addFields(any, alternative.language(), alternative.text(), body, title,
                            (float) (TRANSLATION_BOOST * alternative.weight()));
                }
                all.add(any.build(), BooleanClause.Occur.MUST);
            }
            alternatives.add(all.build());
        }
        if (alternatives.isEmpty()) {
            return exactly;
        }
        var any = new BooleanQuery.Builder();
        if (exactly != null) {
            any.add(exactly, BooleanClause.Occur.SHOULD);
        }
        alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private Query entity(EntityType type, String name) throws ParseException {
        List<String> keys = entities.canonicalKeys(type, name);
        if (keys.isEmpty()) {
            return new MatchNoDocsQuery("no entity named " + name);
        }
        var any = new BooleanQuery.Builder();
        keys.forEach(key -> any.add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static String canonicalField(String field) {
        return field.toLowerCase(Locale.ROOT);
    }

    /** A message in the user's terms: what was unexpected, and where, rather than the grammar's token names. */
    private static String describe(ParseException e, String query, int column) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
                var next = pe.currentToken.next;
                String before = pe.currentToken.image == null || pe.currentToken.image.isEmpty()
                        ? "" : " after '" + pe.currentToken.image + "'";
                return next.kind == QueryParserConstants.EOF
                        ? "the query ends" + before + " where a word or phrase should follow (column " + column + ")"
                        : "unexpected '" + next.image + "' at column " + column + before;
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        if (message.contains("Lexical error") && message.contains("<EOF>")) {
            return "the query ends inside a quoted phrase or escape: close the \" (column " + column + ")";
        }
        return message.replaceAll("\\s+", " ").replaceFirst("^Cannot parse '.*?': ", "");
    }

    /** 1-based column of the offending token; an unexpected end of query points just past its last character. */
    private static int columnOf(ParseException e, String query) {
        int queryLength = query.length();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PieceException piece && query.contains(piece.piece)) {
                return query.indexOf(piece.piece) + 1;
            }
            if (t instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
                var next = pe.currentToken.next;
                return next.kind == QueryParserConstants.EOF ? queryLength + 1 : next.beginColumn;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : COLUMN.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }
}
