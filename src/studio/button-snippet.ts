// The web-page twin of the single code: the consult button's HTML with its link already drawn
// (core's renderConsultButton, as server rendering and `kakao-consult url --html` write it),
// with the same channel and context as the printed code.
import { renderConsultButton } from '../core/launch/consult-markup.js';

/** The form's fields as the element's attributes; blank fields are left out. */
export function buttonSnippet(values: Readonly<Record<string, string>>): string {
  const attributes: Record<string, string> = {};
  const fields: [attribute: string, field: string][] = [
    ['channel', 'channel'],
    ['placement', 'placement'],
    ['campaign', 'campaign'],
    ['page-key', 'page'],
    ['bot', 'bot'],
    ['event', 'event'],
  ];
  for (const [attribute, field] of fields) if (values[field]) attributes[attribute] = values[field];
  return renderConsultButton(attributes);
}
