import { describe, expect, it } from 'vitest';
import { FULL_RANGE } from '../domain/ids';
import { decode, type Migration, migrate } from './codec';

describe('migrate', () => {
  /** A v1 → v2 migration that renames `yr` to `range`. */
  const renameYr: Migration = (p) => {
    const out = new URLSearchParams(p);
    const yr = out.get('yr');
    out.delete('yr');
    if (yr !== null) out.set('range', yr);
    return out;
  };

  it('applies the migrations from the link version onwards', () => {
    const p = migrate(new URLSearchParams('yr=2022-2025&lang=zh-TW'), 1, [renameYr]);
    expect(p.get('range')).toBe('2022-2025');
    expect(p.has('yr')).toBe(false);
    expect(p.get('lang')).toBe('zh-TW');
  });

  it('applies nothing to a link already at the current version', () => {
    const p = migrate(new URLSearchParams('yr=2022-2025'), 2, [renameYr]);
    expect(p.get('yr')).toBe('2022-2025');
    expect(p.has('range')).toBe(false);
  });

  it('chains several migrations in order', () => {
    const addA: Migration = (p) => {
      const out = new URLSearchParams(p);
      out.append('trail', 'a');
      return out;
    };
    const addB: Migration = (p) => {
      const out = new URLSearchParams(p);
      out.append('trail', 'b');
      return out;
    };
    expect(migrate(new URLSearchParams(), 1, [addA, addB]).getAll('trail')).toEqual(['a', 'b']);
    expect(migrate(new URLSearchParams(), 2, [addA, addB]).getAll('trail')).toEqual(['b']);
  });

  it('does not mutate its input', () => {
    const input = new URLSearchParams('yr=2022-2025');
    migrate(input, 1, [renameYr]);
    expect(input.get('yr')).toBe('2022-2025');
  });

  it('lets decode read a v1 link in a two-version world', () => {
    const r = decode('v=1&yr=2022-2025&lang=zh-TW', [renameYr]);
    expect(r.version).toBe(1);
    expect(r.issues).toEqual([]);
    expect(r.state.range).toEqual([2022, 2025]);
    expect(r.state.lang).toBe('zh-TW');
  });

  it('reads a link without v as the current version (no migration)', () => {
    const r = decode('yr=2022-2025', [renameYr]);
    expect(r.version).toBe(2);
    expect(r.state.range).toEqual(FULL_RANGE);
  });

  it('reports v=3 as newer in a two-version world', () => {
    const r = decode('v=3&yr=2022-2025', [renameYr]);
    // Read as the current version, where `yr` is not a parameter: it is reported too.
    expect(r.issues.map((i) => i.param)).toEqual(['v', 'yr']);
    expect(r.version).toBe(2);
  });
});
