/**
 * The English message catalogue: every user-facing string. Other languages are typed against it,
 * so a missing key is a compile error. Placeholders look like `{name}`.
 */
export const en = {
  'app.name': 'Bubble Pressure',
  'app.tagline': 'Is the AI capital-spending boom turning into a bubble?',
  'app.asOfAge': 'Data as of {date} · {age}',
  'app.asOf': 'Data as of {date}',
  'app.language': 'Language',
  'app.theme': 'Theme',
  'app.theme.light': 'Light',
  'app.theme.dark': 'Dark',
  'app.share': 'Share link',
  'app.share.copied': 'Link copied: it opens this exact view.',
  'app.share.failed': 'Could not copy. Select the link below and copy it yourself.',
  'app.present': 'Present',
  'app.skip': 'Skip to the panels',

  'toolbar.label': 'View controls',
  'toolbar.range.hint': 'Drag across any time chart to zoom all of them.',
  'toolbar.resetRange': 'Reset years',
  'toolbar.events': 'Show events',
  'toolbar.panels': 'Panels',
  'toolbar.gaugeSlide': 'Bubble pressure gauge (as a slide; always shown on the dashboard)',
  'toolbar.selection': 'Selected: {name}',
  'toolbar.clearSelection': 'Clear selection',
  'toolbar.rangeFrom': 'From year',
  'toolbar.rangeTo': 'To year',

  'notice.dismiss': 'Dismiss',
  'notice.url.title': 'Some link settings were ignored',
  'notice.url.item': '{param}={value}: {reason}.',
  'notice.url.default': 'The default was used.',
  'url.reason.version-unknown': 'unknown link version; read as v{current}',
  'url.reason.version-newer': 'the link is from a newer version; read as v{current}',
  'url.reason.too-long': 'the value is too long ({length} characters)',
  'url.reason.range-format': 'expected FROM-TO years, e.g. {min}-{max}',
  'url.reason.range-reversed': 'the range is reversed ({from} is after {to})',
  'url.reason.range-span': 'years must lie within {min}–{max}',
  'url.reason.panels-none': 'no known panel ids',
  'url.reason.panels-unknown': 'unknown panel ids were left out; the others are shown',
  'url.reason.enum': 'expected one of {values}',
  'url.reason.weight-number': 'expected a number',
  'url.reason.weight-negative': 'weights cannot be negative',
  'url.reason.weight-max': 'weights go up to {max}',
  'url.reason.focus-unknown': 'unknown panel id',
  'url.reason.focus-hidden': 'that panel is not among the listed panels',
  'url.reason.issuer-unknown': 'unknown issuer or vehicle',
  'url.reason.year-range': 'expected a year from {from} to {to}',
  'url.reason.slide-number': 'expected a slide number from 1',
  'url.reason.slide-past': 'there are only {count} slides',
  'url.reason.component-unknown': 'unknown gauge component',
  'url.reason.input-unknown': 'unknown scenario input',
  'url.reason.scenario-number': 'expected a number',
  'url.reason.scenario-range': 'expected {min} to {max}',
  // Unknown URL parameters (reader's defaults and lenient links)
  'url.reason.param-unknown': 'unknown parameter, ignored',
  'url.reason.param-like': 'unknown parameter, ignored (did you mean {like}?)',
  // Talk links (talk=): which slide was left out and why
  'url.reason.talk-format': 'not a talk link this version can read',
  'url.reason.talk-version-newer':
    'a talk link from a newer version (talk format v{version}), read as v{current}: slides it cannot read are left out',
  'url.reason.talk-title': 'the title was changed or cut and is left out',
  'url.reason.talk-count': 'the link names {expected} slides but holds {got}: it may have been cut',
  'url.reason.talk-empty': 'no slide could be read',
  'url.reason.talk-slide-damaged': 'slide {n} left out: it was changed or cut (its check does not match)',
  'url.reason.talk-slide-panel': 'slide {n} left out: it shows a panel this version does not know',
  'url.reason.talk-slide-view': 'slide {n} left out: its view could not be read',
  'url.reason.talk-slide-text': 'slide {n} left out: its caption could not be read',
  'url.reason.talk-caption-long': 'the caption of slide {n} was cut to {max} characters',
  'notice.fixtures.title': 'Some data could not be loaded',
  'notice.fixtures.rest': 'Everything else loaded and is shown.',
  'load.type': 'expected {expected}, got {got}',
  'load.missing': 'missing (expected {expected})',
  'load.enum': 'expected one of {values}, got {got}',
  'load.enum-missing': 'missing (expected one of {values})',
  'load.too-small-items': 'expected at least {min} item(s)',
  'load.too-small-chars': 'expected at least {min} character(s)',
  'load.too-small': 'expected a value ≥ {min}, got {got}',
  'load.too-big-items': 'expected at most {max} item(s)',
  'load.too-big-chars': 'expected at most {max} character(s)',
  'load.too-big': 'expected a value ≤ {max}, got {got}',
  'load.period': 'expected a year (integer) or an ISO date, got {got}',
  'load.period-missing': 'missing (expected a year or an ISO date)',
  'load.format-custom': '{message}, got {got}',
  'load.format': 'expected {format}, got {got}',
  'load.other': '{message}',
  'load.json': 'not valid JSON ({detail})',
  'load.more': 'and {count} more problem(s)',
  'load.id-mismatch': 'expected "{expected}" (the file name), got "{got}"',
  'load.duplicate-period': 'duplicate period {period} in series "{series}" (also at observations[{first}])',
  'load.unknown-source': 'unknown source "{id}" (not in sources.json)',
  'load.low-high': 'low is above high',
  'load.file-missing': 'file is missing',
  'load.unknown-panel': 'unknown panel id "{id}"',
  // dated series (fixtures/fred/)
  'load.date-order': 'dates must increase: {date} comes after {previous}',
  'load.quarter-date': 'a quarterly observation must be dated the first day of a quarter, got {date}',
  'load.no-values': 'every observation is missing',
  'load.read-failed': 'could not be read ({detail})',
  'unit.index': 'index level',
  'load.source-link': 'source "{id}" has no link (only the seed article and our own method may lack one)',
  'load.source-landing':
    'source "{id}" links {what} ({url}), not the document itself: link the filing document or the release',
  // datafix: every source is dated
  'load.source-date':
    'source "{id}" has no date (YYYY-MM-DD, or YYYY-MM when the page gives only the month; only the seed article and our own method may lack one)',
  // history panel and the gauge's history sentence (issue 14)
  'history.title': 'Since 1923: market-wide build-up and stress',
  'history.desc':
    "Method v2's two market-wide indices, back-tested quarter by quarter from FRED series and Shiller's data, with the US recessions (NBER) and the falls of 40% or more marked, today's readings as percentiles of their own history, and how well they warned.",
  'history.c.valuation': 'Valuation',
  'history.c.investment': 'Investment boom',
  'history.c.credit': 'Credit spreads',
  'history.c.debt': 'Debt growth',
  'history.m.equities-gdp': 'Z.1 nonfinancial equities / GDP',
  'history.m.nasdaq-drawdown': 'NASDAQ below its peak',
  'history.m.infotech-gdp': 'IT investment / GDP',
  'history.m.bbb-oas': 'BBB spread',
  'history.m.hy-oas': 'high-yield spread',
  'history.m.debt-yoy': 'corporate debt y/y',
  'history.composite': 'Composite (history v1)',
  'history.loading': 'Loading the FRED series…',
  'history.error': 'The history cannot be drawn: some FRED series did not load (see the notice at the top).',
  'history.noMethod':
    'The history method (history-thresholds.json) did not load (see the notice at the top).',
  'history.empty': 'No quarter has enough components with data.',
  'history.chartLabel': 'History v1 composite by quarter, {from} to {to}',
  'history.today': 'Today ({quarter}): {value}',
  'history.todayNote':
    'Today is the latest scored quarter, {quarter}: {value} with {count} of 4 components ({missing} without data).',
  'history.readout.none': 'Hover the chart, or focus it and use ← →, to read a quarter.',
  'history.readout.unscored': 'not scored: fewer than {min} components with data',
  'history.provisional': 'provisional',
  'history.provisionalNote':
    '{quarter}: {metric} {value} is provisional: an outsized jump in a recent quarter of a quarterly series, shown as published, not dropped or smoothed.',
  'history.licence':
    'ICE BofA spread data © {owner}. The owner’s notice, from FRED’s series notes: “{notice}”',
  'history.method':
    'Method: each metric scored 0–1 between calm and extreme thresholds; composite = 100 × mean of the components with data; at least {min} of 4.',
  'history.recessions': 'Shaded: US recessions ({source}).',
  'notice.panelError': 'This panel could not be drawn: {message}',
  'notice.appError': 'The page could not be drawn: {message}',
  'notice.openDefault': 'Open the default view',
  'notice.noData': 'No data: the dataset {dataset} did not load.',

  'footer.sources': '{count} sources',
  'footer.method': 'Methodology',
  'footer.sourcesTitle': 'Sources',
  'footer.note':
    'Figures are as reported by the sources named; projections and estimates are marked as such.',

  'panel.unit': 'Unit: {unit}',
  'panel.asOfAge': 'As of {date} · {age}',
  'panel.asOf': 'As of {date}',
  'panel.sourceLabel': 'Source:',
  'panel.sourceSeparator': '; ',
  'panel.moreSources': '+{count}',
  'panel.showTable': 'Data table',
  'panel.hideTable': 'Hide table',
  'panel.showSources': 'Sources',
  'panel.hideSources': 'Hide sources',
  'panel.focus': 'Enlarge',
  'panel.unfocus': 'Back to grid',
  'panel.hide': 'Hide panel',
  'panel.tableCaption': 'Figures behind “{title}”',
  'panel.col.series': 'Series',
  'panel.col.period': 'Period',
  'panel.col.value': 'Value',
  'panel.col.kind': 'Kind',
  'panel.col.source': 'Source',
  'panel.col.note': 'Note',
  'panel.col.revisedFrom': 'Revised from',
  'chart.annualMidYear': 'Annual values drawn at mid-year; year ticks at 1 January',
  'panel.readout.none': 'Hover or use the arrow keys to read a year.',
  'panel.readout.empty': 'no figure',
  'panel.chartLabel': '{title}, chart. Arrow keys move the year, Escape clears.',
  'panel.events': 'Events',

  // Export: downloads, print, citation (issue 13)
  'export.group': 'Download',
  'export.download': 'Download {format}: {title}',
  'export.failed': 'Export failed: {message}',
  'export.notDrawn': 'the chart has not been drawn yet',
  'export.computed': 'computed by Bubble Pressure',
  'export.allData': 'All data (ZIP)',
  'export.print': 'Print / PDF',
  'export.printSlides': 'Print slides / PDF',
  'export.printHeader': '{name} · {date} · {url}',
  'export.cite': 'Cite this view',
  'export.cite.text': 'Plain text',
  'export.cite.bibtex': 'BibTeX',
  'export.cite.copy': 'Copy {format}',
  'export.cite.copied': 'Copied.',
  'export.cite.copyFailed': 'Could not copy: select the text and copy it yourself.',
  'export.cite.asOf': 'data as of',
  'export.cite.method': 'method',
  'export.cite.accessed': 'accessed',
  'export.zip.readme':
    'Bubble Pressure: all data behind the dashboard.\n\nData as of: {asOf}\nMethod version: {version}\nDownloaded: {date}\nView: {url}\n\ndatasets/<id>.csv: every observation of each dataset, with its source.\nsources.csv: the source registry.\nthresholds.csv: calm and extreme thresholds of each gauge metric, with reasons and sources.\ngauge-components.csv: the gauge reading of this view.\n\nCite as: {citation}\n',

  'unit.usd-bn': 'USD billions',
  'unit.pct': 'percent',
  'unit.years': 'years',
  'unit.year': 'year',
  'unit.ratio': 'multiple',
  'unit.bp': 'basis points',
  'unit.points': 'index points (0–100)',
  'unit.yearsShort': 'yrs',

  'kind.reported': 'Reported',
  'kind.estimate': 'Estimate',
  'kind.projection': 'Projection',
  'kind.superseded': 'Superseded estimate',
  'kind.interpolated': 'Interpolated between sourced points',
  'kind.scenario': 'Scenario from your inputs',
  'kind.secondary': 'Secondary: relayed report, not used by the gauge',

  'issuer.alphabet': 'Alphabet',
  'issuer.amazon': 'Amazon',
  'issuer.meta': 'Meta',
  'issuer.microsoft': 'Microsoft',
  'issuer.oracle': 'Oracle',
  'issuer.xai': 'xAI',
  'issuer.crusoe': 'Crusoe',
  'issuer.hyperion': 'Hyperion (Meta / Blue Owl)',
  'issuer.xai-gpu-spv': 'xAI GPU SPV',
  'issuer.vantage': 'Vantage (Oracle-linked)',
  'issuer.abilene': 'Abilene / Stargate (Crusoe)',

  'capex.title': 'AI capital expenditure',
  'capex.desc':
    'Global AI capex per year: the 2025 estimate revised from $250B to over $405B, ~$600B by 2027, and your growth scenario to 2030.',
  'capex.path': 'AI capex (article, estimate)',
  'capex.projection': 'Scenario path ({growth}%/yr)',
  'capex.article2027': 'Article: ~$600B in 2027',
  'capex.firstEstimate': 'First 2025 estimate',
  'capex.revision': 'Revised +{pct}',
  'capex.hyperscalers':
    'Big four, the figure the gauge reads (2025: the companies’ sum; 2026: Bloomberg’s tally)',
  'capex.gauge.companies':
    'The gauge reads {value} for {year}: the four companies’ calendar-year figures, finance leases included.',
  'capex.gauge.press':
    'The gauge reads {value} for {year}: Bloomberg’s verified tally of the four’s forecasts (6 Feb 2026); Microsoft’s calendar-{year} figure is only in secondary reports.',
  'capex.gauge.raise': 'Later: Meta raised its guidance by {raise} (29 Apr 2026).',
  'capex.gauge.secondary': 'Secondary reports put the four at {low}–{high}.',
  'capex.consensus': 'Consensus for 2025 (AIGazine, early 2026)',
  'capex.press': 'Big four, press totals (WSJ 2025, Bloomberg 2026 ≈ $650B)',
  'capex.goldman': 'Goldman Sachs (Jan 2026)',
  'capex.morganStanley': 'Morgan Stanley, five incl. Oracle',
  // secondary rows from data-2026.md (data helper)
  'capex.zacks': 'Zacks, big four 2026 after Q1',
  'capex.goldman2027': 'Goldman Sachs, 2027 base case',

  'dc-investment.title': 'AI data-centre investment to 2030',
  'dc-investment.desc':
    'Cumulative investment from 2025: the $3T–$5.2T range quoted to 2030 against the cumulative capex path of your scenario.',
  'dc-investment.band': 'Range implied by $3T–$5.2T by 2030 (straight line)',
  'dc-investment.cumulative': 'Cumulative capex path (scenario)',
  'dc-investment.mckinsey': 'McKinsey $5.2T by 2030',
  'dc-investment.ms': 'Morgan Stanley $2.9T 2025–28 (all data centres)',
  'dc-investment.runRate':
    'The range implies {low}–{high} a year; your capex path averages {path} a year over 2025–2030.',

  'bonds.title': 'Hyperscaler bond deals, 2025–2026',
  'bonds.forecast2026':
    'Morgan Stanley expects hyperscaler borrowing of {amount} in 2026 (projection; a broader measure than these bonds).',
  'bonds.desc':
    'Each AI data-centre bond deal by issuer and date, 2025–2026, with the running total against “close to $100B in a few months” and BofA’s final 2025 count.',
  'bonds.total': 'Running total (four issuers)',
  'bonds.line100': 'Article: close to $100B',
  'bonds.line121': 'BofA: $121B, five hyperscalers, all of 2025',
  'bonds.deal': '{issuer}, {date}: {amount}',

  'spv.title': 'Off-balance-sheet debt vs bonds',
  'spv.desc':
    'SPV and private-credit vehicles stacked against the on-balance-sheet bonds of 2025; the article’s ~$100B and the FT’s ≥ $120B marked.',
  'spv.onBalance': 'On-balance-sheet bonds',
  'spv.offBalance': 'SPVs and private credit',
  'spv.article': 'Article ~$100B',
  'spv.ft': 'FT ≥ $120B',
  'spv.totals': '{onLabel}: {on} · {offLabel}: {off}.',
  'spv.caveat':
    'The two bars are never added together. Vehicles count their debt only (equity in the notes).',
  // SPV marks by kind and footnotes (#9, #11)
  'spv.part': '{label}, {amount}',
  'spv.parts': 'Stacked parts',
  'spv.notes': 'Notes to the chart',
  'spv.fn.article':
    'The seed article’s “close to $100B” of hidden debt in SPVs and private credit (an estimate, drawn as a reference line).',
  'spv.fn.ft':
    'The FT’s analysis: at least $120B of debt and equity raised through SPVs, so not directly comparable with these debt-only bars.',
  'spv.fn.hyperion':
    '{label}: a bond of the SPV (Beignet Investor LLC), not a Meta bond, so not added to Meta’s bonds; its equity is not counted.',
  'spv.fn.kind': '{label}, {amount}: {kind}, so drawn hollow.',
  'spv.fn.kindSum':
    '{label}, {amount}: a sum of {count} figures, the weakest of them {kind}, so drawn hollow.',
  'spv.gauge':
    'The gauge divides the stacked vehicles ({spv}, financing the five hyperscalers’ data centres) by BofA’s count of the same five’s 2025 bonds ({bonds}): {pct}.',
  'spv.outside':
    'Not stacked: {label} ({amount}) finances a company outside the five hyperscalers, so it is in neither side of the gauge’s ratio.',
  'spv.outsideSecondary': 'Its only copy is a secondary report.',
  'spv.secondaryOut': 'Not stacked: {label} ({amount}) is only in a secondary report.',
  'spv.later':
    'Not stacked: {label} ({date}, about {amount}) is a later package, not closed and not debt-only; see the events below.',

  'ig-share.title': 'AI-linked issuers’ share of US investment-grade debt',
  'ig-share.desc':
    'AI-linked issuers’ share of the US investment-grade bond index, by J.P. Morgan’s own classification: 14% in October 2025, projected above 20% by 2030.',
  'ig-share.share': 'AI-linked issuers’ share of US IG index (J.P. Morgan estimate)',
  'ig-share.path': 'Path to the 2030 projection (straight line)',
  'ig-share.threshold': '20%: the article’s 2030 projection',
  'ig-share.issuance':
    'J.P. Morgan: ~{amount} of AI data-centre IG bonds in {year}, nearly a fifth of that year’s issuance.',

  'valuation.title': 'Valuation: NVIDIA and the Buffett indicator',
  'valuation.desc':
    'NVIDIA’s $5.03T high (29 Oct 2025, its first close above $5T) with your drawdown scenario, and the Buffett indicator (~217%, Wilshire 5000 / GDP) against the dot-com peak (175% in March 2000 on Kailash Capital’s series).',
  'valuation.buffett': 'Buffett indicator (US market value / GDP, Wilshire 5000 series)',
  'valuation.dotcom': 'Dot-com peak, March 2000 (Kailash Capital’s series)',
  'valuation.nvidia': 'NVIDIA market value',
  'valuation.peak': 'High, {date}',
  'valuation.afterDrawdown': 'After a {pct} drawdown (scenario)',

  'compute-mix.title': 'Training vs inference',
  'compute-mix.desc':
    'Share of AI data-centre compute used for training: about 70% in 2025; inference overtakes it around 2029 (your scenario: {year}).',
  'compute-mix.training': 'Training share',
  'compute-mix.inference': 'Inference share',
  'compute-mix.crossover': 'Crossover {year}',

  // credit-spread panel (data helper)
  'credit.title': 'Credit spreads: BBB corporate bonds',
  'credit.desc':
    'ICE BofA BBB US corporate option-adjusted spread, daily (FRED), with its yearly means, the dot-com and 2008–2009 means and the gauge’s warning and alert levels.',
  'credit.daily': 'BBB OAS, daily (FRED)',
  'credit.mean': 'Yearly mean of the daily spread',
  'credit.dotcom': 'Dot-com 2000–2002 mean: {bp} bp',
  'credit.gfc': '2008–2009 mean: {bp} bp',
  'credit.warning': 'Warning: {bp} bp',
  'credit.alert': 'Alert: {bp} bp',
  'credit.note':
    '{days} daily values; {missing} days without a print (holidays) are left as gaps. The current year’s mean is year to date (an estimate of the year’s). Source: FRED, ICE BofA BBB US Corporate Index Option-Adjusted Spread (BAMLC0A4CBBB).',
  // credit panel data table (#9)
  'credit.table.caption':
    'The daily BBB spread by year, newest first: the mean of each year’s daily values and its last value (the current year to date), then the chart’s reference lines. The CSV download has every day.',
  'credit.table.year': 'Year',
  'credit.table.mean': 'Mean of the daily values',
  'credit.table.last': 'Last value of the year',
  'credit.table.days': 'Days with a value',
  'credit.table.missing': '({count} missing)',
  'credit.table.references': 'Reference lines',
  'credit.table.dotcom': 'Dot-com mean',
  'credit.table.gfc': '2008–2009 mean',
  'credit.table.warning': 'Gauge warning level (calm below)',
  'credit.table.alert': 'Gauge alert level (extreme above)',
  'credit.table.meanOf': '(mean of {days} daily values)',
  'credit.table.threshold': 'Gauge threshold',
  'credit.licence': 'ICE Data Indices notice:',
  'credit.loading': 'Loading the daily BBB spread…',
  'credit.error': 'The daily BBB spread could not be loaded (see the fixtures notice).',

  'depreciation.title': 'Depreciation and server useful lives',
  'depreciation.desc':
    'Server lives in filings stretched from 3–4 to 5.5–6 years; against your realistic life, how far the yearly charge is understated.',
  'depreciation.realistic': 'Your realistic life: {years}',
  'depreciation.window': '{label}: {from}–{to}',
  'depreciation.sensitivity': 'Sensitivity: realistic life vs understatement of the depreciation charge',
  'depreciation.col.life': 'Realistic life',
  'depreciation.col.under': 'Charge understated by',
  'depreciation.col.gap': 'Missing charge, 2026 capex',
  'depreciation.burry':
    'Burry: {amount} understated 2026–2028; earnings overstated by 2028: Oracle {oracle}, Meta {meta}.',
  'depreciation.filed': 'Average filed life, 2025: {years}',

  'pressure.title': 'Build-up and stress by year',
  'pressure.desc':
    'The gauge’s two readings year by year, the same numbers the meters show for each year (method v2: market-wide parts from history v2 at that year’s latest quarter, AI parts from that year’s figures). Later years are projections.',
  'pressure.insufficient': 'Too few AI parts have data for {year}',

  'gauge.title': 'Bubble pressure',

  'band.calm': 'Calm',
  'band.elevated': 'Elevated',
  'band.high': 'High',
  'band.extreme': 'Extreme',

  // Import (analysts' own data, saved views, baseline comparison)
  'pressure.baseline': 'baseline (B)',
  'import.marker': 'uses imported data',
  'import.marker.title': 'This uses imported data: {names}',
  'import.table.more': 'Showing rows {from}–{to} of {total}.',
  'import.table.prev': 'Previous rows',
  'import.table.next': 'Next rows',
  'import.legend': '{name} (imported)',
  'import.drop': 'Drop the file to import it',
  'storage.title': 'Saved data',
  'storage.corrupt':
    'Saved {record} could not be read and were set aside ({detail}); the app runs on the built-in data.',
  'storage.version': 'Saved {record} come from an unknown version and were set aside ({detail}).',
  'storage.writeFailed':
    'Could not save {record} in this browser ({detail}); they work in this tab but will be gone after a reload.',
  'storage.unavailable':
    'This browser’s storage is not available ({detail}); imports and saved views last only for this tab.',
  'storage.record.imports': 'imports',
  'storage.record.views': 'saved views',
  'storage.record.talks': 'talks',
  'missing.title': 'This link used imported data you do not have',
  'missing.body':
    'Missing here: {names}. The view shows built-in data instead; open the view file or import these series to see it as its author did.',

  'present.counter': 'Slide {n} of {total}',
  'present.prev': 'Previous slide',
  'present.next': 'Next slide',
  'present.exit': 'Exit (Esc)',
  'present.fullscreen': 'Full screen',
  'present.help':
    '← → Space PageUp PageDown move, Home End jump, Q shows the link, Esc returns to the dashboard',
  // Present mode: the room gauge and the audience's QR code
  'present.qr': 'QR code (Q)',
  'present.qrLabel': 'QR code of this view',
  'present.qrCaption': 'Scan to open this view:',
  'present.qrFailed': 'The QR code could not be drawn; the link is below.',

  'talk.add': 'Add to talk',
  'talk.add.hint': 'Add this panel, in this view, as a slide of your talk',
  'talk.button': 'Talk',
  'talk.buttonCount': 'Talk ({n})',
  'embed.open': 'Open in Bubble Pressure',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
