import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchJsonOnce } from "./fetch-json-once";

type Doc = { id: string };
const isA = (body: Doc | null) => (body?.id === "a" ? null : "not a");

function stubFetch(...responses: Array<() => Response | Promise<Response>>) {
  const calls: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      calls.push(url);
      const next = responses.shift();
      if (!next) throw new Error("no more responses");
      return next();
    }),
  );
  return calls;
}
const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status });

afterEach(() => vi.unstubAllGlobals());

describe("fetchJsonOnce", () => {
  it("shares one request among concurrent and later callers", async () => {
    const calls = stubFetch(json({ id: "a" }));
    const [x, y] = await Promise.all([fetchJsonOnce("/one.json", isA), fetchJsonOnce("/one.json", isA)]);
    expect(await fetchJsonOnce("/one.json", isA)).toBe(x);
    expect(y).toBe(x);
    expect(x).toEqual({ id: "a" });
    expect(calls).toEqual(["/one.json"]);
  });

  it("rejects a body with a problem, an HTTP error and a network failure, and retries on the next call", async () => {
    const calls = stubFetch(
      json({ id: "b" }),
      json({}, 404),
      () => Promise.reject(new TypeError("Failed to fetch")),
      json(null),
      json({ id: "a" }),
    );
    await expect(fetchJsonOnce("/two.json", isA)).rejects.toThrow("/two.json: not a");
    await expect(fetchJsonOnce("/two.json", isA)).rejects.toThrow("/two.json: HTTP 404");
    await expect(fetchJsonOnce("/two.json", isA)).rejects.toThrow("Failed to fetch");
    await expect(fetchJsonOnce("/two.json", isA)).rejects.toThrow("/two.json: not a");
    expect(await fetchJsonOnce("/two.json", isA)).toEqual({ id: "a" });
    expect(calls).toHaveLength(5);
  });
});
