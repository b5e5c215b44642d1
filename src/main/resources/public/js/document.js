// One article: its text with entities, dates, quotations and the query's hits marked, a legend that also
// switches each kind of mark on and off, next/previous hit navigation, and side lists to jump and cite.
import { el, fill, append, hidden, layered, markLayer, externalLink } from './dom.js';
import { LatestRequest, isAbort } from './api.js';
import { publicationDate, languageName, ENTITY_TYPES, entityTypeName, citationOf, humanDate, plural } from './format.js';
import { copyButton } from './clipboard.js';

const SIMILAR_SIZE = 5;

const LEGEND = [
  { key: 'PER', label: 'Persona', swatch: 'entity PER' },
  { key: 'ORG', label: 'Organizzazione', swatch: 'entity ORG' },
  { key: 'LOC', label: 'Luogo', swatch: 'entity LOC' },
  { key: 'date', label: 'Data', swatch: 'date' },
  { key: 'quote', label: 'Citazione', swatch: 'quote' },
  { key: 'hit', label: 'Parola cercata', swatch: 'match' },
];

export function createDocumentView({ navigate, hashFor, lastSearch }, id) {
  const matchesRequest = new LatestRequest();
  const similarRequest = new LatestRequest();
  const documentRequest = new LatestRequest();
  let doc = null;
  let documentPromise = null;
  let params = new URLSearchParams();
  let matches = [];
  let currentHit = -1;
  let shownQuery = null;

  const heading = el('h1', { tabindex: '-1' }, 'Articolo');
  const back = el('nav', { class: 'breadcrumbs', 'aria-label': 'Percorso' });
  const meta = el('div', { class: 'doc-meta' });
  const message = el('div', { class: 'message' });
  const textBox = el('div', { class: 'doc-text', id: 'doc-text' });
  const side = el('aside', { class: 'doc-side', 'aria-label': 'Nell’articolo' });

  const findInput = el('input', { id: 'doc-q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false' });
  const position = el('span', { class: 'hit-position', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const previous = el('button', {
    type: 'button', class: 'hit-prev', 'aria-keyshortcuts': 'p', 'aria-controls': 'doc-text',
    onclick: () => step(-1),
  }, '\u2190 Precedente');
  const next = el('button', {
    type: 'button', class: 'hit-next', 'aria-keyshortcuts': 'n', 'aria-controls': 'doc-text',
    onclick: () => step(1),
  }, 'Successiva \u2192');
  const findForm = el('form', {
    class: 'find-form', role: 'search', 'aria-label': 'Cerca nell’articolo',
    onsubmit: event => {
      event.preventDefault();
      const q = findInput.value.trim();
      if (q === (params.get('q') ?? '')) {
        step(1); // Enter on the same words goes to the next hit, as in a browser's find bar
        return;
      }
      const nextParams = new URLSearchParams(params);
      nextParams.delete('at');
      if (q) nextParams.set('q', q);
      else nextParams.delete('q');
      navigate(`doc/${encodeURIComponent(id)}`, nextParams);
    },
  }, el('label', { for: 'doc-q' }, 'Cerca nel testo'), findInput, el('button', { type: 'submit' }, 'Trova'));
  const hitNav = el('div', { class: 'hit-nav', role: 'group', 'aria-label': 'Occorrenze della ricerca' },
    previous, position, next, el('span', { class: 'small' }, 'tasti n e p'));

  const legend = el('fieldset', { class: 'legend' }, el('legend', {}, 'Legenda: mostra o nascondi'),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch match current', 'aria-hidden': 'true' }, 'Abc'),
      ' Occorrenza corrente'),
    LEGEND.map(item => {
      const box = el('input', {
        type: 'checkbox', id: `show-${item.key}`, checked: true,
        onchange: () => textBox.classList.toggle(`hide-${item.key}`, !box.checked),
      });
      return el('span', { class: 'legend-item' }, box,
        el('label', { for: `show-${item.key}` }, el('span', { class: `swatch ${item.swatch}`, 'aria-hidden': 'true' }, 'Abc'),
          ` ${item.label}`));
    }));

  const article = el('article', { class: 'document', 'aria-labelledby': 'doc-heading' },
    el('header', { class: 'doc-header' }, heading, meta),
    el('div', { class: 'doc-toolbar' }, findForm, hitNav, legend),
    message,
    el('div', { class: 'doc-body' },
      el('section', { class: 'doc-text-section', 'aria-label': 'Testo dell’articolo' }, textBox), side));
  heading.id = 'doc-heading';
  const root = el('div', { class: 'view view-doc' }, back, article);

  // n / p move between hits when the reader is not typing.
  const onKey = event => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest?.('input, textarea, select')) return;
    if (event.key === 'n') step(1);
    else if (event.key === 'p') step(-1);
  };
  document.addEventListener('keydown', onKey);

  async function update(nextParams) {
    params = nextParams;
    const q = params.get('q') ?? '';
    findInput.value = q;
    renderBack(q);
    try {
      documentPromise ??= documentRequest.get(`/api/documents/${encodeURIComponent(id)}`);
      doc = await documentPromise;
    } catch (error) {
      if (isAbort(error)) return;
      documentPromise = null;
      heading.textContent = error.status === 404 ? 'Articolo non trovato' : 'Articolo non disponibile';
      document.title = `${heading.textContent} — Fonti`;
      fill(message, el('p', { class: 'error', role: 'alert' }, error.message));
      return;
    }
    if (shownQuery === null) renderDocument();
    if (shownQuery !== q) {
      shownQuery = q;
      await loadMatches(q);
    }
    const at = Number.parseInt(params.get('at') ?? '', 10);
    if (Number.isInteger(at)) goToOffset(at);
  }

  function renderBack(q) {
    const searchHash = lastSearch?.();
    const link = searchHash ? el('a', { href: searchHash }, '\u2190 Torna ai risultati')
      : q ? el('a', { href: hashFor('search', { q }) }, `\u2190 Cerca «${q}» in tutti gli articoli`)
        : el('a', { href: '#/' }, '\u2190 Ricerca');
    fill(back, link);
  }

  function renderDocument() {
    const title = doc.title || doc.id;
    heading.textContent = title;
    document.title = `${title} — Fonti`;
    const lang = /^[a-z]{2}$/.test(doc.lang ?? '') ? doc.lang : null;
    if (lang) textBox.setAttribute('lang', lang);
    const facts = [publicationDate(doc.date, doc.dateInferred)];
    if (doc.source) facts.push(el('span', { class: 'source' }, doc.source));
    if (doc.lang) facts.push(languageName(doc.lang));
    if (doc.url) facts.push(externalLink(doc.url));
    const metadata = Object.entries(doc.metadata ?? {});
    fill(meta, 
      el('p', { class: 'meta' }, facts.map((part, i) => [i > 0 ? ' · ' : '', part])),
      el('p', { class: 'doc-id' }, 'Identificativo: ', el('code', {}, doc.id)),
      metadata.length ? el('dl', { class: 'metadata' }, metadata.map(([key, value]) =>
        [el('dt', {}, key), el('dd', {}, String(value))])) : null);
    renderSide();
  }

  function renderText() {
    const annotations = [
      ...(doc.entities ?? []).map(e => ({ ...e, kind: 'entity' })),
      ...(doc.dates ?? []).map(d => ({ ...d, kind: 'date' })),
    ];
    fill(textBox, layered(doc.text ?? '', 0, [
      {
        ranges: doc.quotations ?? [],
        wrap: quote => el('span', {
          class: 'quote', dataset: { start: quote.start },
          title: `Citazione${quote.speaker ? ` di ${quote.speaker}` : ''}${quote.cue ? ` (${quote.cue})` : ''}`,
        }),
      },
      {
        ranges: annotations,
        wrap: a => (a.kind === 'date'
          ? el('time', { class: 'date', datetime: a.value, title: `Data: ${humanDate(a.value)} (${a.value})` })
          : el('span', {
            class: `entity ${a.type}`, dataset: { canonical: a.canonical ?? a.text, type: a.type },
            title: `${entityTypeName(a.type)}: ${a.canonical ?? a.text}`,
          })),
      },
      markLayer(matches),
    ]));
  }

  async function loadMatches(q) {
    matches = [];
    currentHit = -1;
    hitNav.hidden = !q;
    fill(message);
    matchesRequest.abort(); // an answer for the words before must not mark the text after
    if (q) {
      position.textContent = 'Ricerca delle occorrenze…';
      try {
        const data = await matchesRequest.get(`/api/documents/${encodeURIComponent(id)}/matches`, { q });
        matches = data.matches ?? [];
      } catch (error) {
        if (isAbort(error)) return;
        append(message, el('p', { class: 'error', role: 'alert' },
          'Le occorrenze della ricerca non sono disponibili: ', error.message));
      }
    }
    renderText();
    if (q) {
      if (matches.length === 0) position.textContent = `Nessuna occorrenza di «${q}» nel testo`;
      else setCurrent(0, false);
    }
    previous.disabled = next.disabled = matches.length === 0;
  }

  function step(delta) {
    if (matches.length === 0) return;
    setCurrent((currentHit + delta + matches.length) % matches.length, true);
  }

  function setCurrent(index, scroll) {
    for (const mark of textBox.querySelectorAll('mark.current')) {
      mark.classList.remove('current');
      mark.removeAttribute('aria-current');
    }
    currentHit = index;
    const marks = [...textBox.querySelectorAll('mark')].filter(m => Number(m.dataset.hit) === index);
    for (const mark of marks) {
      mark.classList.add('current');
      mark.setAttribute('aria-current', 'true');
    }
    position.textContent = `Occorrenza ${index + 1} di ${matches.length}`;
    if (scroll && marks[0]) marks[0].scrollIntoView({ block: 'center' });
  }

  /** Shows the text at a document offset: the quotation starting there, the first hit from there, or the spot. */
  function goToOffset(offset) {
    const quote = [...textBox.querySelectorAll('.quote')].find(q => Number(q.dataset.start) === offset);
    const hit = matches.findIndex(m => m.start >= offset);
    if (hit >= 0) setCurrent(hit, !quote);
    if (quote) {
      jumpTo(quote);
      return;
    }
    if (hit >= 0) return;
    const walker = document.createTreeWalker(textBox, NodeFilter.SHOW_TEXT);
    let passed = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (passed + node.length > offset) {
        node.parentElement.scrollIntoView({ block: 'center' });
        return;
      }
      passed += node.length;
    }
  }

  function jumpTo(element) {
    element.scrollIntoView({ block: 'center' });
    element.classList.remove('flash');
    void element.offsetWidth; // restart the animation
    element.classList.add('flash');
  }

  /** A button that visits each mark of a kind in turn. */
  function cycleButton(label, context, find) {
    let visited = -1;
    return el('button', {
      type: 'button', class: 'link-button jump', 'aria-controls': 'doc-text',
      onclick: () => {
        const found = find();
        if (found.length === 0) return;
        visited = (visited + 1) % found.length;
        jumpTo(found[visited]);
      },
    }, label, hidden(context));
  }

  function renderSide() {
    fill(side);
    const quotations = doc.quotations ?? [];
    if (quotations.length) {
      append(side, el('section', { class: 'side-group', 'aria-labelledby': 'side-quotes' },
        el('h2', { id: 'side-quotes' }, `Citazioni (${quotations.length})`),
        el('ul', { class: 'side-quotes' }, quotations.map((quote, i) => el('li', {},
          el('blockquote', {}, `«${quote.text}»`),
          el('p', { class: 'attribution' }, quote.speaker ? el('strong', {}, quote.speaker) : 'Fonte non attribuita',
            quote.cue ? ` \u2014 ${quote.cue}` : ''),
          el('div', { class: 'passage-tools' },
            copyButton(citationOf(quote, doc), `citazione ${i + 1}`),
            cycleButton('Nel testo', ` \u2014 citazione ${i + 1}`,
              () => [...textBox.querySelectorAll('.quote')].filter(q => Number(q.dataset.start) === quote.start))))))));
    }
    const entities = doc.entities ?? [];
    for (const { type, many } of ENTITY_TYPES) {
      const counts = new Map();
      for (const entity of entities.filter(e => e.type === type)) {
        const name = entity.canonical ?? entity.text;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      if (counts.size === 0) continue;
      const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'it'));
      append(side, el('section', { class: 'side-group', 'aria-labelledby': `side-${type}` },
        el('h2', { id: `side-${type}` }, `${many} (${counts.size})`),
        el('ul', { class: 'side-entities' }, sorted.map(([name, n]) => el('li', {},
          el('span', { class: `swatch entity ${type}`, 'aria-hidden': 'true' }),
          cycleButton(name, ` \u2014 ${plural(n, 'menzione', 'menzioni')}, vai alla prossima`,
            () => [...textBox.querySelectorAll('.entity')].filter(e => e.dataset.type === type && e.dataset.canonical === name)),
          el('span', { class: 'facet-count', 'aria-hidden': 'true' }, String(n)),
          type === 'PER' ? el('a', { href: hashFor('quotes', { speaker: name }), class: 'small' }, 'citazioni',
            hidden(` di ${name}`)) : null)))));
    }
    const dates = doc.dates ?? [];
    if (dates.length) {
      append(side, el('section', { class: 'side-group', 'aria-labelledby': 'side-dates' },
        el('h2', { id: 'side-dates' }, `Date (${dates.length})`),
        el('ul', { class: 'side-dates' }, dates.map(date => el('li', {},
          cycleButton(date.text, ` \u2014 vai alla data nel testo`,
            () => [...textBox.querySelectorAll('time.date')].filter(t => t.getAttribute('datetime') === date.value)),
          ' \u2192 ', el('time', { datetime: date.value }, date.value))))));
    }
    const similar = el('section', { class: 'side-group', 'aria-labelledby': 'side-similar', hidden: true },
      el('h2', { id: 'side-similar' }, 'Articoli simili'));
    append(side, similar);
    similarRequest.get(`/api/documents/${encodeURIComponent(id)}/similar`, { size: SIMILAR_SIZE }).then(data => {
      const hits = data.hits ?? [];
      if (hits.length === 0) return;
      append(similar, el('ul', {}, hits.map(hit => el('li', {},
        el('a', { href: hashFor(`doc/${encodeURIComponent(hit.id)}`, null) }, hit.title || hit.id),
        hit.date ? [' \u00b7 ', el('time', { datetime: hit.date }, humanDate(hit.date))] : null))));
      similar.hidden = false;
    }).catch(() => {}); // an optional panel: without it the article is still complete
  }

  return {
    root,
    update,
    focusTarget: () => heading,
    dispose: () => {
      document.removeEventListener('keydown', onKey);
      for (const r of [matchesRequest, similarRequest, documentRequest]) r.abort();
    },
  };
}
