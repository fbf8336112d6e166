import { formatPercent } from '../i18n/format';

interface ProgressBarProps {
  readonly percent: number;
  readonly label: string;
}

/** A native progress element, so screen readers announce the value without extra ARIA. */
export function ProgressBar({ percent, label }: ProgressBarProps) {
  return (
    <div className="progress">
      <label className="progress__label">
        <span>{label}</span>
        <span className="progress__value">{formatPercent(percent)}</span>
        <progress className="progress__bar" max={100} value={percent}>
          {formatPercent(percent)}
        </progress>
      </label>
    </div>
  );
}
