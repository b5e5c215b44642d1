// DOM building without an HTML parser: every piece of data becomes a text node or an attribute value, so an
// article that contains markup (a title with <script>, a text with <b>) shows that markup as literal text.

/**
 * Creates an element. `props`: `class`, `text`, `dataset` (object), functions under `on…` names become event
 * listeners, everything else an attribute (true → present, false/null/undefined → absent). Children may be
 * nodes, strings (appended as text), arrays, or null/false (skipped).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return append(node, children);
}

/** Appends children as `el` takes them: nodes, strings as text, nested arrays; null, undefined and false skipped. */
export function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children (none: empties it). */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** Text only screen readers hear, for context a sighted reader gets from the layout. */
export function hidden(text) {
  return el('span', { class: 'visually-hidden' }, text);
}

/** The URL itself when it is http(s), so an article's `javascript:` or `data:` link never becomes a live href. */
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An external link that opens apart from the workbench and leaks nothing about it. */
export function externalLink(url, label) {
  const href = safeUrl(url);
  if (!href) return url ? el('span', { class: 'url' }, url) : null;
  return el('a', { href, class: 'url', rel: 'noopener noreferrer', target: '_blank' }, label ?? url,
    hidden(' (si apre in una nuova scheda)'));
}

/**
 * Renders `text` — whose first character sits at document offset `base` — with nested layers of highlighted
 * ranges. Each layer is `{ranges: [{start, end, …}], wrap(range) → Element, after?(range) → Node}` with
 * document offsets; the first layer is outermost. Within a layer, overlapping ranges are dropped (the earlier,
 * longer one wins); a range crossing an outer layer's boundary is split there, each piece wrapped separately.
 * The text is only ever sliced, never parsed: the concatenated text nodes equal `text` exactly.
 */
export function layered(text, base, layers) {
  const fragment = document.createDocumentFragment();
  const prepared = layers.map(layer => ({ ...layer, ranges: disjoint(layer.ranges ?? [], base, base + text.length) }));
  renderLayer(fragment, text, base, base, base + text.length, prepared, 0);
  return fragment;
}

function renderLayer(parent, text, base, from, to, layers, depth) {
  if (from >= to) return;
  if (depth === layers.length) {
    parent.append(document.createTextNode(text.slice(from - base, to - base)));
    return;
  }
  const layer = layers[depth];
  const ranges = layer.ranges;
  let position = from;
  for (let i = firstEndingAfter(ranges, from); i < ranges.length && ranges[i].start < to; i++) {
    const range = ranges[i];
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    renderLayer(parent, text, base, position, start, layers, depth + 1);
    const wrapper = layer.wrap(range);
    renderLayer(wrapper, text, base, start, end, layers, depth + 1);
    parent.append(wrapper);
    if (layer.after && end === range.end) {
      const after = layer.after(range);
      if (after) parent.append(after);
    }
    position = end;
  }
  renderLayer(parent, text, base, position, to, layers, depth + 1);
}

/** Ranges sorted, inside [min, max), not overlapping one another. */
function disjoint(ranges, min, max) {
  const sorted = ranges
    .filter(r => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start < r.end && r.start >= min && r.end <= max)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let reached = -Infinity;
  for (const range of sorted) {
    if (range.start >= reached) {
      kept.push(range);
      reached = range.end;
    }
  }
  return kept;
}

/** Index of the first range ending after `offset`; disjoint sorted ranges have sorted ends too. */
function firstEndingAfter(ranges, offset) {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `[[s, e], …]` match pairs as ranges that carry their index, for hit navigation. */
export function matchRanges(matches) {
  return (matches ?? []).map((m, index) => Array.isArray(m)
    ? { start: m[0], end: m[1], index }
    : { start: m.start, end: m.end, index });
}

export function markLayer(matches) {
  return {
    ranges: matchRanges(matches),
    wrap: range => el('mark', { dataset: { hit: range.index, start: range.start } }),
  };
}
