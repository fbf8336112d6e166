import { useMachine } from '@xstate/react';
import { useMemo, useRef, useState } from 'react';
import { ProgressContext } from '../course/progress-context';
import { CustomerCard } from './customer-card';
import { EndingPanel } from './ending-panel';
import { ReplyFeedback } from './reply-feedback';
import { ReplyOptions } from './reply-options';
import { findEnding, findReply, promptOf, type Reply, type Scenario } from './scenario';
import { createScenarioMachine, replyEvent, TAGS } from './scenario.machine';
import { Transcript } from './transcript';
import { useTurnFocus } from './use-turn-focus';

interface ScenarioRunProps {
  readonly scenario: Scenario;
  /** True on a retry, when the learner asked for the conversation to start again. */
  readonly focusFirstTurn: boolean;
  readonly onRetry: () => void;
}

/** One play-through: the machine decides where the conversation is; this only shows it and reports it. */
export function ScenarioRun({ scenario, focusFirstTurn, onRetry }: ScenarioRunProps) {
  const machine = useMemo(() => createScenarioMachine(scenario), [scenario]);
  const [state, send, actorRef] = useMachine(machine);
  const progress = ProgressContext.useActorRef();
  const [startedAt] = useState(() => performance.now());
  const turnStartedAt = useRef(startedAt);

  const { path } = state.context;
  const scene = scenario.scenes.find((s) => state.matches(s.id));
  const ending = state.output ? findEnding(scenario, state.output.endingId) : undefined;
  const phase = state.hasTag(TAGS.ending) ? 'ending' : state.hasTag(TAGS.feedback) ? 'feedback' : 'answering';
  const focusRef = useTurnFocus(`${path.length}:${phase}`, focusFirstTurn);
  const lastStep = path.at(-1);
  const last = lastStep ? findReply(scenario, lastStep.replyId) : undefined;

  const choose = (reply: Reply) => {
    if (!scene) return;
    const latencyMs = Math.round(performance.now() - turnStartedAt.current);
    send(replyEvent(reply.id));
    progress.send({
      type: 'scenario.replied',
      reply: {
        scenarioId: scenario.id,
        sceneId: scene.id,
        replyId: reply.id,
        replyIndex: scene.replies.indexOf(reply),
        band: reply.band,
        prompt: promptOf(scene),
        latencyMs,
      },
    });
  };

  const carryOn = () => {
    send({ type: 'feedback.continue' });
    turnStartedAt.current = performance.now();
    const snapshot = actorRef.getSnapshot();
    if (snapshot.status !== 'done') return;
    const { endingId, band, path: steps } = snapshot.output;
    const seconds = Math.round((performance.now() - startedAt) / 1000);
    progress.send({
      type: 'scenario.finished',
      scenarioId: scenario.id,
      attempt: { endingId, band, path: steps, seconds },
    });
  };

  return (
    <div className="scn-stage">
      <CustomerCard
        customer={scenario.customer}
        mood={ending?.mood ?? scene?.mood ?? scenario.customer.mood}
        channel={scenario.channel}
      />
      <Transcript
        scenario={scenario}
        path={path}
        current={phase === 'answering' ? scene : undefined}
        currentRef={focusRef}
      />
      {phase === 'answering' && scene ? (
        <ReplyOptions
          replies={scene.replies}
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
