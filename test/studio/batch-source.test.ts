import { expect } from '@open-wc/testing';
import { isEmptyTable, readChosenFile, tableToRun } from '../../src/studio/batch-source.js';

describe('the studio batch table source', () => {
  it('reads any chosen file as its bytes, for the worker to decode as the CLI does', async () => {
    const cp949 = new Uint8Array([0x8c, 0x63, 0x2c, 0x61]);
    expect(await readChosenFile(new File([cp949], 'codes.csv'))).to.deep.equal({ name: 'codes.csv', bytes: cp949 });
  });

  it('sends the chosen file over the pasted cells, its bytes copied, so a transfer leaves the choice intact', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const table = tableToRun({ name: 'a.xlsx', bytes }, 'name,channel');
    expect(table.text).to.equal(undefined);
    expect(table.file!.name).to.equal('a.xlsx');
    expect([...table.file!.bytes]).to.deep.equal([1, 2, 3]);
    expect(table.file!.bytes.buffer).not.to.equal(bytes.buffer);
  });

  it('takes pasted cells as tab-separated when their first line has a tab, BOM or not', () => {
    expect(tableToRun(undefined, '이름\t채널\nposter,@brand').tabs).to.equal(true);
    expect(tableToRun(undefined, '\uFEFF이름\t채널').tabs).to.equal(true);
    expect(tableToRun(undefined, '이름,채널\n"a\tb",@brand').tabs).to.equal(false);
  });

  it('calls a table of blanks empty, never a workbook', () => {
    expect(isEmptyTable(tableToRun(undefined, ' \n\t\n'))).to.equal(true);
    expect(isEmptyTable(tableToRun(undefined, 'name'))).to.equal(false);
    expect(isEmptyTable(tableToRun({ name: 'a.xlsx', bytes: new Uint8Array(0) }, ''))).to.equal(false);
  });
});
