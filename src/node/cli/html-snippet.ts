import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { consultSnippet, unpkgDist } from '../../core/launch/consult-snippet.js';

/** The CLI's own dist/ (two levels up from dist/node/cli/): the files the snippet names, hashed as they are published. */
const DIST = new URL('../../', import.meta.url);

const sri = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The file's bytes in the installed package, or undefined when the CLI runs from source (no build). */
function distFile(path: string): Uint8Array | undefined {
  try {
    return readFileSync(new URL(path, DIST));
  } catch {
    return undefined;
  }
}

/**
 * `kakao-consult url --html`: the snippet for this version on unpkg, with the SRI hash of the
 * package's own script-tag file (the same the README shows; it carries the element chunk's),
 * and the button drawn for these launch options and this look, with its look's styles.
 */
export function htmlSnippet(values: {
  channel?: string;
  placement?: string;
  campaign?: string;
  page?: string;
  bot?: string;
  event?: string;
  endpoint?: string;
  label?: string;
  color?: string;
  size?: string;
  shape?: string;
}): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', DIST), 'utf8')) as { version: string };
  const script = distFile('kakao-consult-button.min.js');
  return consultSnippet(
    {
      channel: values.channel,
      placement: values.placement,
      campaign: values.campaign,
      'page-key': values.page,
      bot: values.bot,
      event: values.event,
      endpoint: values.endpoint,
      label: values.label,
      color: values.color,
      size: values.size,
      shape: values.shape,
    },
    {
      base: unpkgDist(manifest.version),
      script: script && sri(script),
    },
  );
}
