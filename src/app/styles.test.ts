import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
const MANIFEST = join(SRC, 'app', 'styles.css');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The CSS files styles.css imports, as paths relative to src/, in order. */
function listed(): string[] {
  const text = readFileSync(MANIFEST, 'utf8');
  return [...text.matchAll(/@import\s+"([^"]+)";/g)].map((m) =>
    relative(SRC, join(SRC, 'app', m[1] ?? '')).replaceAll('\\', '/'),
  );
}

describe('styles.css, the one list of the app’s CSS files', () => {
  it('imports every CSS file under src/ exactly once, and only files that exist', () => {
    const all = files(SRC)
      .filter((f) => f.endsWith('.css') && f !== MANIFEST)
      .map((f) => relative(SRC, f).replaceAll('\\', '/'))
      .sort();
    const names = listed();
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(all);
  });

  it('is the only stylesheet a module imports (so the cascade order is the list’s, not the bundler’s)', () => {
    const importers = files(SRC)
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/^import\s+'([^']+\.css)';/gm)].map(
          (m) => `${relative(SRC, f).replaceAll('\\', '/')} → ${m[1]}`,
        ),
      );
    // The zh-TW font faces are a lazily loaded chunk of their own (only Chinese text on screen needs them).
    expect(importers.filter((i) => !i.startsWith('ui/zh-font.ts → @fontsource/'))).toEqual([
      'main.tsx → ./app/styles.css',
    ]);
  });

  it('keeps present mode’s rules in one place: present.css and present-talk.css', () => {
    const present = /\.presenter\b|\.slide-bar\b|\.slide-order\b|\.speaker-[a-z]|data-mode="present"/;
    const elsewhere = listed()
      .filter((f) => f !== 'app/present.css' && f !== 'app/present-talk.css')
      .flatMap((f) =>
        readFileSync(join(SRC, f), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .split('\n')
          .filter((line) => present.test(line))
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(elsewhere).toEqual([]);
  });

  it('keeps every CSS file under 400 lines', () => {
    const long = listed()
      .map((f) => [f, readFileSync(join(SRC, f), 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });
});
