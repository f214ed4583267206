import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import { openSqliteStore } from '../../../src/node/server/index.js';
import { storeSuite } from './store-suite.js';

describe('the SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kakao-consult-sqlite-'));
  let file = '';
  let files = 0;
  after(() => rmSync(dir, { recursive: true, force: true }));
  storeSuite({
    open: () => openSqliteStore((file = join(dir, `scans-${++files}.db`))),
    reopen: () => openSqliteStore(file),
  });
});
