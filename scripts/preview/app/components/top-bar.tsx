import type { CourseInfo } from '../course-info';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The zips to upload for the language being played; switching language shows that language's zips. */
export function TopBar({ course, language }: { course: CourseInfo; language: string }) {
  const packages = course.packages.filter((p) => p.language === language);
  return (
    <header className="top-bar">
      <div className="top-bar__title">
        <span className="top-bar__badge">Preview LMS</span>
        <h1>
          {course.title} <span className="top-bar__version">version {course.version}</span>
        </h1>
      </div>
      {packages.length > 0 && (
        <nav className="top-bar__downloads" aria-label="Upload-ready packages">
          {packages.map((p) => (
            <a key={p.file} className="download" href={p.href} download>
              <span className="download__label">{p.label}</span>
              <span className="download__meta">
                {p.file} · {kilobytes(p.bytes)}
              </span>
            </a>
          ))}
        </nav>
      )}
    </header>
  );
}
