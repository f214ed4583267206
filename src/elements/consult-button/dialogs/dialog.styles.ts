import { css } from 'lit';

/** Shared by the consent dialog and the PC panel: a native modal <dialog>, Kakao-styled. */
export const dialogStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(360px, calc(100vw - 32px));
    max-height: calc(100vh - 32px);
    padding: 0;
    border: 0;
    border-radius: 16px;
    background: #fff;
    color: #191919;
    box-shadow: 0 12px 40px rgba(0, 0, 0, 0.24);
    font: 14px/1.5 var(--kakao-consult-font-family, -apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif);
    white-space: normal;
    word-break: keep-all;
  }
  dialog::backdrop {
    background: rgba(0, 0, 0, 0.45);
  }
  .dialog-body {
    padding: 24px;
  }
  .dialog-title {
    margin: 0 0 8px;
    font-size: 17px;
    font-weight: 700;
  }
  .dialog-actions {
    display: flex;
    gap: 8px;
    margin-top: 20px;
  }
  .dialog-actions button {
    all: unset;
    box-sizing: border-box;
    flex: 1;
    min-height: 44px;
    padding: 10px 12px;
    border-radius: 12px;
    text-align: center;
    font-weight: 600;
    cursor: pointer;
  }
  .dialog-actions .primary {
    background: #fee500;
    color: rgba(0, 0, 0, 0.85);
  }
  .dialog-actions .secondary {
    background: #f2f2f2;
    color: #191919;
  }
  .dialog-actions button:focus-visible,
  dialog a:focus-visible {
    outline: 3px solid var(--kakao-consult-focus-color, #1a56db);
    outline-offset: 2px;
  }
  dialog a {
    color: #1a56db;
  }
  .qr {
    display: grid;
    place-items: center;
    min-height: 200px;
    margin: 12px 0;
  }
  .qr-placeholder {
    width: 200px;
    height: 200px;
    border-radius: 8px;
    background: #f2f2f2;
  }
  .qr kakao-consult-qr::part(actions) {
    display: none;
  }
  .panel-scan {
    margin: 0;
    text-align: center;
  }
  .notice {
    margin: 12px 0 0;
    padding: 12px;
    border-radius: 8px;
    background: #f7f7f7;
  }
  .notice dt {
    font-weight: 600;
  }
  .notice dd {
    margin: 0 0 8px;
  }
  .notice dd:last-child {
    margin-bottom: 0;
  }
`;
