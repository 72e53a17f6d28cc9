/** STUB — to be replaced by the full definition. */
import type { ChecklistDefinition } from './types';

export const checklist: ChecklistDefinition = {
  version: 1,
  optionLists: [
    {
      id: 'incidentCases',
      options: [
        { id: 'encrypted', source: 'manual', hint: true },
        { id: 'accountLocked', source: 'manual' },
      ],
    },
  ],
  phases: [
    {
      id: 'detection',
      actions: ['detect'],
      steps: [
        {
          code: '1-1',
          guidance: [{ id: 'g1', kind: 'instruction' }],
          sections: [
            {
              id: '1-1.cases',
              header: 'incidentCase',
              items: [
                { id: 'incidentCases', kind: 'checkboxGroup', list: 'incidentCases', source: 'manual' },
                { id: 'incidentDescription', kind: 'text', multiline: true, source: 'manual' },
              ],
            },
          ],
        },
        {
          code: '1-4',
          guidance: [{ id: 'g1', kind: 'instruction' }],
          sections: [
            {
              id: '1-4.measures',
              header: 'emergency',
              items: [{ id: 'lanUnplugged', kind: 'action', source: 'proposed' }],
            },
            {
              id: '1-4.hearing',
              header: 'circumstances',
              layout: 'hearing',
              items: [
                { id: 'hearingWhen', kind: 'text', vague: 'specificDateTime', notes: ['example', 'ng', 'point'], source: 'manual' },
                { id: 'hearingWhat', kind: 'text', multiline: true, vague: 'detail', notes: ['example', 'ng', 'point'], source: 'manual' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'initialResponse',
      actions: ['a'],
      steps: [
        {
          code: '2-10',
          guidance: [{ id: 'g1', kind: 'instruction' }],
          sections: [
            {
              id: '2-10.damage',
              header: 'damage',
              items: [
                { id: 'leakPossible', kind: 'triState', source: 'proposed' },
                { id: 'detectedBy', kind: 'person', source: 'proposed' },
                { id: 'detectedAt', kind: 'datetime', source: 'proposed' },
              ],
            },
          ],
        },
        {
          code: '2-14',
          guidance: [{ id: 'g1', kind: 'instruction' }],
          sections: [
            {
              id: '2-14.logs',
              header: 'evidence',
              items: [
                {
                  id: 'logSources',
                  kind: 'table',
                  source: 'proposed',
                  columns: [
                    { id: 'source', kind: 'text' },
                    { id: 'preserved', kind: 'triState' },
                    { id: 'at', kind: 'datetime' },
                  ],
                  presets: [{ id: 'vpn', source: 'manual' }],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'recovery',
      actions: ['a'],
      steps: [
        {
          code: '3-4',
          guidance: [{ id: 'g1', kind: 'instruction' }],
          sections: [
            { id: '3-4.approval', header: 'recovery', items: [{ id: 'recoveryApproval', kind: 'approval', source: 'proposed' }] },
          ],
        },
      ],
    },
    {
      id: 'followUp',
      actions: ['a'],
      steps: [
        {
          code: '4-5',
          guidance: [{ id: 'g1', kind: 'instruction' }],
          sections: [
            { id: '4-5.measures', header: 'followUp', items: [{ id: 'preventionText', kind: 'text', multiline: true, source: 'manual' }] },
          ],
        },
      ],
    },
  ],
};
