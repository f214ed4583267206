/** Copies demo/next-app into the consumer project and runs `next build`; resolves to its milliseconds. */
export function nextBuild(project: string): Promise<number>;
/** Every .js file under `directory`, recursively. */
export function scripts(directory: string): string[];
/** How many copies of lit-html the scripts under `directory` hold. */
export function litCopies(directory: string): number;
