// Fonti's web workbench: hash routes over the JSON API.
//   #/search?q=…&lang=…&entity=…   articles (also #/ )
//   #/doc/{id}?q=…&at=…           one article with its annotations and the query's hits
//   #/quotes?q=…&speaker=…        quotations
import { el, fill } from './js/dom.js';
import { setUpFallbackPanel } from './js/clipboard.js';
import { createSearchView } from './js/search.js';
import { createDocumentView } from './js/document.js';
import { createQuotesView } from './js/quotes.js';

const main = document.getElementById('main');
let current = null; // {kind, key, view}

export function hashFor(path, params) {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${path}${query ? `?${query}` : ''}`;
}

/** Goes to a route; the same route again re-runs it (a repeated search refreshes its results). */
export function navigate(path, params) {
  const hash = hashFor(path, params);
  if (location.hash === hash) route();
  else location.hash = hash;
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  let segments;
  try {
    segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    segments = [path];
  }
  return { segments, params };
}

let lastSearchHash = null;
const context = { navigate, hashFor, lastSearch: () => lastSearchHash };

function resolve({ segments, params }) {
  const [first, ...rest] = segments;
  if (!first || first === 'search') return { kind: 'search', key: 'search', params, create: () => createSearchView(context) };
  if (first === 'quotes') return { kind: 'quotes', key: 'quotes', params, create: () => createQuotesView(context) };
  if (first === 'doc' && rest.length === 1) {
    return { kind: 'search', key: `doc/${rest[0]}`, params, create: () => createDocumentView(context, rest[0]) };
  }
  return { kind: null, key: 'missing', params, create: () => notFoundView() };
}

function notFoundView() {
  const root = el('section', { class: 'view' },
    el('h1', { tabindex: '-1' }, 'Pagina non trovata'),
    el('p', {}, 'Questo indirizzo non corrisponde a nessuna vista. ', el('a', { href: '#/' }, 'Torna alla ricerca'), '.'));
  return { root, update() {}, focusTarget: () => root.querySelector('h1') };
}

function route() {
  const target = resolve(parseHash());
  if (target.key === 'search' && target.params.get('q')) lastSearchHash = location.hash;
  const changedView = current?.key !== target.key;
  if (changedView) {
    current?.view.dispose?.();
    current = { key: target.key, view: target.create() };
    fill(main, current.view.root);
  }
  for (const link of document.querySelectorAll('.site-header nav a')) {
    if (link.dataset.section === target.kind) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  current.view.update(target.params);
  // A new view takes the focus so keyboard and screen-reader users start at its top; an update in the same view
  // (a new search, a facet) leaves the focus where the reader is.
  if (changedView && document.readyState !== 'loading' && routedOnce) current.view.focusTarget?.()?.focus();
  routedOnce = true;
}
let routedOnce = false;

document.querySelector('[data-skip]').addEventListener('click', event => {
  event.preventDefault(); // #main would be read as a route
  main.focus();
});
setUpFallbackPanel();
window.addEventListener('hashchange', route);
route();
