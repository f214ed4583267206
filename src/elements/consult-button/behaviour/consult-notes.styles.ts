import { css } from 'lit';
import { stateStyles } from '../../internal/custom-states.js';

/** The notes under the button (problem, hours, notice, update, not-installed help); they come with the behaviour that shows them. */
export const consultNotesStyles = stateStyles(css`
  /* The notes set the height, and may overhang the button: no held box, no paint containment. */
  :host(:state(noted):not(:state(shape-round))) {
    height: auto;
    content-visibility: visible;
  }
  .note {
    /*
     * A readable width of its own: 16em, or the container's (the viewport's where the page
     * sets none) when narrower. The negative end margin lets the note overhang a narrower
     * button, and the containment keeps it from widening the button.
     */
    contain: inline-size;
    margin: 6px 0 0;
    margin-inline-end: min(0px, 100% - min(16em, 100vw - 32px));
    margin-inline-end: min(0px, 100% - min(16em, 100cqi));
    color: #4d4d4d;
    font: 12px/1.4 var(--kakao-consult-font-family, sans-serif);
    white-space: normal;
    word-break: keep-all;
  }
  .message {
    color: #b3261e;
  }
  .nowrap {
    white-space: nowrap;
  }
  .warning {
    color: #7a4a00;
  }
  .note a,
  .note .link {
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .note .link {
    all: unset;
    text-decoration: underline;
    cursor: pointer;
  }
  .note a:focus-visible,
  .note .link:focus-visible {
    outline: 2px solid var(--kakao-consult-focus-color, #1a56db);
    outline-offset: 1px;
  }
  :host(:state(shape-round)) .note {
    /* A tooltip above the launcher: it sizes to its text, not to the launcher. */
    contain: none;
    position: absolute;
    right: 0;
    bottom: calc(100% + 8px);
    width: max-content;
    max-width: 240px;
    padding: 6px 8px;
    border-radius: 6px;
    background: #fff;
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
  }
`);
