import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsultButtonAttributes, ConsultQrAttributes } from '../elements/internal/jsx.js';

// React's own attributes intersect with ours, so `color` narrows to the button's choices.
export type ConsultElementProps<Attributes> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Attributes;

// React 19 reads JSX types from its own module: `<kakao-consult-button channel="@x" />` in TSX.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kakao-consult-button': ConsultElementProps<ConsultButtonAttributes>;
      'kakao-consult-qr': ConsultElementProps<ConsultQrAttributes>;
    }
  }
}
