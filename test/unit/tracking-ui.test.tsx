import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { provideCourseAdapters } from '../../src/app/course-adapters';
import { CourseContext } from '../../src/app/course-context';
import { useLearnerName, useSessionPhase } from '../../src/app/use-session';
import { trackerActor } from '../../src/tracking/tracker-actor';
import { CourseGate } from '../../src/ui/course-gate';
import { CourseHeader } from '../../src/ui/course-header';
import { TrackingClosedScreen } from '../../src/ui/tracking-closed-screen';
import { TrackingNotice } from '../../src/ui/tracking-notice';
import { TrackingStorageNote } from '../../src/ui/tracking-storage-note';
import { sampleCatalog } from './support/catalog';
import { launchCourse, memoryStore, quietPage, type Course } from './tracking-support/course-session';
import { createBrowserTracker } from '../../src/tracking/browser-tracker';
import { loadLmsParts } from '../../src/ui/lms-parts';
import { createTestLms } from './tracking-support/lms-fixtures';

const catalog = sampleCatalog();

function LearnerName() {
  return <p>Certificate for {useLearnerName() ?? 'nobody'}</p>;
}

/** As the app shell does: the closing message replaces the screen once the session is over. */
function ClosedScreen() {
  return useSessionPhase() === 'closed' ? <TrackingClosedScreen /> : null;
}

function renderShell({ course }: Course) {
  return render(
    <CourseContext.Provider value={course}>
      <CourseHeader />
      <TrackingNotice />
      <LearnerName />
      <ClosedScreen />
      <TrackingStorageNote />
    </CourseContext.Provider>,
  );
}

describe('what the learner sees of tracking', () => {
  it('offers Exit in an LMS; Exit ends the session and says the window can be closed', async () => {
    const lms = createTestLms('2004');
    const course = await launchCourse({ catalog, win: { API_1484_11: lms.api } });
    renderShell(course);
    expect(screen.getByText('Certificate for Jane Doe')).toBeInTheDocument();
    expect(screen.queryByText(/saved in this browser only/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Exit' }));
    expect(course.session.getSnapshot().matches('terminated')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Exit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Outline' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'You can close this window' })).toHaveFocus();
    expect(lms.strict.counts.terminate).toBe(1);
  });

  it('says so when the LMS did not confirm the last save on Exit', async () => {
    const lms = createTestLms('1.2');
    const course = await launchCourse({ catalog, win: { API: lms.api } });
    renderShell(course);
    lms.faults.rejectWrites = true;
    act(() => course.progress.send({ type: 'lesson.visited', lessonId: 'hello' }));
    await userEvent.click(screen.getByRole('button', { name: 'Exit' }));
    expect(screen.getByRole('heading', { name: 'You can close this window' })).toBeInTheDocument();
    expect(screen.getByText(/did not confirm that it saved your latest progress/)).toBeInTheDocument();
  });

  it('warns only when saving keeps failing, and lets the learner retry', async () => {
    const lms = createTestLms('1.2');
    const course = await launchCourse({ catalog, win: { API: lms.api } });
    renderShell(course);
    lms.faults.rejectCommits = true;
    act(() => course.session.send({ type: 'page.hidden' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(() => waitFor(course.session, (s) => s.matches({ connected: 'atRisk' })));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your progress could not be saved to the LMS; keep this window open and try again.',
    );
    lms.faults.rejectCommits = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('holds the course back, saying why after a moment, until the LMS has said what was saved', async () => {
    const silentLms = trackerActor({ connect: () => new Promise(() => {}) });
    const logic = provideCourseAdapters({ tracker: silentLms, pageWatcher: quietPage });
    const course = createActor(logic, { input: { catalog, orderSeed: 'testseed' } }).start();
    render(
      <CourseContext.Provider value={course}>
        <CourseGate>
          <p>The course</p>
        </CourseGate>
      </CourseContext.Provider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(await screen.findByText('Connecting to your learning system…')).toBeInTheDocument();
    expect(screen.queryByText('The course')).not.toBeInTheDocument();
  });

  it('tells a learner whose launch has already ended at the LMS that progress waits here for the next launch', async () => {
    const endedLaunch = trackerActor({
      connect: async () => {
        // As connectTracker does: the LMS's parts arrive with the adapter that found the launch ended.
        await loadLmsParts();
        const tracker = createBrowserTracker(memoryStore());
        const start = tracker.start();
        if (!start) throw new Error('the browser tracker did not start');
        return { tracker, start, lmsRefused: true, launchEnded: true, lateLms: null };
      },
    });
    const logic = provideCourseAdapters({ tracker: endedLaunch, pageWatcher: quietPage });
    const actor = createActor(logic, { input: { catalog, orderSeed: 'testseed' } }).start();
    await waitFor(actor, (s) => s.hasTag('running'));
    render(
      <CourseContext.Provider value={actor}>
        <TrackingNotice />
      </CourseContext.Provider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'This visit has already ended in your learning system, so what you do now is kept in this browser. It is sent there the next time you open the course from your LMS.',
    );
    expect(screen.queryByText(/could not connect/)).not.toBeInTheDocument();
  });

  it('without an LMS, has no Exit and says quietly that progress stays in this browser', async () => {
    const course = await launchCourse({ catalog, win: {} });
    renderShell(course);
    expect(screen.queryByRole('button', { name: 'Exit' })).not.toBeInTheDocument();
    expect(screen.getByText('Your progress is saved in this browser only.')).toBeInTheDocument();
    expect(screen.getByText('Certificate for nobody')).toBeInTheDocument();
  });
});
