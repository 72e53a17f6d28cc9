// @vitest-environment node
import { safeFileNamePart } from '@/lib/files';

describe('safeFileNamePart', () => {
  it('keeps Japanese, drops what file systems refuse and the dots and spaces at either end', () => {
    expect(safeFileNamePart('  ..電子カルテ: 停止?.. ')).toBe('電子カルテ 停止');
  });

  it('takes time in step with the length of a title made of dots and spaces', () => {
    // The old trim pattern retried from every dot of a run: 30,000 dots took half a second.
    const time = (n: number) => {
      const title = `a${'.'.repeat(n)}b`;
      const start = performance.now();
      expect(safeFileNamePart(title)).toBe('a');
      return performance.now() - start;
    };
    time(300); // warm up
    const small = Math.max(time(3000), 1);
    const large = time(30_000);
    // Linear work gives about 10×; the quadratic pattern gave over 100×. Generous for a noisy machine.
    expect(large / small).toBeLessThan(40);
  });
});
