import type { EncodeResult } from '../../../core/launch/context.js';
import { EXTRA_MAX_LENGTH } from '../../../core/launch/launch.js';
import { charCount } from '../../../core/text.js';
import type { LaunchSpec } from '../../../core/print/printed-code.js';

/** How the context fits in `extra`, as `--json` prints it. */
export interface ExtraReport {
  value: string;
  length: number;
  max: number;
  kept: string[];
  shortened: string[];
  dropped: EncodeResult['dropped'];
}

/** The launch as `--json` prints it: the GET URL a code carries, and the POST form a button sends. */
export function launchReport({ launch, context }: LaunchSpec) {
  const extra: ExtraReport = {
    value: context.extra,
    length: charCount(context.extra),
    max: EXTRA_MAX_LENGTH,
    kept: context.kept,
    shortened: context.shortened,
    dropped: context.dropped,
  };
  return { url: launch.url, method: launch.method, action: launch.action, fields: launch.fields, extra };
}

/** `extra: p=poster_a;c=spring26 (21/50 characters)`, or that it is empty. */
export function extraLine({ context }: LaunchSpec): string {
  return context.extra === '' ? 'extra: (none)' : `extra: ${context.extra} (${charCount(context.extra)}/${EXTRA_MAX_LENGTH} characters)`;
}
