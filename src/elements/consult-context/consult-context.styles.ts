import { css } from 'lit';

// Badge colours back up the words, never replace them; each pair passes 4.5:1.
/** Styles of `<kakao-consult-context>`. */
export const consultContextStyles = css`
  :host {
    display: block;
    font-family: var(
      --kakao-consult-font-family,
      -apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif
    );
    font-size: 14px;
    line-height: 1.4;
    color: #1f1f1f;
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    border: 1px solid #d0d0d0;
    border-radius: 8px;
    padding: 8px 12px;
    background: #fff;
  }
  .badge {
    display: inline-block;
    margin: 0 0 8px;
    padding: 2px 8px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 12px;
    font-weight: 600;
  }
  .valid {
    color: #0b6b2e;
    background: #e8f6ec;
  }
  .unsigned,
  .no-secret {
    color: #4a4a4a;
    background: #f2f2f2;
  }
  .bad-signature {
    color: #a3161a;
    background: #fdecec;
  }
  .expired {
    color: #7a4a00;
    background: #fff4e0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  .row {
    display: contents;
  }
  dt {
    color: #555;
  }
  dd {
    margin: 0;
    /* A long value (a path, a hand-made extra) wraps instead of widening the console. */
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .empty {
    margin: 0;
    color: #555;
  }
`;
