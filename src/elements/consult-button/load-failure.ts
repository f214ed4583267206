/** The words for a chunk of the button's code that did not load: the script-tag file and the element say it alike. */
export const notLoaded = (error: unknown) => `the button's code did not load (${error}); serve dist/chunks/ with the script.`;
