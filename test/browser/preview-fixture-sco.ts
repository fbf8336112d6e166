import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A tiny hand-written SCO that speaks both SCORM versions, so the preview LMS can be tested
 * before (and independently of) the course's own tracking adapter. It counts its launches in
 * suspend_data, journals one interaction per answer, and terminates on Finish or pagehide.
 */
const SCO_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fixture SCO</title></head>
<body>
<main>
  <h1>Fixture SCO</h1>
  <p id="state">Looking for the LMS…</p>
  <button id="answer" type="button">Answer a question</button>
  <button id="finish" type="button">Finish and exit</button>
</main>
<script>
  function findApi(win) {
    for (let i = 0; i < 10 && win; i += 1) {
      try {
        if (win.API_1484_11) return { v: '2004', api: win.API_1484_11 };
        if (win.API) return { v: '1.2', api: win.API };
      } catch (e) {}
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  const found = findApi(window);
  const is12 = found && found.v === '1.2';
  const api = found && found.api;
  const m = is12
    ? { init: 'LMSInitialize', term: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' }
    : { init: 'Initialize', term: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' };
  const el = is12
    ? { entry: 'cmi.core.entry', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', session: 'cmi.core.session_time', response: 'student_response', sessionValue: '00:00:05' }
    : { entry: 'cmi.entry', location: 'cmi.location', exit: 'cmi.exit', session: 'cmi.session_time', response: 'learner_response', sessionValue: 'PT5S' };
  let terminated = false;
  let answers = 0;
  if (api) {
    api[m.init]('');
    const entry = api[m.get](el.entry);
    const saved = api[m.get]('cmi.suspend_data');
    const visits = (Number((/visits=(\\d+)/.exec(saved) || [])[1]) || 0) + 1;
    api[m.set]('cmi.suspend_data', 'visits=' + visits);
    api[m.set](el.location, 'page-' + visits);
    if (is12) api[m.set]('cmi.core.lesson_status', 'incomplete');
    else api[m.set]('cmi.completion_status', 'incomplete');
    api[m.commit]('');
    document.getElementById('state').textContent = 'Connected to SCORM ' + found.v + ', entry=' + entry + ', visits=' + visits;
  } else {
    document.getElementById('state').textContent = 'No LMS found';
  }
  document.getElementById('answer').addEventListener('click', () => {
    const n = Number(api[m.get]('cmi.interactions._count')) || 0;
    api[m.set]('cmi.interactions.' + n + '.id', 'fixture-q' + (answers += 1));
    api[m.set]('cmi.interactions.' + n + '.type', 'choice');
    api[m.set]('cmi.interactions.' + n + '.' + el.response, 'a');
    api[m.set]('cmi.interactions.' + n + '.result', 'correct');
    api[m.set]('cmi.objectives.0.id', 'module-1');
    if (is12) {
      api[m.set]('cmi.objectives.0.status', 'passed');
      api[m.set]('cmi.core.score.raw', '80');
      api[m.set]('cmi.core.score.min', '0');
      api[m.set]('cmi.core.score.max', '100');
      api[m.set]('cmi.core.lesson_status', 'passed');
    } else {
      api[m.set]('cmi.interactions.' + n + '.description', 'Fixture question ' + answers);
      api[m.set]('cmi.objectives.0.success_status', 'passed');
      api[m.set]('cmi.score.scaled', '0.8');
      api[m.set]('cmi.score.raw', '80');
      api[m.set]('cmi.score.min', '0');
      api[m.set]('cmi.score.max', '100');
      api[m.set]('cmi.success_status', 'passed');
    }
    api[m.commit]('');
    document.getElementById('state').textContent += ' · answered ' + answers;
  });
  function finish() {
    if (!api || terminated) return;
    terminated = true;
    api[m.set](el.exit, 'suspend');
    api[m.set](el.session, el.sessionValue);
    api[m.term]('');
  }
  document.getElementById('finish').addEventListener('click', () => {
    finish();
    document.getElementById('state').textContent = 'Finished';
  });
  window.addEventListener('pagehide', finish);
</script>
</body>
</html>
`;

/** Writes the fixture into dir/index.html and returns dir. */
export function writeFixtureSco(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), SCO_HTML);
  return dir;
}
