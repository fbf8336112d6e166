import { useActorSelector } from '../app/use-actor-selector';
import { useLayoutEffect, useRef, useState } from 'react';
import { useCourseActor, useCourseSelector } from '../app/course-context';
import { roleplayId } from '../app/course.machine';
import { CustomerCard } from './customer-card';
import { EndingPanel } from './ending-panel';
import { MoodAnnouncement } from './mood-announcement';
import { ReplyFeedback } from './reply-feedback';
import { ReplyOptions } from './reply-options';
import { roleplayStart } from './roleplay-start';
import { findEnding, findReply, type Reply, type Scenario } from './scenario';
import { replyEvent, TAGS, type RoleplayActor } from './scenario.machine';
import { Transcript } from './transcript';
import { useTurnFocus } from './use-turn-focus';

interface ScenarioRunProps {
  readonly scenario: Scenario;
  /** Counts the learner's plays in this view: 0 for the first, then one more for each retry. */
  readonly run: number;
  readonly onRetry: () => void;
}

/**
 * One play-through. The course runs the role-play as an actor of its own and records its replies
 * and ending; this asks for the run, shows where the conversation is and sends the learner's choices.
 */
export function ScenarioRun({ scenario, run, onRetry }: ScenarioRunProps) {
  const course = useCourseActor();
  useLayoutEffect(() => {
    course.send(roleplayStart(scenario, run));
    return () => course.send({ type: 'roleplay.stop', scenarioId: scenario.id, run });
  }, [course, scenario, run]);
  const actor = useCourseSelector((s) => s.children[roleplayId(scenario.id, run)] as RoleplayActor | undefined);
  return actor ? <ScenarioStage actor={actor} scenario={scenario} focusFirstTurn={run > 0} onRetry={onRetry} /> : null;
}

interface ScenarioStageProps {
  readonly actor: RoleplayActor;
  readonly scenario: Scenario;
  /** True on a retry, when the learner asked for the conversation to start again. */
  readonly focusFirstTurn: boolean;
  readonly onRetry: () => void;
}

function ScenarioStage({ actor, scenario, focusFirstTurn, onRetry }: ScenarioStageProps) {
  const state = useActorSelector(actor, (s) => s);
  // When the learner last saw something new: time to answer, and time spent reading feedback.
  const [shownAt] = useState(() => performance.now());
  const lastTurnAt = useRef(shownAt);
  const sinceLastTurn = () => {
    const now = performance.now();
    const spent = Math.round(now - lastTurnAt.current);
    lastTurnAt.current = now;
    return spent;
  };

  const { path } = state.context;
  const scene = scenario.scenes.find((s) => state.matches(s.id));
  const ending = state.output ? findEnding(scenario, state.output.endingId) : undefined;
  const phase = state.hasTag(TAGS.ending) ? 'ending' : state.hasTag(TAGS.feedback) ? 'feedback' : 'answering';
  const focusRef = useTurnFocus(`${path.length}:${phase}`, focusFirstTurn);
  const lastStep = path.at(-1);
  const last = lastStep ? findReply(scenario, lastStep.replyId) : undefined;

  const choose = (reply: Reply) => actor.send(replyEvent(reply.id, sinceLastTurn()));
  const carryOn = () => actor.send({ type: 'feedback.continue', readMs: sinceLastTurn() });

  const mood = ending?.mood ?? scene?.mood ?? scenario.customer.mood;

  return (
    <div className="scn-stage">
      <CustomerCard
        customer={scenario.customer}
        mood={mood}
        channel={scenario.channel}
        portraits={scenario.pictures?.portraits}
      />
      <MoodAnnouncement name={scenario.customer.name} mood={mood} channel={scenario.channel} />
      <Transcript
        scenario={scenario}
        path={path}
        current={phase === 'answering' ? scene : undefined}
        currentRef={focusRef}
      />
      {phase === 'answering' && scene ? (
        <ReplyOptions
          replies={scene.replies}
          orderKey={`${scenario.id}.${scene.id}`}
          canChoose={(reply) => state.can(replyEvent(reply.id))}
          onChoose={choose}
        />
      ) : null}
      {phase === 'feedback' && last && lastStep ? (
        <ReplyFeedback
          band={lastStep.band}
          feedback={last.reply.feedback}
          leadsToEnding={state.hasTag(TAGS.lastFeedback)}
          canContinue={state.can({ type: 'feedback.continue' })}
          onContinue={carryOn}
          focusRef={focusRef}
        />
      ) : null}
      {ending ? (
        <EndingPanel scenario={scenario} ending={ending} path={path} onRetry={onRetry} focusRef={focusRef} />
      ) : null}
    </div>
  );
}
