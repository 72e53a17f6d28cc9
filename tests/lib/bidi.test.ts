import { balanceIsolates, isolate } from '@/lib/bidi';

const FSI = '\u2068';
const PDI = '\u2069';
const LRI = '\u2066';
const RLO = '\u202e';

describe('isolating user text', () => {
  it('wraps it in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, and leaves ordinary text as it is', () => {
    expect(isolate('山田')).toBe(`${FSI}山田${PDI}`);
    expect(isolate(`${RLO}evil`)).toBe(`${FSI}${RLO}evil${PDI}`);
    expect(balanceIsolates('電子カルテ停止 ABC')).toBe('電子カルテ停止 ABC');
  });

  it('does not let the text end its isolate early: a closing mark without its opener is dropped', () => {
    // Without this, 「PDI + RLO」 in a cell would close the isolate and reverse the label after it.
    expect(isolate(`${PDI}${RLO}evil`)).toBe(`${FSI}${RLO}evil${PDI}`);
  });

  it('closes what the text opened, so its own isolate is the one that ends', () => {
    expect(balanceIsolates(`${LRI}abc`)).toBe(`${LRI}abc${PDI}`);
    expect(balanceIsolates(`${LRI}a${PDI}${PDI}b`)).toBe(`${LRI}a${PDI}b`);
    // Each paragraph on its own: a line break ends what the line opened.
    expect(balanceIsolates(`${LRI}a\n${PDI}b`)).toBe(`${LRI}a${PDI}\nb`);
  });
});
