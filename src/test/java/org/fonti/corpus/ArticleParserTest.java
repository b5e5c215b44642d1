package org.fonti.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void readsFrontMatterAndKeepsUnknownKeys() {
        Article a = parser.parse("x", """
                title: Il porto riapre
                date: 2024-03-05
                url: https://example.org/porto
                lang: it
                author: Redazione

                Il porto di Genova riapre oggi. Le navi tornano.""", "h");
        assertEquals("Il porto riapre", a.title());
        assertFalse(a.titleDerived());
        assertEquals("2024-03-05", a.date());
        assertEquals(Language.IT, a.language());
        assertEquals("https://example.org/porto", a.url());
        assertEquals("Redazione", a.metadata().get("author"));
        assertEquals("Il porto di Genova riapre oggi. Le navi tornano.", a.text());
    }

    @Test
    void bodyStartingWithPlaceAndColonIsNotFrontMatter() {
        Article a = parser.parse("x", "Roma: la giunta approva il bilancio.\n\nSecondo paragrafo.", "h");
        assertTrue(a.text().startsWith("Roma: la giunta"));
        assertNull(a.date());
    }

    @Test
    void legacyDateLineIsMetadataNotText() {
        Article a = parser.parse("x", " date 2023-12 Mosca è sempre più lontana, vista da Astana. Altro.", "h");
        assertEquals("2023-12", a.date());
        assertTrue(a.text().startsWith("Mosca è sempre"));
        assertEquals("Mosca è sempre più lontana, vista da Astana.", a.title());
        assertTrue(a.titleDerived());
    }

    @Test
    void trailingShareBarIsNotText() {
        Article a = parser.parse("x", "Primo paragrafo.\n\nDidascalia della foto\n\n"
                + "Condividi Tweet Copia Collegamento Stampa / Salva come PDF HOMEPAGE", "h");
        assertEquals("Primo paragrafo.\n\nDidascalia della foto", a.text());
    }

    @Test
    void longFirstSentenceGivesShortenedTitle() {
        String headline = "Turchia e Kazakistan hanno firmato ad Ankara lo scorso 10 maggio un partenariato strategico "
                + "rafforzato con l'obiettivo di ampliare la cooperazione";
        Article a = parser.parse("x", headline + "\n\nCorpo.", "h");
        assertTrue(a.title().length() <= ArticleParser.MAX_TITLE_LENGTH);
        assertTrue(a.title().endsWith("…"));
        assertTrue(headline.startsWith(a.title().substring(0, a.title().length() - 1)));
    }

    @Test
    void emptyBodyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> parser.parse("x", "title: Solo titolo\n\n   \n", "h"));
    }

    @Test
    void seedArticlesKeepTheirTextUnchanged() throws Exception {
        for (String id : new String[] {"000_bcb8d4918311a745", "001_dcc75ec4f32a0260"}) {
            String raw = Files.readString(Path.of("corpus", id + ".txt"));
            Article a = parser.parse(id, raw, "h");
            assertTrue(raw.contains(a.text()), id + ": text must be a verbatim slice of the file");
            assertFalse(a.text().contains("Condividi"), id + ": boilerplate must be cut");
            assertFalse(a.text().startsWith("date"), id);
        }
    }
}
