// A matrix over modules and its plain data: the same modules both ways, read as bytes by the
// runs whether the matrix keeps them (`matrixOf`) or only answers `get` (a caller's own).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { qrRuns } from '../../../src/core/qr/qr.js';
import { matrixOf, modulesOf, type QrMatrix } from '../../../src/core/qr/qr-modules.js';

const modules = { size: 3, data: Uint8Array.from([1, 1, 0, 0, 0, 0, 1, 0, 1]) };

describe('QR modules', () => {
  it('a matrixOf matrix answers get from its modules, light outside them', () => {
    const matrix = matrixOf(modules);
    assert.equal(matrix.size, 3);
    assert.deepEqual(
      [0, 1, 2].map((y) => [0, 1, 2].map((x) => matrix.get(x, y))),
      [
        [true, true, false],
        [false, false, false],
        [true, false, true],
      ],
    );
    assert.equal(matrix.get(-1, 0) || matrix.get(3, 0) || matrix.get(0, 3), false);
  });

  it('gives a matrixOf matrix its own modules back, and any other matrix its modules as bytes', () => {
    assert.equal(modulesOf(matrixOf(modules)).data, modules.data);
    const own: QrMatrix = { size: 3, get: (x, y) => modules.data[y * 3 + x] === 1 };
    assert.deepEqual(modulesOf(own), modules);
  });

  it('finds the same runs in either kind of matrix', () => {
    const own: QrMatrix = { size: 3, get: (x, y) => modules.data[y * 3 + x] === 1 };
    const runs = [
      { x: 0, y: 0, length: 2 },
      { x: 0, y: 2, length: 1 },
      { x: 2, y: 2, length: 1 },
    ];
    assert.deepEqual(qrRuns(matrixOf(modules)), runs);
    assert.deepEqual(qrRuns(own), runs);
  });
});
