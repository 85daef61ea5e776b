import { describe, expect, it, vi } from 'vitest';
import { en, type MessageKey } from './en';
import { translate } from './messages';
import { zhTW } from './zh-tw';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('zh-TW has every English key, non-empty, with the same placeholders', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(zhTW[key], key).toBeTruthy();
      expect(placeholders(zhTW[key]), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('translate', () => {
  it('fills placeholders as plain text and leaves unknown ones visible', () => {
    expect(translate('en', 'app.asOf', { date: '<b>x</b>' })).toBe('Data as of <b>x</b>');
    expect(translate('en', 'app.asOf')).toBe('Data as of {date}');
  });
  it('falls back to the key for a key no catalogue has, instead of throwing', () => {
    expect(translate('zh-TW', 'no.such.key' as MessageKey)).toBe('no.such.key');
  });
  it('uses the language asked for', () => {
    expect(translate('zh-TW', 'gauge.title')).toBe(zhTW['gauge.title']);
    expect(translate('zh-TW', 'gauge.title')).not.toBe(en['gauge.title']);
  });
});

describe('loading a catalogue', () => {
  it('speaks English until zh-TW has loaded, then zh-TW, and tells its subscribers once', async () => {
    vi.resetModules();
    const fresh = await import('./messages');
    expect(fresh.translate('zh-TW', 'gauge.title')).toBe(en['gauge.title']);
    const heard = vi.fn();
    const stop = fresh.subscribeCatalogues(heard);
    const before = fresh.cataloguesVersion();
    await fresh.loadCatalogue('zh-TW');
    await fresh.loadCatalogue('zh-TW');
    stop();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(fresh.cataloguesVersion()).toBe(before + 1);
    expect(fresh.translate('zh-TW', 'gauge.title')).toBe(zhTW['gauge.title']);
  });
});
