// Context codec throughput, next to a peer: URLSearchParams packing the same fields (what a
// site would write by hand, with no budget, priority or privacy checks).
import { encodeContext, parseExtra, type ContextFields } from '../../src/core/launch/context.js';
import { opsPerSecond, printSummary, printTable } from './measure.js';

const fields: ContextFields = {
  placement: 'product_detail',
  campaign: 'spring26',
  source: 'search.naver.com',
  memberId: 'A1029',
  memberGrade: 'VIP',
  page: '/product/123456',
};
const extra = encodeContext(fields).extra;
const peer = new URLSearchParams(fields as Record<string, string>).toString();

const encode = [
  opsPerSecond(() => encodeContext(fields)),
  opsPerSecond(() => new URLSearchParams(fields as Record<string, string>).toString()),
];
const decode = [opsPerSecond(() => parseExtra(extra)), opsPerSecond(() => Object.fromEntries(new URLSearchParams(peer)))];

printTable(
  `extra codec (${extra.length} characters: ${extra})`,
  ['operation', 'kit ops/s', 'URLSearchParams ops/s'],
  [
    ['encode', ...encode],
    ['decode', ...decode],
  ],
);

const versus = ([kit, urlSearchParams]: number[]) =>
  `${Math.round(kit!).toLocaleString('en')} ops/s (URLSearchParams ${Math.round(urlSearchParams!).toLocaleString('en')})`;
printSummary({ bench: 'extra codec', figures: { encode: versus(encode), decode: versus(decode) } });
