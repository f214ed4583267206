// Runs axe-core in a Playwright page and describes its violations for a test failure. The
// page's context must bypass CSP: the demo's policy rightly refuses injected scripts.
import { fileURLToPath } from 'node:url';

const AXE = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));

/** The violations axe finds on the whole page, shadow roots included, as readable lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.flatMap(({ id, impact, help, nodes }) =>
    nodes.map(
      ({ target, failureSummary }) => `${impact} ${id} (${help}) at ${JSON.stringify(target)}: ${failureSummary.replace(/\s+/g, ' ')}`,
    ),
  );
}
