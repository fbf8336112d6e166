import { useId, useState } from 'react';

interface CertificateProps {
  readonly learnerName: string | null;
  readonly courseTitle: string;
  readonly organisation: string;
  readonly passed: boolean;
  readonly score: number | null;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * A printable certificate of completion. The name comes from the LMS where it gives one;
 * otherwise the learner types it, and it is not stored.
 */
export function Certificate({ learnerName, courseTitle, organisation, passed, score }: CertificateProps) {
  const [typedName, setTypedName] = useState('');
  const fieldId = useId();
  const name = learnerName ?? typedName;
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
        <p className="certificate__org">{organisation}</p>
        <p className="certificate__kind">Certificate of completion</p>
        <p className="certificate__intro">This is to certify that</p>
        <p className="certificate__name">{name.trim() || '—'}</p>
        <p className="certificate__intro">has completed the course</p>
        <p className="certificate__course">{courseTitle}</p>
        <p className="certificate__detail">{passed && score !== null ? `with a score of ${score}%` : ''}</p>
        <p className="certificate__date">{dateFormat.format(new Date())}</p>
      </figure>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  );
}
