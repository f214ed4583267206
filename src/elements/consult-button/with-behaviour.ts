/**
 * The element chunk's first import (script-tag-element.ts): the behaviour in the same file as
 * the element, so every button the script-tag file drew upgrades with its behaviour, once, and
 * a tag added later works as it connects. Set before early-load.ts is evaluated, so no load
 * of its own starts.
 */
import * as behaviour from './behaviour/consult-behaviour.js';
import { behaviourCode } from './behaviour-code.js';

behaviourCode.code = behaviour;
