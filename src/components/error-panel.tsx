import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/router';
import { UserText } from './user-text';

/**
 * A page that has nothing to show (no such incident, an unreadable one, an
 * unknown step): the reason, what the stored row says is wrong, and the way
 * back. The page's main landmark and heading, announced as an alert; printed
 * as shown, without the link.
 */
export function ErrorPanel({ message, detail }: { message: string; detail?: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="error-panel">
      <div role="alert">
        <h1 className="error-message">{message}</h1>
        {detail !== undefined && (
          <p className="error-detail">
            <UserText>{detail}</UserText>
          </p>
        )}
        <a className="button no-print" href={paths.list()}>
          {t('nav.backToList')}
        </a>
      </div>
    </main>
  );
}
