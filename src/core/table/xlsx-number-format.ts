/**
 * A number cell as Excel shows it, for the formats a list of codes meets: zero-padded
 * numbers (`0000` keeps 0012 as typed), fixed decimals, thousands separators, percentages and
 * plain dates. A code must carry what the marketer saw, so a format outside these is reported
 * (undefined), never shown as the bare stored number.
 */

/** Built-in formats (ECMA-376 18.8.30): those this reader shows, and times it names when it refuses them. */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  // Shown by Korean Excel as 2026-03-01.
  14: 'yyyy-mm-dd',
  // Times, named so a refusal can quote them.
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  49: '@',
};

/** The format code of a number format id: a workbook's own (164 and up), a built-in one, or the id of one this reader does not know. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string {
  return custom.get(id) ?? BUILT_IN[id] ?? `built-in format ${id}`;
}

const NUMBER = /^(#,##0|#,#00|[0#]*)(?:\.([0#]+))?(%?)$/;
const DATE = /^(yyyy|yy|m{1,2}|d{1,2})([-./])(m{1,2}|d{1,2})(?:\2(yyyy|yy|m{1,2}|d{1,2}))?$/;

/** `value` (the cell's stored number) in `format`, or undefined when this reader cannot show it as Excel does. */
export function formatCellNumber(value: string, format: string | undefined): string | undefined {
  if (format === undefined || format === 'General' || format === '@') return value;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return value;
  const code = format
    .replace(/\[\$-[0-9A-F]+\]/gi, '')
    .replace(/\\(.)|"([^"]*)"/g, '$1$2')
    .trim()
    .toLowerCase();
  const numeric = NUMBER.exec(code);
  if (numeric) {
    const [, whole = '', fraction = '', percent] = numeric;
    const scaled = percent ? number * 100 : number;
    const fixed = Math.abs(scaled).toFixed(fraction.length);
    let [integer = '', decimals = ''] = fixed.split('.');
    // `#` places show only digits that are not trailing zeros.
    const optional = fraction.length - fraction.replace(/#+$/, '').length;
    if (optional > 0) decimals = decimals.replace(new RegExp(`0{1,${optional}}$`), '');
    integer = integer.padStart((whole.match(/0/g) ?? []).length, '0');
    if (integer === '0' && !whole.includes('0')) integer = '';
    if (whole.includes(',')) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${scaled < 0 ? '-' : ''}${integer}${decimals ? `.${decimals}` : ''}${percent}`;
  }
  const date = DATE.exec(code);
  if (date && Number.isInteger(number)) {
    // Serial 25569 is 1970-01-01 (Excel's 1900 system, past its false 1900-02-29).
    const day = new Date((number - 25569) * 86_400_000);
    const parts: Record<string, string> = {
      yyyy: String(day.getUTCFullYear()),
      yy: String(day.getUTCFullYear() % 100).padStart(2, '0'),
      mm: String(day.getUTCMonth() + 1).padStart(2, '0'),
      m: String(day.getUTCMonth() + 1),
      dd: String(day.getUTCDate()).padStart(2, '0'),
      d: String(day.getUTCDate()),
    };
    const [, first, separator, second, third] = date;
    return [first, second, third]
      .filter((part): part is string => part !== undefined)
      .map((part) => parts[part])
      .join(separator);
  }
  return undefined;
}
