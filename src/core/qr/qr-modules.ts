/** A QR symbol's modules, without its quiet zone. */
export interface QrMatrix {
  /** Modules per side. */
  readonly size: number;
  /** True for a dark module at column `x`, row `y`; anything outside the symbol is light. */
  get(x: number, y: number): boolean;
}

/** A matrix as plain data, one byte a module (1 dark), row by row: what can cross to another thread, where a `QrMatrix`'s function cannot. */
export interface QrModules {
  size: number;
  data: Uint8Array;
}

/** A matrix over modules laid out as `QrModules`, which it keeps for whoever reads them all ({@link modulesOf}). */
class ModuleMatrix implements QrMatrix {
  constructor(
    readonly size: number,
    readonly data: Uint8Array,
  ) {}

  get(x: number, y: number): boolean {
    const { size } = this;
    return x >= 0 && y >= 0 && x < size && y < size && this.data[y * size + x] === 1;
  }
}

/** The matrix over modules laid out as `QrModules` (and as the `qrcode` encoder gives them). */
export function matrixOf({ size, data }: QrModules): QrMatrix {
  return new ModuleMatrix(size, data);
}

/** The modules of any matrix as plain data (a `matrixOf` matrix's own, not a copy); `matrixOf` turns them back. */
export function modulesOf(matrix: QrMatrix): QrModules {
  if (matrix instanceof ModuleMatrix) return { size: matrix.size, data: matrix.data };
  const { size } = matrix;
  const data = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) data[y * size + x] = matrix.get(x, y) ? 1 : 0;
  return { size, data };
}
