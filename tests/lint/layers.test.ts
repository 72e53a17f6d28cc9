// @vitest-environment node
/**
 * The layer rules of eslint.config.js (docs/architecture.md), tried on
 * deliberately wrong files: each must be refused, and the right ones pass.
 */
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function importProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const wrong: [file: string, source: string][] = [
  ['src/fields/bad-field.tsx', "import { saveAnswers as x } from '@/db/save';"],
  ['src/fields/bad-field.tsx', "import { saveAnswers as x } from '../db/save';"],
  ['src/components/bad.tsx', "import { WizardPage as x } from '@/features/wizard/wizard-page';"],
  ['src/components/bad.tsx', "import { App as x } from '@/app/app';"],
  ['src/saving/bad.ts', "import { TextField as x } from '@/fields/text-field';"],
  ['src/db/bad.ts', "import { queueFor as x } from '@/saving/save-queue';"],
  ['src/checklist/bad.ts', "import { getIncident as x } from '@/db/incidents';"],
  ['src/lib/bad.ts', "import { UserText as x } from '@/components/user-text';"],
  ['src/features/record/bad.tsx', "import { ExportIncidentButton as x } from '@/features/transfer/export-incident-button';"],
  ['src/features/record/bad.tsx', "import { ExportIncidentButton as x } from '../transfer/export-incident-button';"],
  ['src/features/record/pdf/bad.ts', "import { parseFile as x } from '../../transfer/format';"],
  ['src/features/wizard/bad.tsx', "import { App as x } from '@/app/app';"],
  // The Dexie rule holds in every layer's block.
  ['src/features/wizard/bad.tsx', "import x from 'dexie';"],
  ['src/fields/bad-field.tsx', "import { useLiveQuery as x } from 'dexie-react-hooks';"],
  ['src/saving/bad.ts', "import { db as x } from '@/db/db';"],
];

const right: [file: string, source: string][] = [
  ['src/fields/good-field.tsx', "import { queueFor as x } from '@/saving/save-queue';"],
  ['src/features/record/good.tsx', "import { buildRecord as x } from './record-model';"],
  ['src/features/record/pdf/good.ts', "import { buildRecord as x } from '../record-model';"],
  ['src/features/wizard/good.tsx', "import { paths as x } from '@/lib/router';"],
  ['src/app/good.tsx', "import { WizardPage as x } from '@/features/wizard/wizard-page';"],
  ['src/db/good.ts', "import x from 'dexie';"],
];

describe('layer rules', () => {
  it.each(wrong)('refuses %s: %s', async (file, source) => {
    expect(await importProblems(file, source)).not.toEqual([]);
  });

  it.each(right)('allows %s: %s', async (file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });

  it('holds for the code as it is', async () => {
    const results = await eslint.lintFiles(['src']);
    const problems = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(problems).toEqual([]);
  }, 60_000);
});
