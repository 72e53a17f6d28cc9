import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { AppHeader } from '@/components/app-header';
import { formatBytes, requestPersistence, storageInfo, type StorageInfo } from '@/lib/storage';
import { useInstallPrompt } from './use-install-prompt';

/** Storage, installation and what this app is: the page to check before an incident. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const install = useInstallPrompt();
  const refresh = () => void storageInfo().then(setInfo);
  useEffect(refresh, []);
  const lang = i18n.language;

  return (
    <div className="settings-page">
      <AppHeader />
      <main id="main" className="settings-main">
        <h2>{t('settings.heading')}</h2>
        <section aria-labelledby="storage-heading" className="panel">
          <h3 id="storage-heading">{t('settings.storage.heading')}</h3>
          <p>{t('settings.storage.local')}</p>
          <dl className="facts">
            <dt>{t('settings.storage.usage')}</dt>
            <dd>{info ? t('settings.storage.usageValue', { usage: formatBytes(info.usage, lang), quota: formatBytes(info.quota, lang) }) : t('common.loading')}</dd>
            <dt>{t('settings.storage.persistence')}</dt>
            <dd>{info ? t(`settings.storage.persisted.${String(info.persisted)}`) : t('common.loading')}</dd>
          </dl>
          {info && info.persisted !== true && (
            <div className="warning-box">
              <p>{t('settings.storage.evictionWarning')}</p>
              <button type="button" className="button-small" onClick={() => void requestPersistence().then(refresh)}>
                {t('settings.storage.requestPersistence')}
              </button>
            </div>
          )}
        </section>
        <section aria-labelledby="install-heading" className="panel">
          <h3 id="install-heading">{t('settings.install.heading')}</h3>
          <p>{t('settings.install.why')}</p>
          {install && (
            <button type="button" className="button button-primary" onClick={() => void install()}>
              {t('settings.install.button')}
            </button>
          )}
          <ol>
            <li>{t('settings.install.step1')}</li>
            <li>{t('settings.install.step2')}</li>
            <li>{t('settings.install.step3')}</li>
          </ol>
        </section>
        <section aria-labelledby="about-heading" className="panel">
          <h3 id="about-heading">{t('settings.about.heading')}</h3>
          <p>{t('settings.about.source')}</p>
          <dl className="facts">
            <dt>{t('settings.about.checklistVersion')}</dt>
            <dd>{checklist.version}</dd>
            <dt>{t('settings.about.build')}</dt>
            <dd>{__BUILD_ID__}</dd>
          </dl>
        </section>
      </main>
    </div>
  );
}
