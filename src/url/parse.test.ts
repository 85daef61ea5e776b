import { describe, expect, it } from 'vitest';
import { MAX_WEIGHT } from '../domain/pressure';
import { parsePanels, parseRange, parseWeight } from './parse';

describe('parseRange', () => {
  it('reads FROM-TO and a single year', () => {
    expect(parseRange('2021-2025')).toEqual({ status: 'valid', value: [2021, 2025] });
    expect(parseRange('2024')).toEqual({ status: 'valid', value: [2024, 2024] });
  });

  it('accepts years back to 1923, for the history panel (history v2 starts in 1923)', () => {
    expect(parseRange('1997-2030')).toEqual({ status: 'valid', value: [1997, 2030] });
    expect(parseRange('1923-2030')).toEqual({ status: 'valid', value: [1923, 2030] });
    expect(parseRange('1929–1933')).toEqual({ status: 'valid', value: [1929, 1933] });
    expect(parseRange('2000-2008')).toEqual({ status: 'valid', value: [2000, 2008] });
    expect(parseRange('2019')).toEqual({ status: 'valid', value: [2019, 2019] });
  });

  it('rejects reversed, out-of-span and malformed ranges', () => {
    expect(parseRange('2030-2024').status).toBe('invalid');
    expect(parseRange('1922-2030').status).toBe('invalid');
    expect(parseRange('1900-1950').status).toBe('invalid');
    expect(parseRange('2020-2031').status).toBe('invalid');
    expect(parseRange('20-30').status).toBe('invalid');
    expect(parseRange('2020~2030').status).toBe('invalid');
  });
});

describe('parsePanels', () => {
  it('keeps known ids in order and lists the dropped ones', () => {
    expect(parsePanels('bonds, capex ,nope,,x')).toEqual({
      status: 'valid',
      value: ['bonds', 'capex'],
      dropped: ['nope', 'x'],
    });
    expect(parsePanels('gauge')).toEqual({ status: 'valid', value: ['gauge'] });
  });

  it('is invalid with no known id', () => {
    expect(parsePanels('').status).toBe('invalid');
    expect(parsePanels('nope,also-nope').status).toBe('invalid');
  });
});

describe('parseWeight', () => {
  it('accepts plain decimals from 0 to MAX_WEIGHT', () => {
    expect(parseWeight('0')).toEqual({ status: 'valid', value: 0 });
    expect(parseWeight('2.25')).toEqual({ status: 'valid', value: 2.25 });
    expect(parseWeight(String(MAX_WEIGHT))).toEqual({ status: 'valid', value: MAX_WEIGHT });
  });

  it('rejects negatives, too-large values and non-decimal notations', () => {
    for (const raw of [
      '-1',
      '-0.5',
      String(MAX_WEIGHT + 0.5),
      '1e3',
      'abc',
      'Infinity',
      'NaN',
      '0x2',
      '',
      ' 1',
    ]) {
      expect(parseWeight(raw).status).toBe('invalid');
    }
  });
});
