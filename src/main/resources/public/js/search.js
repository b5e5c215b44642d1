// The article search: query form, what the query was understood as, hits with highlighted passages,
// facets that filter, removable filter chips, pages and exports. Its route's query string is the API's.
import { el, fill, append, hidden, layered, markLayer, externalLink, safeUrl } from './dom.js';
import { LatestRequest, apiUrl } from './api.js';
import {
  publicationDate, languageName, ENTITY_TYPES, entityTypeName, parseEntityFilter, citationOf, plural, humanDate,
} from './format.js';
import { copyButton } from './clipboard.js';
import { chip as chipWidget, chipList, exportLinks, facetGroup, loadPage, pagerItems, removeValue, setOrDelete } from './widgets.js';

const PAGE_SIZE = 10;
const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

export function createSearchView({ navigate, hashFor }) {
  const request = new LatestRequest();
  let params = new URLSearchParams();

  const go = next => {
    next.delete('page');
    navigate('search', next);
  };
  const withChange = change => {
    const next = new URLSearchParams(params);
    change(next);
    return next;
  };

  // --- the form -------------------------------------------------------------------------------------------
  const queryInput = el('input', {
    id: 'q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false', required: true,
    placeholder: 'es. droni Kazakistan, "dichiarazione congiunta", Erdogan OR Tokayev',
    'aria-describedby': 'syntax-help-summary',
  });
  const langSelect = el('select', { id: 'lang', name: 'lang' },
    el('option', { value: 'auto' }, 'rilevata da Fonti'),
    el('option', { value: 'it' }, 'italiano'),
    el('option', { value: 'en' }, 'inglese'));
  const crossBox = el('input', { id: 'cross', type: 'checkbox', name: 'cross', checked: true });
  const sortSelect = el('select', { id: 'sort', name: 'sort' },
    el('option', { value: 'relevance' }, 'pertinenza'),
    el('option', { value: 'date' }, 'più recenti'),
    el('option', { value: 'date-asc' }, 'meno recenti'));

  const formParams = () => withChange(next => {
    next.set('q', queryInput.value.trim());
    setOrDelete(next, 'lang', langSelect.value === 'auto' ? '' : langSelect.value);
    setOrDelete(next, 'cross', crossBox.checked ? '' : 'false');
    setOrDelete(next, 'sort', sortSelect.value === 'relevance' ? '' : sortSelect.value);
  });
  const form = el('form', {
    class: 'search-form', role: 'search', 'aria-label': 'Cerca negli articoli',
    onsubmit: event => {
      event.preventDefault();
      if (queryInput.value.trim()) go(formParams());
      else queryInput.focus();
    },
  },
  el('label', { for: 'q', class: 'query-label' }, 'Cerca negli articoli'),
  el('div', { class: 'query-row' }, queryInput, el('button', { type: 'submit', class: 'primary' }, 'Cerca')),
  el('div', { class: 'options' },
    el('span', { class: 'option' }, el('label', { for: 'lang' }, 'Lingua della query'), langSelect),
    el('span', { class: 'option' }, crossBox, el('label', { for: 'cross' }, 'Cerca anche nell’altra lingua (traduzione)')),
    el('span', { class: 'option' }, el('label', { for: 'sort' }, 'Ordina per'), sortSelect)),
  syntaxHelp());
  // Options apply at once to the results on screen; the focus stays on the control.
  for (const control of [langSelect, crossBox, sortSelect]) {
    control.addEventListener('change', () => { if (params.get('q')) go(formParams()); });
  }

  // --- results --------------------------------------------------------------------------------------------
  const count = el('p', { class: 'count', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const understood = el('div', { class: 'understood' });
  const chips = el('div', { class: 'chips' });
  const exports = el('p', { class: 'exports' });
  const hitList = el('ol', { class: 'hits' });
  const pager = el('nav', { class: 'pager', 'aria-label': 'Pagine dei risultati' });
  const message = el('div', { class: 'message' });
  const resultsHeading = el('h2', { id: 'results-heading', class: 'visually-hidden', tabindex: '-1' }, 'Risultati');
  const results = el('section', { class: 'results', 'aria-labelledby': 'results-heading' },
    resultsHeading, count, understood, chips, exports, message, hitList, pager);
  const facets = el('aside', { class: 'facets', 'aria-labelledby': 'facets-heading' });
  const intro = introduction();
  const layout = el('div', { class: 'layout' }, facets, results);
  const root = el('div', { class: 'view view-search' },
    el('h1', { class: 'visually-hidden', tabindex: '-1' }, 'Ricerca negli articoli'), form, intro, layout);

  function update(next) {
    params = next;
    const q = params.get('q') ?? '';
    queryInput.value = q;
    langSelect.value = ['it', 'en'].includes(params.get('lang')) ? params.get('lang') : 'auto';
    crossBox.checked = params.get('cross') !== 'false';
    sortSelect.value = ['date', 'date-asc'].includes(params.get('sort')) ? params.get('sort') : 'relevance';
    document.title = q ? `${q} — Fonti` : 'Fonti — ricerca';
    intro.hidden = Boolean(q);
    layout.hidden = !q;
    if (!q) {
      request.abort();
      return;
    }
    load();
  }

  function load() {
    return loadPage({ request, path: '/api/search', params, pageSize: PAGE_SIZE, results, count, message,
      onData: render, onError: showError });
  }

  function showError(error) {
    count.textContent = 'Nessun risultato';
    for (const part of [understood, exports, hitList, pager, facets]) fill(part);
    renderChips(); // a filter the server refused (a malformed date) must stay removable
    const malformed = error.body?.error === 'malformed query';
    append(message, el('p', { class: 'error', role: 'alert' },
      malformed ? 'La query non è scritta correttamente: ' : 'La ricerca non è riuscita: ', error.message));
  }

  function render(data) {
    const q = params.get('q');
    const total = data.total ?? 0;
    const size = data.size || PAGE_SIZE;
    const page = data.page || 1;
    const first = (page - 1) * size + 1;
    const last = Math.min(total, page * size);
    count.textContent = total === 0
      ? `Nessun articolo trovato per «${q}».`
      : `${data.totalIsLowerBound ? 'Almeno ' : ''}${plural(total, 'articolo trovato', 'articoli trovati')} per «${q}»`
        + (total > size ? ` (${first}–${last})` : '') + '.';
    fill(understood, interpretation(data.query));
    renderChips();
    renderExports();
    fill(hitList, ...(data.hits ?? []).map((hit, i) => hitItem(hit, first + i)));
    if (total === 0) append(message, el('p', { class: 'empty' }, filterCount() > 0
      ? 'Nessun articolo con questi filtri: prova a toglierne qualcuno.'
      : 'Prova con meno parole, con un prefisso (Kazak*) o con la ricerca nell’altra lingua.'));
    renderPager(total, size, page);
    renderFacets(data.facets ?? {});
  }

  // --- what the query was understood as -------------------------------------------------------------------
  function interpretation(query) {
    if (!query) return null;
    const parts = [el('span', {}, 'Query in ', el('strong', {}, languageName(query.lang)),
      query.langDetected ? ' (lingua rilevata)' : ' (lingua scelta)')];
    if (query.cross === false) {
      parts.push(el('span', {}, 'senza traduzione'));
    } else if ((query.interpretations ?? []).length === 0) {
      parts.push(el('span', {}, 'nessuna traduzione dal lessico: le parole sono cercate come scritte in entrambe le lingue'));
    } else {
      for (const reading of query.interpretations) {
        const terms = reading.translations ?? [];
        parts.push(el('span', { class: 'translation' },
          el('q', {}, reading.source), ` (${reading.from}\u2192${reading.to}) \u2192 `,
          terms.map((t, i) => [i > 0 ? ', ' : '', el('span', {
            class: 'term', title: `peso ${Number(t.weight).toFixed(2)}`,
          }, t.phrase ? `"${t.term}"` : t.term)])));
      }
    }
    return el('p', {}, el('span', { class: 'label' }, 'Interpretata come: '),
      parts.map((part, i) => [i > 0 ? ' · ' : '', part]));
  }

  // --- filters --------------------------------------------------------------------------------------------
  function filterCount() {
    return params.getAll('entity').length + ['from', 'to', 'mentioned_from', 'mentioned_to']
      .filter(key => params.get(key)).length;
  }

  function renderChips() {
    const items = [];
    for (const value of params.getAll('entity')) {
      const { type, name } = parseEntityFilter(value);
      items.push(chip(type ? `${entityTypeName(type)}: ${name}` : `Entità: ${name}`,
        next => removeValue(next, 'entity', value)));
    }
    const published = rangeLabel(params.get('from'), params.get('to'));
    if (published) items.push(chip(`Pubblicati ${published}`, next => { next.delete('from'); next.delete('to'); }));
    const mentioned = rangeLabel(params.get('mentioned_from'), params.get('mentioned_to'));
    if (mentioned) {
      items.push(chip(`Citano date ${mentioned}`, next => { next.delete('mentioned_from'); next.delete('mentioned_to'); }));
    }
    fill(chips, chipList('active-filters', items, () => {
      go(withChange(next => {
        for (const key of ['entity', 'from', 'to', 'mentioned_from', 'mentioned_to']) next.delete(key);
      }));
      resultsHeading.focus();
    }));
  }

  function chip(label, remove) {
    return chipWidget(label, () => { go(withChange(remove)); resultsHeading.focus(); });
  }

  function renderExports() {
    fill(exports, exportLinks('/api/search', params, 'fonti-ricerca', apiUrl));
  }

  // --- hits -----------------------------------------------------------------------------------------------
  function hitItem(hit, rank) {
    const headingId = `hit-${rank}`;
    const title = hit.title || hit.id;
    const q = params.get('q');
    const docLink = at => hashFor(`doc/${encodeURIComponent(hit.id)}`, at === undefined ? { q } : { q, at });
    const lang = /^[a-z]{2}$/.test(hit.lang ?? '') ? hit.lang : null;
    return el('li', { class: 'hit' },
      el('article', { 'aria-labelledby': headingId },
        el('h3', { id: headingId }, el('a', { href: docLink() }, title)),
        el('p', { class: 'meta' }, metaLine(hit)),
        el('ul', { class: 'passages' }, (hit.passages ?? []).map((passage, i) => el('li', { class: 'passage' },
          el('blockquote', { lang, cite: safeUrl(hit.url) },
            layered(passage.text, passage.start, [dateLayer(passage.dates), markLayer(passage.matches)])),
          el('div', { class: 'passage-tools' },
            copyButton(citationOf(passage, hit), `passo ${i + 1} di «${title}»`),
            el('a', { href: docLink(passage.start), class: 'open-in-text' }, 'Apri nel testo',
              hidden(` \u2014 passo ${i + 1} di «${title}»`))))))));
  }

  function renderPager(total, size, page) {
    fill(pager, pagerItems(total, size, page,
      n => hashFor('search', withChange(next => next.set('page', n))),
      () => requestAnimationFrame(() => resultsHeading.focus())));
  }

  // --- facets ---------------------------------------------------------------------------------------------
  function renderFacets(data) {
    fill(facets, el('h2', { id: 'facets-heading' }, 'Filtra i risultati'));
    const apply = change => { go(withChange(change)); resultsHeading.focus(); };
    const active = new Set(params.getAll('entity'));
    for (const { type, many } of ENTITY_TYPES) {
      append(facets, facetGroup({
        id: `entity-${type}`, title: many, values: data.entities?.[type],
        keyOf: value => `${type}:${value}`,
        isActive: key => active.has(key),
        toggle: key => apply(next => (active.has(key) ? removeValue(next, 'entity', key) : next.append('entity', key))),
      }));
    }
    const from = params.get('from');
    const to = params.get('to');
    const only = value => from === value && to === value;
    append(facets, facetGroup({
      id: 'years', title: 'Anno di pubblicazione', values: data.years, isActive: only,
      toggle: year => apply(next => setRange(next, 'from', 'to', only(year) ? '' : year)),
    }));
    const chosenYear = from && from === to && /^\d{4}$/.test(from) ? from : null;
    if (chosenYear) {
      append(facets, facetGroup({
        id: 'months', title: `Mese (${chosenYear})`, labelOf: humanDate, isActive: only,
        values: (data.months ?? []).filter(m => m.value.startsWith(`${chosenYear}-`)),
        toggle: month => apply(next => setRange(next, 'from', 'to', month)),
      }));
    }
    const mentionedOnly = value => params.get('mentioned_from') === value && params.get('mentioned_to') === value;
    append(facets, facetGroup({
      id: 'mentioned', title: 'Anni citati nel testo', values: data.mentionedYears, isActive: mentionedOnly,
      toggle: year => apply(next => setRange(next, 'mentioned_from', 'mentioned_to', mentionedOnly(year) ? '' : year)),
    }));
    append(facets, dateRangeForm());
  }

  function dateRangeForm() {
    const fromInput = el('input', {
      id: 'filter-from', name: 'from', inputmode: 'numeric', pattern: DATE_PATTERN, placeholder: 'AAAA[-MM[-GG]]',
      value: params.get('from') ?? '', size: 11,
    });
    const toInput = el('input', {
      id: 'filter-to', name: 'to', inputmode: 'numeric', pattern: DATE_PATTERN, placeholder: 'AAAA[-MM[-GG]]',
      value: params.get('to') ?? '', size: 11,
    });
    return el('form', {
      class: 'facet-group date-range', 'aria-labelledby': 'facet-period',
      onsubmit: event => {
        event.preventDefault();
        go(withChange(next => {
          setOrDelete(next, 'from', fromInput.value.trim());
          setOrDelete(next, 'to', toInput.value.trim());
        }));
      },
    }, el('h3', { id: 'facet-period' }, 'Periodo di pubblicazione'),
    el('div', { class: 'range-row' },
      el('span', {}, el('label', { for: 'filter-from' }, 'dal'), fromInput),
      el('span', {}, el('label', { for: 'filter-to' }, 'al'), toInput)),
    el('button', { type: 'submit' }, 'Applica il periodo'));
  }

  return {
    root,
    update,
    focusTarget: () => (params.get('q') ? resultsHeading : queryInput),
    dispose: () => request.abort(),
  };
}

/** Passage dates read "lo scorso 10 maggio (2022-05-10)": the words as written, then their value. */
function dateLayer(dates) {
  return {
    ranges: dates ?? [],
    wrap: date => el('time', { class: 'date', datetime: date.value, title: `data: ${humanDate(date.value)}` }),
    after: date => el('span', { class: 'date-value' }, ` (${date.value})`),
  };
}

function metaLine(hit) {
  const parts = [publicationDate(hit.date, hit.dateInferred)];
  if (hit.source) parts.push(el('span', { class: 'source' }, hit.source));
  if (hit.lang) parts.push(el('span', { class: 'lang' }, languageName(hit.lang)));
  if (hit.url) parts.push(externalLink(hit.url, hostOf(hit.url)));
  return parts.map((part, i) => [i > 0 ? ' · ' : '', part]);
}

export function hostOf(url) {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function rangeLabel(from, to) {
  if (!from && !to) return null;
  if (from && from === to) return `nel ${humanDate(from)}`.replace(/^nel (\d{1,2}) /, 'il $1 ');
  if (from && to) return `dal ${humanDate(from)} al ${humanDate(to)}`;
  return from ? `dal ${humanDate(from)}` : `fino al ${humanDate(to)}`;
}

function setRange(params, fromKey, toKey, value) {
  setOrDelete(params, fromKey, value);
  setOrDelete(params, toKey, value);
}

function syntaxHelp() {
  const rows = [
    ['droni Kazakistan', 'tutte le parole, in ogni forma (drone = droni, Erdogan = Erdoğan)'],
    ['"dichiarazione congiunta"', 'le parole in quest’ordine'],
    ['Tokayev OR Zenith, Erdogan NOT Zenith, +Anka -Bayraktar', 'logica booleana'],
    ['Kazak*, Tokaiev~', 'prefisso; parola simile (fino a due lettere diverse)'],
    ['person:, org:, place:, title:, lang:it', 'campi'],
  ];
  return el('details', { class: 'syntax' },
    el('summary', { id: 'syntax-help-summary' }, 'Come scrivere la query'),
    el('table', {}, el('tbody', {}, rows.map(([example, meaning]) =>
      el('tr', {}, el('td', {}, el('code', {}, example)), el('td', {}, meaning))))));
}

function introduction() {
  return el('section', { class: 'intro', 'aria-label': 'Come funziona' },
    el('p', {}, 'Fonti cerca negli articoli in italiano e in inglese e mostra le frasi che rispondono, ',
      'con le parole trovate evidenziate. Ogni passo è il testo dell’articolo carattere per carattere: ',
      'si può citare così com’è, con titolo, testata, data e indirizzo.'),
    el('p', {}, 'Persone, organizzazioni, luoghi e anni diventano filtri; nella sezione ',
      el('a', { href: '#/quotes' }, 'Citazioni'), ' si cercano le dichiarazioni virgolettate per chi le ha fatte.'));
}
