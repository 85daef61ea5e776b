import { describe, expect, it } from 'vitest';
import { decodeTalkFile, encodeTalkFile, looksLikeTalkFile, TALK_FILE_FORMAT } from './talk-file';

const file = {
  title: 'Is it a bubble?',
  slides: [
    {
      panel: 'capex' as const,
      view: 'v=1&range=2024-2027&issuer=meta',
      caption: 'Meta <i>doubles</i>',
      notes: 'pause\nhere',
    },
    { panel: 'gauge' as const, view: 'v=1&s.life=3', caption: '', notes: '' },
  ],
  imports: [],
};

describe('talk files', () => {
  it('round-trip: title, slides with views, captions and notes', () => {
    const text = encodeTalkFile(file);
    expect(looksLikeTalkFile(JSON.parse(text))).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ format: TALK_FILE_FORMAT, version: 1 });
    expect(decodeTalkFile(text)).toEqual({ ok: true, talk: file });
  });

  it('say what and where when a file is not valid', () => {
    const bad = (over: object) =>
      decodeTalkFile(JSON.stringify({ ...JSON.parse(encodeTalkFile(file)), ...over }));
    expect(decodeTalkFile('{')).toMatchObject({ ok: false, code: 'json' });
    expect(decodeTalkFile('{"format":"bubble-pressure-view"}')).toMatchObject({ ok: false, code: 'format' });
    expect(bad({ version: 2 })).toEqual({ ok: false, code: 'newer', detail: 'v2 > v1' });
    const panel = bad({ slides: [{ panel: 'nope', view: '', caption: '' }] });
    expect(panel).toMatchObject({ ok: false, code: 'invalid' });
    expect(panel.ok ? '' : panel.detail).toMatch(/^slides\.0\.panel: /);
    const long = bad({ slides: [{ panel: 'capex', view: '', caption: 'x'.repeat(281) }] });
    expect(long.ok ? '' : long.detail).toMatch(/^slides\.0\.caption: /);
    expect(bad({ slides: [] })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('clean captions and titles to one line of plain text, keep the lines of notes', () => {
    const r = decodeTalkFile(
      JSON.stringify({
        format: TALK_FILE_FORMAT,
        version: 1,
        title: ' A\u202e\ntitle ',
        slides: [{ panel: 'bonds', view: '', caption: 'two\nlines\u0000', notes: 'a\r\nb' }],
      }),
    );
    expect(r).toEqual({
      ok: true,
      talk: {
        title: 'A title',
        slides: [{ panel: 'bonds', view: '', caption: 'two lines', notes: 'a\nb' }],
        imports: [],
      },
    });
  });
});
