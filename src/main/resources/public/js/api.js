// The workbench's only way to the server: GET requests on the JSON API, errors as ApiError.

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.detail || body?.error || `il server ha risposto ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** URLSearchParams from an object or URLSearchParams; arrays repeat a key, empty values are left out. */
export function toSearchParams(params) {
  const result = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params ?? {});
  for (const [key, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') result.append(key, String(item));
    }
  }
  return result;
}

export function apiUrl(path, params) {
  const query = toSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

export async function getJson(path, params, signal) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { error: 'offline', detail: 'il server di Fonti non risponde' });
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/**
 * Runs one request at a time per owner: a newer call aborts the older one, so a slow answer to an old query
 * never overwrites the answer to the new one.
 */
export class LatestRequest {
  #controller = null;

  async get(path, params) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const body = await getJson(path, params, controller.signal);
    if (controller.signal.aborted) throw new DOMException('superseded', 'AbortError');
    return body;
  }

  abort() {
    this.#controller?.abort();
    this.#controller = null;
  }
}

export const isAbort = error => error?.name === 'AbortError';
