// How dates, languages, entity types and citations read in the workbench (Italian interface).
import { el, hidden } from './dom.js';

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre',
  'ottobre', 'novembre', 'dicembre'];

/** "2022-05-10" → "10 maggio 2022", "2023-12" → "dicembre 2023", "2022" → "2022"; anything else as is. */
export function humanDate(iso) {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!parts) return iso ?? '';
  const [, year, month, day] = parts;
  const monthName = month ? MONTHS[Number(month) - 1] : null;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export const INFERRED_DATE_NOTE = 'Data presunta: la fonte non la indica, Fonti l\u2019ha ricavata dal testo';

/** A publication date; an inferred one reads "2022?" with a tooltip and a spoken note. */
export function publicationDate(date, inferred) {
  if (!date) return el('span', { class: 'pubdate unknown' }, 'data sconosciuta');
  if (!inferred) return el('time', { class: 'pubdate', datetime: date }, humanDate(date));
  return el('time', { class: 'pubdate inferred', datetime: date, title: INFERRED_DATE_NOTE },
    `${humanDate(date)}?`, hidden(' (data presunta)'));
}

const LANGUAGES = { it: 'italiano', en: 'inglese' };
export const languageName = code => LANGUAGES[code] ?? code ?? '';

export const ENTITY_TYPES = [
  { type: 'PER', one: 'Persona', many: 'Persone' },
  { type: 'ORG', one: 'Organizzazione', many: 'Organizzazioni' },
  { type: 'LOC', one: 'Luogo', many: 'Luoghi' },
];
export const entityTypeName = type => ENTITY_TYPES.find(t => t.type === type)?.one ?? type;

/** `TYPE:name` as the API takes it in `entity=`, read back for display. */
export function parseEntityFilter(value) {
  const match = /^(PER|ORG|LOC):(.*)$/s.exec(value);
  return match ? { type: match[1], name: match[2] } : { type: null, name: value };
}

/** The citation the server attaches to a passage or quote, or the same fields taken from the hit. */
export function citationOf(item, article) {
  if (item.citation) return item.citation;
  return {
    text: item.text, title: article.title, source: article.source, date: article.date,
    dateInferred: article.dateInferred, url: article.url, id: article.id ?? article.documentId,
    start: item.start, end: item.end,
  };
}

/** «quote» — Title, Source, date, url: what a journalist pastes under a quotation. */
export function citationText(citation) {
  const date = citation.date
    ? humanDate(citation.date) + (citation.dateInferred ? ' (data presunta)' : '')
    : null;
  const where = [citation.title, citation.source, date, citation.url].filter(Boolean).join(', ');
  return where ? `«${citation.text}» — ${where}` : `«${citation.text}»`;
}

export function plural(count, one, many) {
  return `${count.toLocaleString('it-IT')} ${count === 1 ? one : many}`;
}
