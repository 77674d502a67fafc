/**
 * fetch + JSON once per URL per page view, for the build-time data files the islands load (/stage-data/,
 * /compare-data/): concurrent and later callers share one request. `problem` inspects the body and names
 * what is wrong with it (a file of another kind, a stale deployment), or returns null; a problem, an HTTP
 * error or a network failure rejects, and the URL is forgotten, so the next call retries (offline, then
 * online again).
 */
const cache = new Map<string, Promise<unknown>>();

export function fetchJsonOnce<T>(url: string, problem: (body: T | null) => string | null): Promise<T> {
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      const body = (await r.json()) as T | null;
      const why = problem(body);
      if (why !== null || body === null) throw new Error(`${url}: ${why ?? "empty"}`);
      return body;
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
