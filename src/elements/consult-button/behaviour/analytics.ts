import { refusalOf } from '../../../core/launch/context.js';

/** What a consult event tells analytics: where and how, never who. */
export interface AnalyticsFields {
  channel: string;
  placement: string;
  campaign: string;
  platform?: string;
  /** For errors and warnings: the attribute at fault. */
  field?: string;
}

type DataLayer = Record<string, unknown>[];

/**
 * A label as analytics may see it: only what `extra` could carry. Tag managers paste
 * dataLayer values into tags and reports, so markup and personal data stay out.
 */
function label(value: unknown): string {
  return typeof value === 'string' && !refusalOf(value) ? value : '';
}

/**
 * Pushes a consult event to `window.dataLayer` the way Google Tag Manager expects
 * (`{ event: 'consult_click', … }`, GA4-style snake case). Member fields are not even
 * accepted here, so they cannot leak into analytics.
 */
export function pushToDataLayer(type: string, fields: AnalyticsFields): void {
  const target = window as unknown as { dataLayer?: DataLayer };
  const layer = Array.isArray(target.dataLayer) ? target.dataLayer : (target.dataLayer = []);
  const entry: Record<string, unknown> = {
    event: type.replaceAll('-', '_'),
    consult_channel: fields.channel,
    consult_placement: label(fields.placement),
    consult_campaign: label(fields.campaign),
  };
  if (fields.platform) entry.consult_platform = fields.platform;
  if (fields.field) entry.consult_field = fields.field;
  layer.push(entry);
}
