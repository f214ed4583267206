// What a page must never show, recorded one way for every end-to-end suite: Content-Security-
// Policy violations (in `window.cspViolations`), uncaught errors and console errors.

/** Starts recording on a page before it loads; returns the list errors are pushed to. */
export async function recordPageProblems(page, { ignoreConsole = () => false } = {}) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !ignoreConsole(message) && problems.push(message.text()));
  return problems;
}
