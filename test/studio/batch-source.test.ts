import { expect } from '@open-wc/testing';
import { isEmptyTable, readTableFile, tableToRun } from '../../src/studio/batch-source.js';

describe('the studio batch table source', () => {
  it('reads a .xlsx file as bytes, a .tsv as tab-separated text, anything else as text', async () => {
    const workbook = await readTableFile(new File([new Uint8Array([80, 75, 3, 4])], 'Codes.XLSX'));
    expect('xlsx' in workbook && [...workbook.xlsx]).to.deep.equal([80, 75, 3, 4]);
    expect(await readTableFile(new File(['a\tb'], 'codes.tsv'))).to.deep.equal({ name: 'codes.tsv', text: 'a\tb', tsv: true });
    expect(await readTableFile(new File(['a,b'], 'codes.csv'))).to.deep.equal({ name: 'codes.csv', text: 'a,b', tsv: false });
  });

  it('sends the chosen file over the pasted cells, and a copy of a workbook, so a transfer leaves the choice intact', () => {
    const xlsx = new Uint8Array([1, 2, 3]);
    const table = tableToRun({ name: 'a.xlsx', xlsx }, 'name,channel');
    expect(table.text).to.equal(undefined);
    expect([...table.xlsx!]).to.deep.equal([1, 2, 3]);
    expect(table.xlsx!.buffer).not.to.equal(xlsx.buffer);
    expect(tableToRun({ name: 'a.csv', text: 'x,y', tsv: false }, 'pasted').text).to.equal('x,y');
  });

  it('takes pasted cells as tab-separated when their first line has a tab, BOM or not', () => {
    expect(tableToRun(undefined, '이름\t채널\nposter,@brand').tabs).to.equal(true);
    expect(tableToRun(undefined, '\uFEFF이름\t채널').tabs).to.equal(true);
    expect(tableToRun(undefined, '이름,채널\n"a\tb",@brand').tabs).to.equal(false);
    expect(tableToRun({ name: 'a.tsv', text: 'one column', tsv: true }, '').tabs).to.equal(true);
  });

  it('calls a table of blanks empty, never a workbook', () => {
    expect(isEmptyTable(tableToRun(undefined, ' \n\t\n'))).to.equal(true);
    expect(isEmptyTable(tableToRun(undefined, 'name'))).to.equal(false);
    expect(isEmptyTable(tableToRun({ name: 'a.xlsx', xlsx: new Uint8Array(0) }, ''))).to.equal(false);
  });
});
