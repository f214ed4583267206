import { expect } from '@open-wc/testing';
import { batchDefaults, batchFormat, jobName, templateChoice } from '../../src/studio/batch-panel.js';
import { buttonSnippet } from '../../src/studio/button-snippet.js';
import { consultSnippet } from '../../src/core/launch/consult-snippet.js';
import { codeFileName, describeCode } from '../../src/studio/code-files.js';
import { computeCode, persisted } from '../../src/studio/code-form.js';

const FORM = {
  channel: '@brand',
  placement: 'poster_a',
  campaign: 'spring26',
  source: '',
  page: '',
  bot: '',
  event: '',
  sizing: 'print',
  size: '30',
  unit: 'mm',
  dpi: '300',
  px: '1024',
  ecc: 'M',
  margin: '4',
  dark: '#000000',
  light: '#ffffff',
};

describe('the studio single code form', () => {
  it('makes a code at the print size asked for, carrying the placement', () => {
    const { code, context, notes } = computeCode(FORM, undefined, 'ko');
    expect(notes).to.deep.equal([]);
    expect(code!.mm).to.equal(30);
    expect(code!.placement).to.equal('poster_a');
    expect(context.extra).to.include('poster_a');
    expect(describeCode(code!)).to.match(/^30 mm, modules 0\.\d+ mm · PNG \d+ × \d+ px at \d+ dpi · \d+ modules, level M$/);
    expect(codeFileName(code!, 'svg')).to.equal('kakao-consult-poster_a.svg');
  });

  it('sizes by pixels when asked, with no print size', () => {
    const { code } = computeCode({ ...FORM, sizing: 'px', px: '512' }, undefined, 'en');
    expect(code!.mm).to.equal(undefined);
    expect(code!.plan.px).to.be.within(480, 512);
  });

  it('stops the code on a refused value, names its field, and keeps that value out of the URL hash', () => {
    const values = { ...FORM, placement: '010-1234-5678' };
    const { code, context, notes } = computeCode(values, undefined, 'ko');
    expect(code).to.equal(undefined);
    expect(notes.map(({ kind, field }) => `${kind}:${field}`)).to.include('problem:placement');
    const kept = new Map(persisted(values, context, notes));
    expect(kept.has('placement')).to.equal(false);
    expect(kept.get('channel')).to.equal('@brand');
  });

  it('names a file after the channel when the code carries no placement, in safe characters', () => {
    const { code } = computeCode({ ...FORM, placement: '' }, undefined, 'en');
    expect(codeFileName(code!, 'png')).to.equal('kakao-consult-brand.png');
    expect(codeFileName({ ...code!, placement: '가게 / 1층' }, 'png')).to.equal('kakao-consult-가게_1층.png');
  });
});

describe('the studio batch settings', () => {
  it("fills blank cells from the form; a card is sized by its paper, not the form's millimetres", () => {
    expect(batchDefaults(FORM, { template: 'code', format: 'png', bleed: false })).to.include({
      size: '30mm',
      dpi: '300',
      px: undefined,
      template: 'code',
      bleed: undefined,
    });
    expect(batchDefaults(FORM, { template: 'card', format: 'pdf', bleed: true })).to.include({
      size: undefined,
      dpi: undefined,
      bleed: '3mm',
    });
    expect(batchDefaults({ ...FORM, sizing: 'px' }, { template: 'code', format: 'png', bleed: false })).to.include({
      size: undefined,
      px: '1024',
    });
  });

  it('reads the A5 card from the template menu as a card on A5 paper', () => {
    expect(templateChoice('card-a5')).to.deep.equal({ template: 'card', paper: 'a5' });
    expect(templateChoice('sticker')).to.deep.equal({ template: 'sticker' });
    expect(batchDefaults(FORM, { template: 'card-a5', format: 'pdf', bleed: false })).to.include({ template: 'card', size: 'a5' });
    expect(batchFormat('card-a5', 'png')).to.equal('pdf');
  });

  it("names the sheets' job after the table file, else the kit", () => {
    expect(jobName('봄 캠페인.v2.csv')).to.equal('봄 캠페인.v2');
    expect(jobName(undefined)).to.equal('kakao-consult');
  });

  it("gives the single code's web button as a ready snippet with the same channel and context, blank fields left out", () => {
    const files = {
      base: 'https://unpkg.com/kakao-consult-button@9.9.9/dist',
      script: 'sha384-s',
    };
    expect(buttonSnippet(FORM, files)).to.equal(consultSnippet({ channel: '@brand', placement: 'poster_a', campaign: 'spring26' }, files));
    expect(buttonSnippet({ ...FORM, page: 'gangnam', bot: 'true' }, files)).to.match(
      / page-key="gangnam" bot="true"><a href="https:\/\/bizmessage\.kakao\.com\/chat\/open\/@brand\?/,
    );
  });

  it('draws artwork templates as PDF when PNG was chosen', () => {
    expect(batchFormat('code', 'png')).to.equal('png');
    expect(batchFormat('sticker', 'png')).to.equal('pdf');
    expect(batchFormat('card', 'svg')).to.equal('svg');
  });
});
