import { useId, useState } from 'react';
import type { CourseConfig } from '../config/course-config.schema';
import { certificateId, localDay } from '../course/certificate-id';
import './certificate.css';

interface CertificateProps {
  /** The name the LMS gives, already in "Given Family" order; null outside an LMS. */
  readonly learnerName: string | null;
  readonly config: CourseConfig;
  /** The course score, shown against the pass mark; null in a reporting mode that judges no pass mark. */
  readonly score: number | null;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

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
          <label htmlFor={fieldId}>Your name, as it should appear on the certificate</label>
          <input
            id={fieldId}
            type="text"
            autoComplete="name"
            value={typedName}
            onChange={(e) => setTypedName(e.target.value)}
          />
        </div>
      )}
      <figure className="certificate" aria-label="Certificate of completion">
        <div className="certificate__frame">
          <div className="certificate__brand">
            <img className="certificate__logo" src={config.logo} alt="" width={56} height={56} />
            <span className="certificate__org">{config.organisation}</span>
          </div>
          <p className="certificate__kind">Certificate of completion</p>
          <p className="certificate__intro">This certifies that</p>
          <p className="certificate__name">{name || '—'}</p>
          <p className="certificate__intro">has completed the course</p>
          <p className="certificate__course">{config.title}</p>
          {score !== null && (
            <p className="certificate__result">
              Score {score}% · pass mark {config.passMark}%
            </p>
          )}
          <div className="certificate__footer">
            <p className="certificate__date">
              <span className="certificate__caption">Date of completion</span>
              <time dateTime={localDay(today)}>{dateFormat.format(today)}</time>
            </p>
            <p className="certificate__signature">
              <span className="certificate__line" aria-hidden="true" />
              <span className="certificate__caption">Signed for</span>
              <span className="certificate__signatory">{config.organisation}</span>
            </p>
            <p className="certificate__id">
              <span className="certificate__caption">Certificate id</span>
              <span className="certificate__id-value">{id}</span>
            </p>
          </div>
        </div>
      </figure>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  );
}
