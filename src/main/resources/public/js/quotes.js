// Quotations: what was said, by whom, where. Words and speaker are both optional (a speaker alone lists
// everything they said); the route's query string is the API's.
import { el, fill, append, layered, markLayer } from './dom.js';
import { LatestRequest, apiUrl } from './api.js';
import { publicationDate, languageName, citationOf, plural, humanDate } from './format.js';
import { copyButton } from './clipboard.js';
import { chip, chipList, exportLinks, facetGroup, loadPage, pagerItems, setOrDelete } from './widgets.js';

const PAGE_SIZE = 20;
const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const FILTERS = ['speaker', 'from', 'to', 'lang'];

export function createQuotesView({ navigate, hashFor }) {
  const request = new LatestRequest();
  let params = new URLSearchParams();

  const go = next => {
    next.delete('page');
    navigate('quotes', next);
  };
  const withChange = change => {
    const next = new URLSearchParams(params);
    change(next);
    return next;
  };

  const queryInput = el('input', { id: 'quotes-q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'es. partenariato, cooperazione' });
  const speakerInput = el('input', { id: 'quotes-speaker', name: 'speaker', autocomplete: 'off', placeholder: 'es. Erdoğan' });
  const langSelect = el('select', { id: 'quotes-lang', name: 'lang' },
    el('option', { value: '' }, 'tutte'), el('option', { value: 'it' }, 'italiano'), el('option', { value: 'en' }, 'inglese'));
  const fromInput = el('input', { id: 'quotes-from', name: 'from', pattern: DATE_PATTERN, placeholder: 'AAAA[-MM[-GG]]', size: 11 });
  const toInput = el('input', { id: 'quotes-to', name: 'to', pattern: DATE_PATTERN, placeholder: 'AAAA[-MM[-GG]]', size: 11 });

  const form = el('form', {
    class: 'search-form', role: 'search', 'aria-label': 'Cerca tra le citazioni',
    onsubmit: event => {
      event.preventDefault();
      go(withChange(next => {
        setOrDelete(next, 'q', queryInput.value.trim());
        setOrDelete(next, 'speaker', speakerInput.value.trim());
        setOrDelete(next, 'lang', langSelect.value);
        setOrDelete(next, 'from', fromInput.value.trim());
        setOrDelete(next, 'to', toInput.value.trim());
      }));
    },
  },
  el('label', { for: 'quotes-q', class: 'query-label' }, 'Parole nella citazione'),
  el('div', { class: 'query-row' }, queryInput, el('button', { type: 'submit', class: 'primary' }, 'Cerca citazioni')),
  el('div', { class: 'options' },
    el('span', { class: 'option' }, el('label', { for: 'quotes-speaker' }, 'Chi parla'), speakerInput),
    el('span', { class: 'option' }, el('label', { for: 'quotes-lang' }, 'Lingua'), langSelect),
    el('span', { class: 'option' }, el('label', { for: 'quotes-from' }, 'Pubblicate dal'), fromInput),
    el('span', { class: 'option' }, el('label', { for: 'quotes-to' }, 'al'), toInput)));

  const count = el('p', { class: 'count', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const chips = el('div', { class: 'chips' });
  const exports = el('p', { class: 'exports' });
  const message = el('div', { class: 'message' });
  const list = el('ol', { class: 'quote-hits' });
  const pager = el('nav', { class: 'pager', 'aria-label': 'Pagine delle citazioni' });
  const resultsHeading = el('h2', { id: 'quotes-heading', class: 'visually-hidden', tabindex: '-1' }, 'Citazioni trovate');
  const results = el('section', { class: 'results', 'aria-labelledby': 'quotes-heading' },
    resultsHeading, count, chips, exports, message, list, pager);
  const facets = el('aside', { class: 'facets', 'aria-labelledby': 'quotes-facets-heading' });
  const root = el('div', { class: 'view view-quotes' },
    el('h1', { tabindex: '-1', class: 'view-title' }, 'Citazioni'),
    el('p', { class: 'lead' }, 'Le frasi tra virgolette negli articoli, con chi le ha dette e come l’articolo le introduce.'),
    form, el('div', { class: 'layout' }, facets, results));

  function update(next) {
    params = next;
    queryInput.value = params.get('q') ?? '';
    speakerInput.value = params.get('speaker') ?? '';
    langSelect.value = ['it', 'en'].includes(params.get('lang')) ? params.get('lang') : '';
    fromInput.value = params.get('from') ?? '';
    toInput.value = params.get('to') ?? '';
    const what = [params.get('q'), params.get('speaker')].filter(Boolean).join(', ');
    document.title = what ? `Citazioni: ${what} — Fonti` : 'Citazioni — Fonti';
    load();
  }

  function load() {
    return loadPage({ request, path: '/api/quotes', params, pageSize: PAGE_SIZE, results, count, message,
      onData: render,
      onError: error => {
        count.textContent = 'Nessuna citazione';
        for (const part of [chips, exports, list, pager, facets]) fill(part);
        append(message, el('p', { class: 'error', role: 'alert' }, 'La ricerca non è riuscita: ', error.message));
      } });
  }

  function render(data) {
    const total = data.total ?? 0;
    const size = data.size || PAGE_SIZE;
    const page = data.page || 1;
    const first = (page - 1) * size + 1;
    count.textContent = total === 0 ? 'Nessuna citazione trovata.'
      : `${data.totalIsLowerBound ? 'Almeno ' : ''}${plural(total, 'citazione trovata', 'citazioni trovate')}`
        + (total > size ? ` (${first}–${Math.min(total, page * size)})` : '') + '.';
    renderChips();
    fill(exports, total > 0 ? exportLinks('/api/quotes', params, 'fonti-citazioni', apiUrl) : null);
    fill(list, ...(data.hits ?? []).map((hit, i) => quoteItem(hit, first + i)));
    fill(pager, pagerItems(total, size, page,
      n => hashFor('quotes', withChange(next => next.set('page', n))),
      () => requestAnimationFrame(() => resultsHeading.focus())));
    const speaker = params.get('speaker');
    fill(facets, el('h2', { id: 'quotes-facets-heading' }, 'Filtra'), facetGroup({
      id: 'speakers', title: 'Chi parla', values: data.facets?.speakers,
      isActive: value => value === speaker,
      toggle: value => { go(withChange(next => setOrDelete(next, 'speaker', value === speaker ? '' : value))); resultsHeading.focus(); },
    }));
  }

  function renderChips() {
    const labels = {
      speaker: v => `Chi parla: ${v}`, lang: v => `Lingua: ${languageName(v)}`,
      from: v => `Dal ${humanDate(v)}`, to: v => `Fino al ${humanDate(v)}`,
    };
    const items = FILTERS.filter(key => params.get(key)).map(key => chip(labels[key](params.get(key)), () => {
      go(withChange(next => next.delete(key)));
      resultsHeading.focus();
    }));
    fill(chips, chipList('quotes-active-filters', items, () => {
      go(withChange(next => FILTERS.forEach(key => next.delete(key))));
      resultsHeading.focus();
    }));
  }

  function quoteItem(hit, rank) {
    const title = hit.title || hit.documentId;
    const q = params.get('q');
    const docParams = q ? { q, at: hit.start } : { at: hit.start };
    const lang = /^[a-z]{2}$/.test(hit.lang ?? '') ? hit.lang : null;
    const citation = citationOf(hit, { ...hit, id: hit.documentId });
    return el('li', { class: 'quote-hit' }, el('figure', {},
      el('blockquote', { lang }, '«', layered(hit.text ?? '', hit.start ?? 0, [markLayer(hit.matches)]), '»'),
      el('figcaption', {},
        hit.speaker ? el('strong', { class: 'speaker' }, hit.speaker) : el('span', { class: 'speaker unknown' }, 'fonte non attribuita'),
        hit.cue ? el('span', { class: 'cue' }, ` \u2014 ${hit.cue}`) : null,
        el('br'),
        'in ', el('a', { href: hashFor(`doc/${encodeURIComponent(hit.documentId)}`, docParams) }, title),
        ' · ', publicationDate(hit.date, hit.dateInferred),
        hit.source ? [' · ', el('span', { class: 'source' }, hit.source)] : null),
      el('div', { class: 'passage-tools' }, copyButton(citation, `citazione ${rank}${hit.speaker ? ` di ${hit.speaker}` : ''}`))));
  }

  return {
    root,
    update,
    focusTarget: () => root.querySelector('h1'),
    dispose: () => request.abort(),
  };
}
