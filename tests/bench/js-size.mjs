// JavaScript sizes of the production build in dist/: the first-load set (the entry chunk and everything
// it imports statically, plus what index.html preloads) and the total. Sizes are gzip (level 9, like a
// static host's precompressed files), in bytes. Deterministic: it reads files, it times nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Static imports of an ES module chunk (minified: `import{a}from"./x.js"`, `import"./x.js"`), not `import()`. */
export function staticImports(code) {
  const out = new Set();
  const re = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.add(m[1]);
  return [...out];
}

/** Entry scripts and module preloads named by an index.html (paths relative to it). */
export function htmlScripts(html) {
  const out = new Set();
  for (const m of html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) out.add(m[1]);
  return [...out];
}

export function jsSizes(dist = join(process.cwd(), 'dist')) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const norm = (p) => posix.normalize(p.replace(/^\.\//, ''));
  const first = new Set();
  const queue = htmlScripts(html).map(norm);
  while (queue.length > 0) {
    const file = queue.pop();
    if (first.has(file)) continue;
    first.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const imp of staticImports(code)) queue.push(norm(posix.join(posix.dirname(file), imp)));
  }
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const sizes = Object.fromEntries(
    all.map((f) => [`assets/${f}`, gz(readFileSync(join(dist, 'assets', f)))]),
  );
  const firstLoad = [...first].reduce((a, f) => a + (sizes[f] ?? gz(readFileSync(join(dist, f)))), 0);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  return { firstLoad, total, firstFiles: [...first].sort(), files: all.length };
}
