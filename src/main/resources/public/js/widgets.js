// Pieces the search and quotes views share: facet lists, removable filter chips, page links, route parameters.
import { el, fill, hidden } from './dom.js';
import { isAbort } from './api.js';

export const MAX_PAGE = 1000;

/** Page numbers to offer: the first, the last, two either side of the current one; null for a gap. */
export function pageWindow(page, pages) {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter(n => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]));
}

/** Page links for `total` results; `hrefFor(n)` is page n's route, `onFollow` runs when one is followed. */
export function pagerItems(total, size, page, hrefFor, onFollow) {
  const pages = Math.min(Math.ceil(total / size), MAX_PAGE);
  if (pages <= 1) return null;
  const link = (n, label, extra = {}) => el('a', { href: hrefFor(n), onclick: onFollow, ...extra }, label);
  const items = [];
  if (page > 1) items.push(link(page - 1, '\u2190 Precedente', { rel: 'prev' }));
  for (const n of pageWindow(page, pages)) {
    if (n === null) items.push(el('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    else if (n === page) items.push(el('a', { href: hrefFor(n), 'aria-current': 'page' }, hidden('Pagina '), String(n)));
    else items.push(link(n, [hidden('Pagina '), String(n)]));
  }
  if (page < pages) items.push(link(page + 1, 'Successiva \u2192', { rel: 'next' }));
  return el('ul', {}, items.map(item => el('li', {}, item)));
}

/** A filter shown as a chip with a button that removes it. */
export function chip(label, onRemove) {
  return el('span', { class: 'chip' }, el('span', {}, label),
    el('button', {
      type: 'button', class: 'chip-remove', 'aria-label': `Togli il filtro ${label}`, title: 'Togli il filtro',
      onclick: onRemove,
    }, '\u00d7'));
}

export function chipList(id, items, onRemoveAll) {
  if (items.length === 0) return null;
  return [el('span', { class: 'label', id }, 'Filtri attivi:'),
    el('ul', { 'aria-labelledby': id }, items.map(item => el('li', {}, item))),
    items.length > 1 ? el('button', { type: 'button', class: 'link-button', onclick: onRemoveAll }, 'Togli tutti') : null];
}

/**
 * A facet: buttons, one per value, pressed when that value filters the results.
 * `values` are `{value, count}`; `keyOf(value)` is the filter's value; `labelOf(value)` its text.
 */
export function facetGroup({ id, title, values, keyOf = v => v, labelOf = v => v, isActive, toggle }) {
  if (!values || values.length === 0) return null;
  const headingId = `facet-${id}`;
  return el('section', { class: 'facet-group', 'aria-labelledby': headingId },
    el('h3', { id: headingId }, title),
    el('ul', {}, values.map(({ value, count }) => {
      const key = keyOf(value);
      return el('li', {}, el('button', {
        type: 'button', class: 'facet', 'aria-pressed': String(isActive(key)), dataset: { value: key },
        onclick: () => toggle(key),
      }, el('span', { class: 'facet-name' }, labelOf(value)),
      el('span', { class: 'facet-count' }, String(count), hidden(count === 1 ? ' risultato' : ' risultati'))));
    })));
}

export function setOrDelete(params, key, value) {
  if (value) params.set(key, value);
  else params.delete(key);
}

export function removeValue(params, key, value) {
  const kept = params.getAll(key).filter(v => v !== value);
  params.delete(key);
  for (const v of kept) params.append(key, v);
}

/** The export links for an API route with the current parameters: the server streams every result. */
export function exportLinks(path, params, filePrefix, apiUrl) {
  const base = new URLSearchParams(params);
  base.delete('page');
  base.delete('size');
  const link = (format, label) => {
    const withFormat = new URLSearchParams(base);
    withFormat.set('format', format);
    return el('a', { href: apiUrl(path, withFormat), download: true, class: `export-${format}` }, label);
  };
  return [el('span', { class: 'label' }, 'Esporta le citazioni: '), link('csv', 'CSV'), ' · ', link('jsonl', 'JSON Lines'),
    el('span', { class: 'small' }, ' (tutti i risultati)')];
}

/** Loads one page of results into a view: marks it busy, asks the API, then hands over the data or the error. */
export async function loadPage({ request, path, params, pageSize, results, count, message, onData, onError }) {
  results.setAttribute('aria-busy', 'true');
  count.textContent = 'Ricerca in corso…';
  fill(message);
  const apiParams = new URLSearchParams(params);
  if (!apiParams.has('size')) apiParams.set('size', pageSize);
  let data;
  try {
    data = await request.get(path, apiParams);
  } catch (error) {
    if (isAbort(error)) return;
    results.removeAttribute('aria-busy');
    onError(error);
    return;
  }
  results.removeAttribute('aria-busy');
  onData(data);
}
