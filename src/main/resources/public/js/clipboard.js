// Copying citations: the async clipboard where the browser allows it, otherwise the citation selected in a
// visible text box (copied with execCommand when that still works, or by the reader with Ctrl+C).
import { el, hidden } from './dom.js';
import { citationText } from './format.js';

let clearTimer = null;

/** Says something in the page's live status line (read by screen readers, visible to everyone). */
export function announce(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  status.hidden = false;
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => { status.hidden = true; status.textContent = ''; }, 8000);
}

export async function copyText(text) {
  if (navigator.clipboard?.writeText && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      announce(`Citazione copiata negli appunti: ${text}`);
      return 'clipboard';
    } catch {
      // Permission refused or the page not focused: the text box below still lets the reader copy.
    }
  }
  showFallback(text);
  return 'fallback';
}

function showFallback(text) {
  const panel = document.getElementById('copy-fallback');
  const area = panel.querySelector('textarea');
  const invoker = document.activeElement;
  area.value = text;
  panel.hidden = false;
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) {
    // The older copy command worked: the box is not needed, the reader goes on from the button.
    panel.hidden = true;
    invoker?.focus?.();
    announce(`Citazione copiata negli appunti: ${text}`);
  } else {
    announce(`Citazione selezionata nel riquadro: premi Ctrl+C per copiarla: ${text}`);
  }
}

export function setUpFallbackPanel() {
  const panel = document.getElementById('copy-fallback');
  panel.querySelector('button').addEventListener('click', () => { panel.hidden = true; });
}

/** A "copy citation" button; `context` tells screen-reader users which passage it copies. */
export function copyButton(citation, context) {
  return el('button', {
    type: 'button', class: 'copy', title: citationText(citation),
    onclick: () => copyText(citationText(citation)),
  }, 'Copia citazione', context ? hidden(` \u2014 ${context}`) : null);
}
