// Every unit test file (node and jsdom alike): the catalogues the app may show.
import { loadCatalogue } from '../src/i18n/messages';

// The app loads the zh-TW catalogue when zh-TW is first shown; unit tests have it from the start
// (one test in src/i18n/messages.test.ts checks the loading itself in a fresh module).
await loadCatalogue('zh-TW');
