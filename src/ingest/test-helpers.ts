/** Test-only helpers: bytes of a text in a legacy encoding (TextEncoder only writes UTF-8). */
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  let t = tables.get(label);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(label, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const s = dec.decode(Uint8Array.from(bytes));
      if ([...s].length === 1 && !t!.has(s)) t!.set(s, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  for (let a = 0; a < 256; a++) add([a]);
  for (let a = 0x81; a < 256; a++) for (let b = 0x40; b < 256; b++) add([a, b]);
  tables.set(label, t);
  return t;
}

/** The bytes of `text` in the encoding `label`; throws on a character it cannot write. */
export function encodeLegacy(text: string, label: string): Buffer {
  const t = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const b = t.get(ch);
    if (!b) throw new Error(`${label} cannot encode ${JSON.stringify(ch)}`);
    out.push(...b);
  }
  return Buffer.from(out);
}
