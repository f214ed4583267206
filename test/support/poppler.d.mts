export function ensurePoppler(): void;
