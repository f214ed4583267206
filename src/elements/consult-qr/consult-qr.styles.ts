import { css } from 'lit';

// The code's colours come from attributes (validated for contrast), not custom properties,
// so the downloaded files and the page always show the same code.
/** Styles of `<kakao-consult-qr>`. */
export const consultQrStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: 8px;
    font-family: var(
      --kakao-consult-font-family,
      -apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif
    );
  }
  :host([hidden]) {
    display: none;
  }
  .code {
    display: block;
  }
  .caption {
    /* Wraps within the element's width instead of widening it to the URL's length. */
    contain: inline-size;
    align-self: stretch;
    margin: 0;
    color: #444;
    font-size: 12px;
    line-height: 1.4;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 8px;
  }
  button {
    all: unset;
    box-sizing: border-box;
    padding: 6px 12px;
    border-radius: 8px;
    background: #fff;
    box-shadow: inset 0 0 0 1px rgba(0, 0, 0, 0.2);
    color: rgba(0, 0, 0, 0.85);
    font-size: 13px;
    line-height: 1.4;
    white-space: nowrap;
    cursor: pointer;
  }
  button:hover {
    background: #f4f4f4;
  }
  button:focus-visible {
    outline: 3px solid var(--kakao-consult-focus-color, #1a56db);
    outline-offset: 2px;
  }
  .message {
    margin: 0;
    width: max-content;
    max-width: 240px;
    color: #b3261e;
    font-size: 12px;
    line-height: 1.4;
    word-break: keep-all;
  }
  @media print {
    .actions {
      display: none;
    }
  }
  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
  }
`;
