import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zhTW } from '../i18n/zh-tw';
import { GENERAL_REASONS, PARAMS, readmeKeys, SCALARS } from './params';

/** The parameters the README's "URL parameters" table lists: the key before `=` of each `key=value`. */
function readmeTableKeys(): string[] {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const start = readme.indexOf('\n## URL parameters');
  const end = readme.indexOf('\n## ', start + 1);
  expect(start).toBeGreaterThan(-1);
  const keys = new Set<string>();
  for (const line of readme.slice(start, end).split('\n')) {
    const first = line.startsWith('| `') ? line.split('|')[1] : undefined;
    if (first === undefined) continue;
    for (const [, item] of first.matchAll(/`([^`]+)`/g)) {
      const eq = item?.indexOf('=') ?? -1;
      if (item && eq > 0) keys.add(item.slice(0, eq));
    }
  }
  return [...keys];
}

const scalars = SCALARS as readonly {
  key: string;
  examples: readonly unknown[];
  parse(raw: string): { status: string; value?: unknown };
  write(value: unknown): string;
}[];

describe('the parameter table', () => {
  it('lists exactly the parameters the README documents', () => {
    expect(readmeTableKeys().sort()).toEqual(readmeKeys().sort());
  });

  it('declares each key once', () => {
    const keys = readmeKeys();
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a message in both languages for every reason it can give', () => {
    const reasons = [...GENERAL_REASONS, ...PARAMS.flatMap((p) => p.reasons)];
    for (const reason of reasons) {
      const key = `url.reason.${reason}` as keyof typeof en;
      expect(en[key], key).toBeTruthy();
      expect(zhTW[key], key).toBeTruthy();
    }
  });

  it.each(scalars.map((row) => [row.key, row] as const))(
    '%s reads back every example it writes',
    (_key, row) => {
      expect(row.examples.length).toBeGreaterThan(0);
      for (const value of row.examples) {
        const r = row.parse(row.write(value));
        expect(r.status).toBe('valid');
        expect(r.value).toEqual(value);
      }
    },
  );
});
