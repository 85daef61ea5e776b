import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../tests/fixture-files';
import { loadFixtures } from '../../data/load';
import { defaultScenario } from '../../domain/scenario';
import { prepareCapex } from '../capex/prepare';
import { lineRuns, PointMarker } from './marks';
import { MARK_STYLES, NEUTRAL, type StyleKind, weakerStyle } from './style';

const KINDS = Object.keys(MARK_STYLES) as StyleKind[];

function marker(kind: StyleKind, color = '#123456') {
  const { container } = render(
    <svg aria-hidden="true">
      <PointMarker cx={10} cy={10} r={4} kind={kind} color={color} />
    </svg>,
  );
  const el = container.querySelector('[data-mark-kind]');
  if (!el) throw new Error('no marker');
  return el;
}

describe('marks drawn by kind', () => {
  it('follows the rules: reported filled and solid, estimate hollow, projection dashed and hollow, scenario dotted, superseded grey, secondary its own shape', () => {
    expect(marker('reported').getAttribute('fill')).toBe('#123456');
    expect(MARK_STYLES.reported.dash).toBeUndefined();
    expect(marker('estimate').getAttribute('fill')).toBe('var(--bg)');
    expect(MARK_STYLES.estimate.dash).toBeUndefined();
    expect(marker('projection').getAttribute('fill')).toBe('var(--bg)');
    expect(MARK_STYLES.projection.dash).toBe('7 4');
    expect(MARK_STYLES.scenario.dash).toBe('1.5 3.5');
    expect(marker('superseded').getAttribute('stroke')).toBe(NEUTRAL);
    expect(marker('secondary').tagName).toBe('polygon');
    for (const k of KINDS.filter((x) => x !== 'secondary')) expect(marker(k).tagName).toBe('circle');
    // Every kind looks different from every other.
    const looks = KINDS.map((k) => JSON.stringify(MARK_STYLES[k]));
    expect(new Set(looks).size).toBe(KINDS.length);
  });

  it('walks every plotted point of the capex chart: its marker is drawn in the kind its fixture row gives', () => {
    const loaded = loadFixtures(realFiles());
    const { rows, kinds } = prepareCapex(loaded.datasets, defaultScenario());
    let walked = 0;
    for (const row of rows)
      for (const [key, value] of Object.entries(row)) {
        if (key === 'year' || typeof value !== 'number') continue;
        const kind = kinds[key]?.[row.year];
        expect(kind, `${key} ${row.year}`).toBeDefined();
        const el = marker(kind as StyleKind);
        expect(el.getAttribute('data-mark-kind')).toBe(kind);
        expect(el.getAttribute('fill') === 'var(--bg)').toBe(MARK_STYLES[kind as StyleKind].hollow);
        walked++;
      }
    expect(walked).toBeGreaterThan(15);
  });

  it('draws a line segment in the weaker kind of its two ends', () => {
    const kinds: Record<number, StyleKind> = {
      2024: 'reported',
      2025: 'estimate',
      2026: 'projection',
      2027: 'projection',
    };
    expect(lineRuns([2024, 2025, 2026, 2027], (y) => kinds[y] ?? 'reported', weakerStyle)).toEqual([
      { kind: 'estimate', from: 2024, to: 2025 },
      { kind: 'projection', from: 2025, to: 2027 },
    ]);
  });
});
