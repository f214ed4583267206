/**
 * The script-tag file's first import: the behaviour in the same module graph as the element
 * (a file of its own, dist/chunks/consult-behaviour-*.js, imported statically). The browser
 * then runs the script only once both have arrived, so bare tags are defined working in the
 * script's own task: with `blocking="render"` on the script tag, in the page's first paint.
 * A chunk that cannot load (or fails the README's hash) stops the whole script: drawn links
 * stay links that launch on their own, and nothing is drawn that could not work. Set before
 * early-load.ts is evaluated, so no load starts.
 */
import * as behaviour from './behaviour/consult-behaviour.js';
import { behaviourCode } from './behaviour-code.js';

behaviourCode.code = behaviour;
