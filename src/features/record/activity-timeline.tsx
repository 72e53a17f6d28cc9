import { UserText } from '@/components/user-text';
import type { RecordLabels } from './record-labels';
import type { RecordActivity } from './record-model';

/** Every change in the order it was recorded, with when the action itself happened. */
export function ActivityTimeline({ rows, labels }: { rows: RecordActivity[]; labels: RecordLabels }) {
  const l = labels.activity;
  return (
    <section className="record-activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{l.title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{l.recordedAt}</th>
            <th scope="col">{l.occurredAt}</th>
            <th scope="col">{l.what}</th>
            <th scope="col">{l.value}</th>
            <th scope="col">{l.recorder}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{row.recordedAt}</td>
              <td>{row.occurredAt}</td>
              <td>{row.what}</td>
              <td>
                <UserText>{row.value}</UserText>
              </td>
              <td>
                <UserText>{row.recorder}</UserText>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
