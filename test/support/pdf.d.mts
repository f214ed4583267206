/** A page box's size in millimetres. */
export interface BoxSize {
  width: number;
  height: number;
}
export function pdfBoxes(bytes: Uint8Array): { media: BoxSize; trim: BoxSize; bleed: BoxSize };
export function decodePdf(bytes: Uint8Array, dpi?: number): string | undefined;
