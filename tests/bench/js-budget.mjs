// The first-load JavaScript budget, checked in `npm test` after the build (deterministic: file sizes,
// no timing). Fails when the entry chunk and its static imports exceed 130 KB gzip.
import { jsSizes } from './js-size.mjs';

export const BUDGET_KB = 130;
const { firstLoad, total, firstFiles } = jsSizes();
const kb = (b) => (b / 1024).toFixed(1);
console.log(
  `first-load JS ${kb(firstLoad)} KB gzip (budget ${BUDGET_KB} KB; ${firstFiles.join(', ')}); all JS ${kb(total)} KB gzip`,
);
if (firstLoad > BUDGET_KB * 1024) {
  console.error(
    `first-load JS is over budget by ${kb(firstLoad - BUDGET_KB * 1024)} KB: lazy-load what the first paint does not need`,
  );
  process.exit(1);
}
