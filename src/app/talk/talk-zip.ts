/**
 * A talk's all-data ZIP: each slide's figures in that slide's own view (the CSV its panel would
 * download: what the chart draws, with kind and source; the gauge slide's components), the talk file
 * (without speaker notes), the sources and a README listing the slides with their captions and links.
 * Loaded on the first click.
 */
import { strToU8, zipSync } from 'fflate';
import { encodeTalkFile } from '../../data/import/talk-file';
import { exportFileName, slug } from '../../domain/export/file-name';
import { gaugeCsv } from '../../domain/export/gauge-csv';
import { sourcesCsv } from '../../domain/export/plotted';
import { readYear } from '../../domain/model';
import type { Translate } from '../../i18n/messages';
import { selectModelInput } from '../../store/selectors';
import type { AppStore } from '../../store/store';
import { saveBlob } from '../../ui/export/save';
import { todayIso } from '../export-tools';
import type { Deck, FigureCollector } from './deck';
import type { TalkTranslate } from './use-tt';

/** Wait until every panel slide has handed over its CSV and no chart is still loading (10 s at most). */
async function settled(deck: Deck, collector: FigureCollector): Promise<void> {
  const panels = deck.slides.filter((s) => s.panel !== 'gauge');
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const ready =
      panels.every((s) => collector.has(s.key)) && !document.querySelector('.presenter .panel-loading');
    if (ready) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // One more frame, for charts that publish their figures after they draw.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

export async function downloadTalkZip(
  main: AppStore,
  deck: Deck,
  collector: FigureCollector,
  t: Translate,
  tt: TalkTranslate,
): Promise<void> {
  await settled(deck, collector);
  const s = main.getState();
  const version = s.builtin.thresholds?.methodVersion ?? 'v1';
  const files: Record<string, string> = {};
  const lines: string[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    const n = String(i + 1).padStart(2, '0');
    const path = `slides/${n}-${slide.panel}.csv`;
    if (slide.panel === 'gauge') {
      const st = slide.store.getState();
      files[path] = gaugeCsv(readYear(selectModelInput(st), st.gaugeYear), st.weights, version, {
        component: (id) => t(`component.${id}`),
        metric: (id) => t(`metric.${id}`),
      });
    } else {
      const csv = collector.get(slide.key);
      if (csv) files[path] = await csv();
    }
    const title = t(`${slide.panel}.title`);
    lines.push(
      `${n}. ${title}${slide.caption ? ` | ${slide.caption}` : ''}\r\n    ${slide.link}\r\n    ${path}`,
    );
  }
  files['talk.json'] = encodeTalkFile({
    title: deck.title ?? '',
    slides: deck.slides.map((x) => ({
      panel: x.panel,
      view: x.view,
      caption: x.caption ?? '',
      notes: '',
    })),
    imports: [],
  });
  files['sources.csv'] = sourcesCsv(s.builtin.sources);
  files['README.txt'] = tt('talk.zip.readme', {
    title: deck.title || tt('talk.untitled'),
    asOf: s.builtin.asOf ?? '–',
    version,
    date: todayIso(),
    slides: lines.join('\r\n'),
  });
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([p, text]) => [p, strToU8(text)])));
  saveBlob(
    new Blob([zip], { type: 'application/zip' }),
    exportFileName(`talk-${slug(deck.title ?? '') || 'slides'}`, s.builtin.asOf, 'zip'),
  );
}
