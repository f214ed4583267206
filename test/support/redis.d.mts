export function ensureRedis(): string;
export function freePort(): Promise<number>;
export function startRedis(): Promise<{ url: string; restart(): Promise<void>; close(): Promise<void> }>;
