/**
 * A talk's all-data ZIP: each slide's figures in that slide's own view (the CSV its panel would
 * download: what the chart draws, with kind and source; the gauge slide's components), the talk file
 * (without speaker notes), the sources and a README listing the slides with their captions and links.
 * Loaded on the first click.
 */
import { strToU8, zipSync } from 'fflate';
import { encodeTalkFile } from '../../data/import/talk-file';
import { exportFileName, slug } from '../../domain/export/file-name';
import { gaugeV2Csv } from '../../domain/export/gauge-v2-csv';
import { sourcesCsv } from '../../domain/export/plotted';
import { GAUGE_METHOD_VERSION } from '../../domain/gauge-ids';
import { latestMarketHistory } from '../../domain/gauge-latest';
import { readGauge } from '../../domain/gauge-v2';
import { readYear } from '../../domain/model';
import { translateGauge } from '../../i18n/gauge-messages';
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
  const version = GAUGE_METHOD_VERSION;
  const files: Record<string, string> = {};
  const lines: string[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    const n = String(i + 1).padStart(2, '0');
    const path = `slides/${n}-${slide.panel}.csv`;
    if (slide.panel === 'gauge') {
      const st = slide.store.getState();
      // Both meters in the slide's view; the market-wide parts from history v2 as the gauge computed it.
      const market = latestMarketHistory();
      const g = readGauge(
        readYear(selectModelInput(st), st.gaugeYear),
        market,
        st.weights,
        market ? 'ready' : 'missing',
      );
      files[path] = gaugeV2Csv(g, version, {
        part: (id) => translateGauge(s.lang, `g.part.${id as 'valuation'}`),
        metric: (id) => translateGauge(s.lang, `g.metric.${id}`),
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
