import type { Server } from 'node:http';

export const ROOT: string;
/** A fresh project whose node_modules holds the packed package and links to its dependencies. */
export function installPackedPackage(): string;
/** Gzip bytes of an app's initial JS when esbuild bundles it with code splitting. */
export function initialBytes(project: string, name: string, source: string): Promise<number>;
/** What each way of importing the kit adds to an app's initial JS, in gzip bytes, for one button. */
export function initialGrowth(project: string): Promise<Record<string, number>>;
/** Serves a consumer project's files on a free localhost port, as a static host would. */
export function serveProject(project: string): Promise<{ server: Server; origin: string }>;
