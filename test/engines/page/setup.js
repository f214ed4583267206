// Runs before the kit on the engine test page: records every uncaught error and console error,
// takes away the APIs `?without=` names (so a current engine acts as an older one), and with
// `?phone` gives the page an iPhone's user agent (every engine, no driver support needed).
(function () {
  var query = new URLSearchParams(location.search);
  var problems = (window.engineProblems = []);
  addEventListener('error', function (event) {
    problems.push('uncaught: ' + event.message);
  });
  addEventListener('unhandledrejection', function (event) {
    problems.push('unhandled rejection: ' + event.reason);
  });
  var consoleError = console.error;
  console.error = function () {
    problems.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };

  var without = (query.get('without') || '').split(',');
  // Safari 16.4–17.3: ElementInternals without custom states.
  if (without.indexOf('states') >= 0) delete ElementInternals.prototype.states;
  // Safari before 16.4: no ElementInternals at all.
  if (without.indexOf('internals') >= 0) {
    delete HTMLElement.prototype.attachInternals;
    delete window.ElementInternals;
  }
  // Safari before 16.4: no constructable style sheets, so Lit writes <style> elements.
  if (without.indexOf('adopted') >= 0) {
    delete Document.prototype.adoptedStyleSheets;
    delete ShadowRoot.prototype.adoptedStyleSheets;
  }
  // Lit stamps its <style> elements with this nonce; the test server allows it in style-src.
  if (query.has('nonce')) window.litNonce = query.get('nonce');
  if (query.has('phone')) {
    var iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1';
    Object.defineProperty(Navigator.prototype, 'userAgent', {
      get: function () {
        return iphone;
      },
    });
    Object.defineProperty(Navigator.prototype, 'maxTouchPoints', {
      get: function () {
        return 5;
      },
    });
  }
})();
