import { useTranslation } from 'react-i18next';
import type { RecordActivity } from './record-model';

/** Every change in the order it was recorded, with when the action itself happened. */
export function ActivityTimeline({ rows }: { rows: RecordActivity[] }) {
  const { t } = useTranslation();
  return (
    <section className="record-activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t('record.activity')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('record.recordedAt')}</th>
            <th scope="col">{t('record.occurredAt')}</th>
            <th scope="col">{t('record.what')}</th>
            <th scope="col">{t('record.value')}</th>
            <th scope="col">{t('recorder.label')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{row.recordedAt}</td>
              <td>{row.occurredAt}</td>
              <td>{row.what}</td>
              <td>{row.value}</td>
              <td>{row.recorder}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
