import { after, before, describe } from 'node:test';
import { openRedisStore } from '../../../src/node/server/index.js';
import { startRedis } from '../../support/redis.mjs';
import { storeSuite } from './store-suite.js';

describe('the Redis store, against a real redis-server', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let prefix = '';
  let stores = 0;
  before(async () => {
    redis = await startRedis();
  });
  after(() => redis.close());
  storeSuite({
    open: () => openRedisStore({ url: redis.url, prefix: (prefix = `test-${++stores}:`) }),
    // The server itself goes down and comes back: the counts live in its append-only file.
    reopen: async () => {
      await redis.restart();
      return openRedisStore({ url: redis.url, prefix });
    },
  });
});
