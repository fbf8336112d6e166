/**
 * Every word of the course's own interface, in British English: the one source translators work
 * from. Lesson, role-play and course.config.json text is not here; it is translated with the content.
 *
 * ICU MessageFormat. `{name}` is a value the code passes in; `<0>…</0>` (or `<0/>`) is an element
 * the code puts there, such as a link or bold text, so a sentence is always one message, whatever
 * the order of its words in another language. Select keys use letters and underscores only.
 * Numbers that count things use `plural`; percentages and dates arrive already formatted for the
 * build's language (src/i18n/format.ts).
 *
 * Ids are stable API (a translation is stored against `ui/<id>`): rename one only with its translations.
 * The first part of an id is its group; groups that the start screen does not need load with the
 * screen that shows them (src/i18n/message-groups.ts).
 *
 * Only types are imported from this file at runtime: the build compiles these messages into
 * `virtual:ui-messages`, so the English source itself never ships.
 */
export const messages = {
  // index.html, written by the build: never in the JavaScript.
  'page.noscript': 'This course needs JavaScript. Please enable it, or ask your LMS administrator for help.',

  // The frame around every screen.
  'shell.skip-link': 'Skip to content',
  'shell.nav-label': 'Course',
  'shell.nav.outline': 'Outline',
  'shell.nav.results': 'Results',
  'shell.progress-label': 'Course progress {percent}',
  'shell.course-progress': 'Course progress',
  'lms.exit': 'Exit',
  'shell.connecting': 'Connecting to your learning system…',

  'page-title.page': '{page} · {course}',
  'page-title.lesson': 'Lesson',
  'page-title.role-play': 'Role-play',
  'page-title.outline': 'Outline',
  'page-title.results': 'Your results',

  'loading.lesson': 'Loading the lesson…',
  'loading.outline': 'Loading the outline…',
  'loading.results': 'Loading your results…',
  'loading.role-play': 'Loading the role-play…',
  'loading.opening': 'Opening…',

  'load-problem.text':
    '{what, select, lesson {We could not load this lesson.} outline {We could not load this outline.} role_play {We could not load this role-play.} notice {We could not load this notice.} question {We could not load this question.} other {We could not load this page.}} Check your connection, then try again. Your progress so far is saved.',
  'load-problem.retry': 'Try again',

  'not-found.title': '{what, select, lesson {We could not find that lesson} other {We could not find that page}}',
  'not-found.text': 'The link may be out of date. Your progress is safe.',
  'not-found.outline': 'Go to the course outline',

  // The start screen.
  'start.presents': '{organisation} presents',
  'start.at-a-glance': 'At a glance',
  'start.duration.minutes': '{minutes, plural, one {about # minute} other {about # minutes}}',
  'start.duration.hours': '{hours, plural, one {about # hour} other {about # hours}}',
  'start.duration.hours-minutes': 'about {hours, number} h {minutes, number} min',
  'start.fact.duration': '<0>{duration}</0> in all, in as many sittings as you like',
  'start.fact.modules':
    '<0>{modules, plural, one {# module} other {# modules}}</0>, {rolePlays, plural, one {# role-play} other {# role-plays}}',
  'start.fact.pass-mark': 'Pass mark <0>{passMark}</0>',
  'start.your-progress': 'Your progress',
  'start.begin': 'Start course',
  'start.continue': 'Continue where you left off',
  'start.outline': 'See the outline',
  'start.start-over': 'Start over',
  'start.covers': 'What the course covers',
  'start.scoring': 'How scoring works',
  'start.scoring.role-plays':
    '<0>Role-plays</0> count for {weight} of your score. Each ends in a Moment of WOW ({wow, plural, one {# point} other {# points}}), Mediocrity ({mediocrity, number}) or Misery ({misery, number}). Replay as often as you like: your best result counts.',
  'start.scoring.checks':
    '<0>Knowledge checks</0> count for {weight}. Your first answer counts, so take a moment before you choose.',
  'start.scoring.reflections': '<0>Reflections</0> are yours alone and never graded.',
  'start.scoring.pass': 'You pass with <0>{passMark}</0> or more once you have finished every lesson and role-play.',

  // What the learning system (LMS) connection tells the learner.
  'lms.review': '<0>You are reviewing a finished attempt.</0> Nothing you do now changes your record there.',
  'lms.review-recorded':
    '<0>You are reviewing a finished attempt.</0> Your learning system has it as {status, select, passed {passed} failed {failed} completed {completed} incomplete {incomplete} browsed {browsed} not_attempted {not attempted} unknown {unknown} other {recorded}}{hasScore, select, yes { with {score}} other {}}. Nothing you do now changes your record there.',
  'restore.held': '<0>Nothing from this visit is being saved:</0> your earlier progress is kept as it was.',
  'restore.held.replace': 'Start fresh and save from now on',
  'lms.at-risk': '<0>Your progress could not be saved to the LMS;</0> keep this window open and try again.',
  'lms.at-risk.retry': 'Try saving again',
  'tracking.offline-looking':
    '<0>Your LMS has not answered yet,</0> so your progress is kept in this browser for now. If it answers while this page is open, everything you have done is sent to it. If this message stays, close the course, open it again from your LMS, and tell whoever runs your training if it happens again.',
  'lms.connected-late': '<0>Your LMS has now answered.</0> What you did before it answered has been sent to it.',
  'lms.connected-late.hide': 'Hide this message',
  'lms.launch-ended':
    '<0>This visit has already ended in your learning system,</0> so what you do now is kept in this browser. It is sent there the next time you open the course from your LMS.',
  'tracking.offline-refused':
    '<0>We could not connect to your LMS,</0> so your progress is saved in this browser only. If this keeps happening, tell whoever runs your training.',
  'tracking.storage-note': 'Your progress is saved in this browser only.',
  'lms.closed.saved': 'Progress saved',
  'lms.closed.ended': 'Session ended',
  'lms.closed.title': 'You can close this window',
  'lms.closed.unconfirmed':
    'Your LMS did not confirm that it saved your latest progress. If something is missing when you come back, tell whoever runs your training.',
  'lms.closed.review': 'This was a review: your record in your learning system is as it was.',
  'lms.closed.nothing-saved': 'Nothing from this visit was saved, and your earlier progress is as it was.',
  'lms.closed.finished': 'You have finished the course and your results are with your LMS.',
  'lms.closed.suspended':
    'Your LMS has your progress. When you open the course again, you will carry on where you left off.',

  // Lessons' and modules' status, in the outline and the results.
  'status.done': 'Done',
  'status.in-progress': 'In progress',
  'status.not-started': 'Not started',

  // The start-over dialog.
  'dialog.start-over.title': 'Start the course again?',
  'dialog.start-over.body':
    'This clears every lesson you have visited, your answers, your role-play results and your reflections in this course. It cannot be undone. Any result your learning system has already recorded (a completion, a pass or a score) stays as it is: starting over never lowers it.',
  'dialog.start-over.confirm': 'Yes, start over',
  'dialog.start-over.cancel': 'Keep my progress',
  'dialog.start-over.done': 'Your progress in this course has been cleared. You can start again from the first lesson.',

  // Saved progress that could not be read.
  'restore.problem':
    '<0>We could not restore your saved progress</0> because {reason, select, corrupt {the saved data is damaged} newer_version {it was saved by a newer version of this course, which this version cannot read} other_course {it belongs to a different course} other {your learning system did not hand it over when asked}}. It has not been changed.',
  'restore.choice':
    'Start fresh to begin again and save from now on; this replaces what was saved. Or keep it for now: nothing you do in this visit is saved, and you can try again later.',
  'restore.start-fresh': 'Start fresh',
  'restore.keep': 'Keep it for now',

  // The outline.
  'outline.title': 'Course outline',
  'outline.see-results': 'See your results',
  'outline.module-heading': '<0>Module {number, number}: </0>{title}',
  'outline.module-meta': '{lessons, plural, one {# lesson} other {# lessons}} · {minutes, number} min · <0/>',
  'outline.lesson-minutes': '{minutes, number} min',

  // A lesson and its navigation.
  'lesson.position': 'Lesson {index, number} of {count, number}',
  'lesson.minutes': '{minutes, number} min',
  'lesson.nav-label': 'Lessons',
  'lesson.previous': 'Previous<0>: {title}</0>',
  'lesson.outline': 'Outline',
  'lesson.next': 'Next<0>: {title}</0>',
  'lesson.see-results': 'See your results',

  // Knowledge checks.
  'check.label': 'Knowledge check',
  'check.how.multiple': 'Choose all that apply.',
  'check.how.single': 'Choose one answer.',
  'check.option.correct': '✓ Correct answer.',
  'check.option.wrong': '✗ Not this one.',
  'check.submit': 'Check my answer',
  'check.result.right': '✓ That’s right.',
  'check.result.wrong': '✗ Not quite.',
  'check.result.right-hint': 'Read the feedback beside your answer.',
  'check.result.wrong-hint': 'The feedback beside each option explains why.',
  'check.recorded':
    'Your first answer counts towards your score: <0>{correct, select, yes {correct} other {not correct}}</0>.',
  'check.practice': 'This is a practice question: it does not count towards your score.',
  'check.retry': 'Try again',

  // Reflections.
  'reflection.label': 'Reflect',
  'reflection.hint': 'Only you see this. It is saved with your progress and never graded.',
  'reflection.count':
    '{length, number}/{max, number} characters{status, select, saved { · saved} too_long { · too long to save in full, please shorten it} other {}}',
  'reflection.near-limit': '{left, plural, one {# character or fewer left.} other {# characters or fewer left.}}',
  'reflection.limit-reached': 'Limit reached: {max, plural, one {# character} other {# characters}}.',

  // Lesson blocks' own words (their content comes from the lesson).
  'blocks.key-idea': '<0>Key idea: </0>{title}',
  'blocks.compare.before': 'What was said',
  'blocks.compare.after': 'What could have been said',

  // Role-plays.
  'roleplay.kicker': 'Role-play',
  'roleplay.channel':
    '{channel, select, phone {Phone call} face_to_face {Face to face} chat {Live chat} other {Email}}',
  'roleplay.mood':
    '{channel, select, phone {sounds} face_to_face {looks} other {seems}} <0>{mood, select, angry {angry} annoyed {annoyed} worried {worried} neutral {calm} pleased {pleased} other {delighted}}</0>',
  'roleplay.mood-changed':
    '{name} {channel, select, phone {sounds} face_to_face {looks} other {seems}} {mood, select, angry {angry} annoyed {annoyed} worried {worried} neutral {calm} pleased {pleased} other {delighted}} now.',
  'roleplay.best': 'Your best so far: <0/><1> · played {played, plural, one {# time} other {# times}}</1>',
  'roleplay.replies-label': 'How do you reply?',
  'roleplay.feedback-heading': '<0>Your reply:</0> <1/>',
  'roleplay.see-ending': 'See how it ends',
  'roleplay.continue': 'Continue',
  'roleplay.ending-score': 'This ending scores {points, number} of {wow, plural, one {# point} other {# points}}.',
  'roleplay.your-path': 'Your path',
  'roleplay.you-said': '<0>You said</0> <1>{reply}</1> <2/>',
  'roleplay.better-reply': '<0>A better reply</0> <1>{reply}</1> <2/>',
  'roleplay.retry': 'Try again',
  'roleplay.transcript-label': 'Conversation so far',
  'roleplay.customer-says': '{name}<0> says</0>',
  'roleplay.you': 'You',
  'roleplay.unknown-id':
    'There is no role-play with the id “{id}”. Check that scenarios/{id}.yaml exists and that the id is spelt the same in both places.',
  'roleplay.load-failed':
    'This role-play could not be loaded. Check your connection, then try again. Your progress so far is saved.',
  'roleplay.load-again': 'Try loading it again',
  'roleplay.preview': 'Role-play preview',
  'roleplay.preview-unknown': 'Unknown role-play',
  'roleplay.preview-to-lesson': 'Go to the lesson this role-play belongs to',
  'roleplay.preview-to-outline': 'Go to the course outline',

  // How a reply or an ending landed.
  'band.short': '{band, select, misery {Misery} mediocrity {Mediocrity} other {WOW}}',
  'band.moment': '{band, select, misery {Moment of Misery} mediocrity {Moment of Mediocrity} other {Moment of WOW}}',

  // The results screen.
  'results.complete': 'Course complete',
  'results.so-far': 'Your progress so far',
  'results.title': 'Your results',
  'results.by-module': 'Module by module',
  'results.tools': 'Tools to use tomorrow',
  'results.certificate': 'Certificate',
  'results.score': 'Score',
  'results.score-label': 'your score · pass mark {passMark}',
  'results.verdict.no-score': 'Answer a knowledge check or finish a role-play to start your score.',
  'results.verdict.above': 'You are above the pass mark. Finish the course to complete it.',
  'results.verdict.unfinished':
    'Finish every lesson, check and role-play to complete the course. Replay role-plays to raise your score: your best result counts.',
  'results.verdict.passed': 'You passed. Well done.',
  'results.verdict.below':
    'You have finished, but your score is below the pass mark. Replay role-plays to raise it: your best result counts.',
  'results.module-heading': 'Module {number, number}: {title}',
  'results.module-checks':
    '<0/> · Knowledge checks: {correct, number} of {total, number} right first time{unanswered, plural, =0 {} other { (# not answered yet)}}',
  'results.module-best': 'Best: <0/> · {played, plural, one {# attempt} other {# attempts}}',
  'results.not-played': 'Not played yet',
  'results.todo.title': 'What you still need to do',
  'results.todo.unfinished':
    'Your certificate appears here once you have finished every lesson, knowledge check and role-play.',
  'results.todo.unfinished-below':
    'Your certificate appears here once you have finished every lesson, knowledge check and role-play, with a score of at least {passMark}.',
  'results.todo.below':
    'Your score is {score} and the pass mark is {passMark}. Your certificate appears here once you reach the pass mark.',
  'results.todo.lessons': 'Lessons to finish',
  'results.todo.role-plays': 'Role-plays to replay',
  'results.todo.best-counts': 'Only your best ending counts, so replaying a role-play can only raise your score.',
  'results.todo.module': 'Module {number, number}: {title}',
  'results.todo.best': 'Best so far: <0/>',
  'results.todo.not-finished': 'Not finished yet',
  'results.todo.out-of-reach':
    'Knowledge checks count your first answer only. Even with every role-play ended in WOW, your score would be {best}. To reach the pass mark, choose Start over on the <0>start page</0>, or ask your training team.',

  // The certificate.
  'certificate.name-field': 'Your name, as it should appear on the certificate',
  'certificate.label': 'Certificate of completion',
  'certificate.kind': 'Certificate of completion',
  'certificate.statement': '<0>This certifies that</0><1>{name}</1><2>has completed the course</2><3>{course}</3>',
  'certificate.result': 'Score {score} · pass mark {passMark}',
  'certificate.date': 'Date of completion',
  'certificate.signed-for': 'Signed for',
  'certificate.id': 'Certificate id',
  'certificate.print': 'Print or save as PDF',
} as const;

/** A message's stable id: `t('start.begin')` with a typo fails the typecheck. */
export type MessageId = keyof typeof messages;

/** For translators: what a value holds, or where a message appears, when the words alone do not say. */
export const messageNotes: Partial<Record<MessageId, string>> = {
  'shell.progress-label':
    'Read by screen readers for the percentage in the header. {percent} is already formatted, e.g. "40%".',
  'page-title.page':
    'The browser tab title. {page} is the screen (e.g. a lesson title, or "Outline"); {course} is the course title.',
  'load-problem.text': 'Shown when part of the course did not download. {what} says which part.',
  'start.presents': 'Above the course title. {organisation} is the training company.',
  'start.duration.hours-minutes': 'A length of time such as "about 1 h 20 min", shown in bold in start.fact.duration.',
  'start.fact.duration': '{duration} is one of the start.duration.* messages.',
  'start.fact.pass-mark': '{passMark} is already formatted, e.g. "80%".',
  'start.scoring.role-plays':
    '{weight} is already formatted, e.g. "60%". WOW, Mediocrity and Misery are the course’s three bands.',
  'start.scoring.checks': '{weight} is already formatted, e.g. "40%".',
  'lms.review-recorded':
    '{status} is the result the learning system holds, in SCORM’s words. {score} is already formatted, e.g. "94%"; {hasScore} is "yes" when there is one.',
  'restore.problem': '{reason} says why saved progress could not be used.',
  'outline.module-meta': '<0/> is the module’s status: Done, In progress or Not started.',
  'lesson.previous': 'The part in <0> is read by screen readers only; {title} is the previous lesson’s title.',
  'lesson.next': 'The part in <0> is read by screen readers only; {title} is the next lesson’s title.',
  'reflection.count': 'Under the reflection box, e.g. "27/280 characters · saved".',
  'blocks.key-idea': 'The part in <0> is read by screen readers only; {title} is the idea itself.',
  'roleplay.mood': 'Under the customer’s name, e.g. "sounds angry"; {channel} is how they are in touch.',
  'roleplay.mood-changed': 'Read by screen readers when the customer’s mood changes. {name} is the customer’s name.',
  'roleplay.best': '<0/> is the best band so far, e.g. "Moment of WOW".',
  'roleplay.feedback-heading': '<1/> is the band of the learner’s reply, e.g. "WOW".',
  'roleplay.you-said': '{reply} is the learner’s reply, shown in quotation marks; <2/> is its band.',
  'roleplay.better-reply': '{reply} is a better reply, shown in quotation marks; <2/> is its band.',
  'roleplay.customer-says': 'The part in <0> is read by screen readers only. {name} is the customer’s name.',
  'roleplay.unknown-id': 'For course authors: a lesson names a role-play that does not exist.',
  'results.score-label': '{passMark} is already formatted, e.g. "80%".',
  'results.module-checks': '<0/> is the module’s status: Done, In progress or Not started.',
  'results.module-best': '<0/> is the best band so far, e.g. "WOW".',
  'results.todo.best': '<0/> is the best band so far, e.g. "WOW".',
  'results.todo.out-of-reach': '{best} is the highest score still possible, already formatted, e.g. "72%".',
  'certificate.statement':
    'Four lines of the certificate, in the order they are printed: {name} is the learner’s name, {course} the course title.',
  'certificate.result': '{score} and {passMark} are already formatted, e.g. "85%".',
};
