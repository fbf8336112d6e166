import { useId, useState } from 'react';
import type { CatalogConfig } from '../course/catalog';
import { certificateId, localDay } from '../course/certificate-id';
import { formatDay, formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/certificate';
import './certificate.css';

interface CertificateProps {
  /** The name the LMS gives, already in "Given Family" order; null outside an LMS. */
  readonly learnerName: string | null;
  readonly config: CatalogConfig;
  /** The course score, shown against the pass mark; null in a reporting mode that judges no pass mark. */
  readonly score: number | null;
}

/**
 * A printable certificate of completion, offered once the learner has met the completion rule.
 * The name comes from the LMS where it gives one; otherwise the learner types it, and it is not stored.
 */
export function Certificate({ learnerName, config, score }: CertificateProps) {
  const [typedName, setTypedName] = useState('');
  const fieldId = useId();
  const name = (learnerName ?? typedName).trim();
  // The saved progress keeps no completion date, and adding one would change the snapshot format
  // every LMS already holds. So the certificate carries the day it is shown and printed.
  const today = new Date();
  const id = certificateId({
    courseId: config.id,
    courseVersion: config.version,
    learnerName: name,
    day: localDay(today),
  });
  return (
    <div className="certificate-block">
      {learnerName === null && (
        <div className="certificate-block__name">
          <label htmlFor={fieldId}>{t('certificate.name-field')}</label>
          <input
            id={fieldId}
            type="text"
            autoComplete="name"
            value={typedName}
            onChange={(e) => setTypedName(e.target.value)}
          />
        </div>
      )}
      <figure className="certificate" aria-label={t('certificate.label')}>
        <div className="certificate__frame">
          <div className="certificate__brand">
            <img className="certificate__logo" src={config.logo} alt="" width={56} height={56} />
            <span className="certificate__org">{config.organisation}</span>
          </div>
          <p className="certificate__kind">{t('certificate.kind')}</p>
          <Message
            id="certificate.statement"
            values={{ name: name || '—', course: config.title }}
            components={[
              <p className="certificate__intro" />,
              <p className="certificate__name" />,
              <p className="certificate__intro" />,
              <p className="certificate__course" />,
            ]}
          />
          {score !== null && (
            <p className="certificate__result">
              {t('certificate.result', { score: formatPercent(score), passMark: formatPercent(config.passMark) })}
            </p>
          )}
          <div className="certificate__footer">
            <p className="certificate__date">
              <span className="certificate__caption">{t('certificate.date')}</span>
              <time dateTime={localDay(today)}>{formatDay(today)}</time>
            </p>
            <p className="certificate__signature">
              <span className="certificate__line" aria-hidden="true" />
              <span className="certificate__caption">{t('certificate.signed-for')}</span>
              <span className="certificate__signatory">{config.organisation}</span>
            </p>
            <p className="certificate__id">
              <span className="certificate__caption">{t('certificate.id')}</span>
              <span className="certificate__id-value">{id}</span>
            </p>
          </div>
        </div>
      </figure>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        {t('certificate.print')}
      </button>
    </div>
  );
}
