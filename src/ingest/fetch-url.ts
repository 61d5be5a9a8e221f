/**
 * Fetching one web address: the only network I/O in the project, and only when the user names
 * a URL as an input. Bounded in time, size and redirects; every hop's addresses are checked as
 * they are resolved (so a redirect or DNS answer cannot lead into the local network).
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { privateAddressProblem } from "./private-network.js";
import { decodeHttpBody } from "./http-message.js";

/** The whole fetch, redirects included, must finish within this. */
export const FETCH_TIMEOUT_MS = 20_000;
/** The most bytes read from the wire, and the most a compressed body may expand to. */
export const MAX_FETCH_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
const USER_AGENT = "storyline/0.1 (news analysis; +https://github.com/)";

export interface FetchOptions {
  /** Allow loopback, private, link-local and unique-local addresses (off by default). */
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Which addresses are refused; the private-network policy unless a test replaces it. */
  addressProblem?: (address: string) => string | null;
}

export interface Fetched {
  /** The address the body came from, after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  /** The body, content encoding undone. */
  body: Buffer;
}

class FetchProblem extends Error {}

/** Fetches a URL; never throws: a problem is returned as a message for the user. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched | { problem: string }> {
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetchOnce(current, opts, deadline, timeoutMs);
      if (res.status >= 300 && res.status < 400 && res.headers.location) {
        if (hop >= (opts.maxRedirects ?? MAX_REDIRECTS)) {
          return { problem: `more than ${opts.maxRedirects ?? MAX_REDIRECTS} redirects` };
        }
        current = new URL(res.headers.location, current).href;
        continue;
      }
      return { ...res, url: current };
    }
  } catch (err) {
    return { problem: err instanceof FetchProblem ? err.message : `cannot fetch (${(err as Error).message})` };
  }
}

function fetchOnce(
  url: string,
  opts: FetchOptions,
  deadline: number,
  timeoutMs: number,
): Promise<Omit<Fetched, "url">> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new FetchProblem(`not a valid URL: ${url}`));
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    return Promise.reject(new FetchProblem(`only http and https URLs are fetched (${target.protocol})`));
  }
  const refuse = opts.allowPrivateNetwork ? null : (opts.addressProblem ?? privateAddressProblem);
  const host = target.hostname.replace(/^\[(.*)\]$/, "$1");
  // Node connects to an IP literal without a lookup, so literals are checked here.
  const literal = isIP(host) && refuse ? refuse(host) : null;
  if (literal) return Promise.reject(new FetchProblem(refusal(url, literal)));
  const maxBytes = opts.maxBytes ?? MAX_FETCH_BYTES;
  const lookup: LookupFunction = (hostname, options, cb) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return cb(err, "", 0);
      const bad = refuse ? addresses.map((a) => refuse(a.address)).find(Boolean) : null;
      if (bad) return cb(new FetchProblem(refusal(url, bad)), "", 0);
      if (options.all) return (cb as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      cb(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  return new Promise((resolve, reject) => {
    // The first failure is the one to report: destroying the request makes later, vaguer ones.
    let failure: Error | null = null;
    const fail = (err: Error): void => {
      failure ??= err;
      clearTimeout(timer);
      req.destroy();
      reject(failure);
    };
    const client = target.protocol === "https:" ? https : http;
    const req = client.request(
      target,
      {
        lookup,
        headers: {
          "user-agent": USER_AGENT,
          accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(", ") : v;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          clearTimeout(timer);
          return resolve({ status, headers, body: Buffer.alloc(0) });
        }
        const declared = Number(headers["content-length"]);
        if (declared > maxBytes) {
          return fail(new FetchProblem(`page larger than ${maxBytes} bytes (${declared}); not fetched`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) fail(new FetchProblem(`page larger than ${maxBytes} bytes; stopped`));
          else chunks.push(c);
        });
        res.on("end", () => {
          clearTimeout(timer);
          // Node has undone the chunked transfer already.
          const { "transfer-encoding": _te, ...rest } = headers;
          const decoded = decodeHttpBody(rest, Buffer.concat(chunks), maxBytes);
          if ("problem" in decoded) fail(new FetchProblem(decoded.problem));
          else resolve({ status, headers, body: decoded.body });
        });
        res.on("error", fail);
      },
    );
    const timer = setTimeout(
      () => fail(new FetchProblem(`timed out after ${timeoutMs / 1000} s`)),
      Math.max(0, deadline - Date.now()),
    );
    req.on("error", fail);
    req.on("close", () => clearTimeout(timer));
    req.end();
  });
}

function refusal(url: string, why: string): string {
  return `refused: ${why} (${new URL(url).host}); pass --allow-private-network to fetch from the local network`;
}
