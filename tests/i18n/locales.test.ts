// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { loadLanguage, loadReferenceWording } from '@/i18n';

type Tree = { [key: string]: string | Tree };

// Each language's wording as the app puts it together (it loads it in parts).
await Promise.all([loadLanguage('ja', true), loadLanguage('en', true), loadReferenceWording('ja'), loadReferenceWording('en')]);
const jaTranslation: unknown = i18next.getResourceBundle('ja', 'translation');
const enTranslation: unknown = i18next.getResourceBundle('en', 'translation');

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Plural forms differ by language (English has _one, Japanese only _other): compare the base keys. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const ja = new Set(flatten(jaTranslation as unknown as Tree).map(base));
const en = new Set(flatten(enTranslation as unknown as Tree).map(base));
const has = (set: Set<string>, key: string) => set.has(key);

describe('the locale files', () => {
  it('have the same keys in Japanese and English', () => {
    expect([...ja].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !ja.has(k))).toEqual([]);
  });

  it('hold every fixed key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !has(ja, key) || !has(en, key));
    expect(missing).toEqual([]);
  });

  it('leave no value empty', () => {
    const empty = (tree: Tree) =>
      flatten(tree).filter((key) => key.split('.').reduce<unknown>((node, k) => (node as Tree)?.[k], tree) === '');
    expect(empty(jaTranslation as unknown as Tree)).toEqual([]);
    expect(empty(enTranslation as unknown as Tree)).toEqual([]);
  });
});
