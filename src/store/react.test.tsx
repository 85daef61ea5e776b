import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoreProvider, useApp, useAppTransition } from './react';
import { createAppStore } from './store';
import type { AppState } from './types';

const selectGrowth = (s: AppState) => s.scenario.growth;
const seen: number[] = [];

function Urgent() {
  return <span data-testid="urgent">{useApp(selectGrowth)}</span>;
}
function Slow() {
  const v = useAppTransition(selectGrowth);
  seen.push(v);
  return <span data-testid="slow">{v}</span>;
}

const selectLife = (s: AppState) => s.scenario.life;
const renders: string[] = [];
function View({ name, select }: { name: string; select: (s: AppState) => number }) {
  const v = useAppTransition(select);
  renders.push(name);
  return <span data-testid={name}>{v}</span>;
}

describe('useAppTransition', () => {
  it('shows a change after the urgent update, and several quick changes in one render', async () => {
    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <Urgent />
        <Slow />
      </StoreProvider>,
    );
    const start = store.getState().scenario.growth;
    expect(screen.getByTestId('slow')).toHaveTextContent(String(start));
    act(() => {
      store.getState().setScenarioInput('growth', 30);
      store.getState().setScenarioInput('growth', 31);
      store.getState().setScenarioInput('growth', 32);
    });
    // The urgent view has it at once; the slow one not yet.
    expect(screen.getByTestId('urgent')).toHaveTextContent('32');
    expect(screen.getByTestId('slow')).toHaveTextContent(String(start));
    await waitFor(() => expect(screen.getByTestId('slow')).toHaveTextContent('32'));
    // It went straight from the first value to the last: no render for 30 or 31.
    expect([...new Set(seen.filter((v) => v !== start))]).toEqual([32]);
  });

  it('brings slow views up to date one at a time, each in its own commit, and skips views that did not change', async () => {
    const store = createAppStore();
    renders.length = 0;
    render(
      <StoreProvider store={store}>
        <View name="a" select={selectGrowth} />
        <View name="still" select={selectLife} />
        <View name="b" select={selectGrowth} />
      </StoreProvider>,
    );
    const snapshots: string[] = [];
    const text = (id: string) => screen.getByTestId(id).textContent;
    const observer = new MutationObserver(() => snapshots.push(`${text('a')}/${text('b')}`));
    observer.observe(document.body, { subtree: true, characterData: true, childList: true });
    const start = store.getState().scenario.growth;
    renders.length = 0;
    act(() => store.getState().setScenarioInput('growth', start + 5));
    await waitFor(() => expect(text('b')).toBe(String(start + 5)));
    observer.disconnect();
    // A frame in which the first view had the new value and the second still the old one.
    expect(snapshots).toContain(`${start + 5}/${start}`);
    // The view of another input was not rendered at all.
    expect(renders).not.toContain('still');
  });
});
