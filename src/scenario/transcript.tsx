import type { Ref } from 'react';
import { useId } from 'react';
import type { ScenarioStep } from '../course/progress-facts';
import { BandBadge } from './band-badge';
import { CustomerPortrait } from './customer-portrait';
import { findReply, type Customer, type Scenario, type ScenarioPictures, type Scene } from './scenario';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/roleplay';

interface CustomerTurnProps {
  readonly customer: Customer;
  readonly scene: Scene;
  readonly portraits: ScenarioPictures['portraits'] | undefined;
  readonly focusRef?: Ref<HTMLLIElement>;
}

function CustomerTurn({ customer, scene, portraits, focusRef }: CustomerTurnProps) {
  const nameId = useId();
  const narrationId = useId();
  const linesId = useId();
  // Focus reads the name, then what happens in the scene, then the lines, in the order they are shown.
  const described = scene.narration ? `${narrationId} ${linesId}` : linesId;
  return (
    <li
      className="scn-turn scn-turn--customer"
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      aria-labelledby={focusRef ? nameId : undefined}
      aria-describedby={focusRef ? described : undefined}
    >
      {scene.narration ? (
        <p id={narrationId} className="scn-narration">
          {scene.narration}
        </p>
      ) : null}
      <div className="scn-turn__speaker">
        <CustomerPortrait mood={scene.mood ?? customer.mood} portraits={portraits} small />
        <span id={nameId} className="scn-turn__name">
          <Message
            id="roleplay.customer-says"
            values={{ name: customer.name }}
            components={[<span className="visually-hidden" />]}
          />
        </span>
      </div>
      <div id={linesId} className="scn-turn__bubbles">
        {scene.customer.map((line, i) => (
          <p key={i} className="scn-bubble scn-bubble--customer">
            {line}
          </p>
        ))}
      </div>
    </li>
  );
}

function LearnerTurn({ text, step }: { readonly text: string; readonly step: ScenarioStep }) {
  return (
    <li className="scn-turn scn-turn--learner">
      <span className="scn-turn__name">{t('roleplay.you')}</span>
      <p className="scn-bubble scn-bubble--learner">{text}</p>
      <BandBadge band={step.band} />
    </li>
  );
}

interface TranscriptProps {
  readonly scenario: Scenario;
  readonly path: readonly ScenarioStep[];
  /** The scene waiting for a reply, if any: the newest turn, which receives focus. */
  readonly current?: Scene;
  readonly currentRef?: Ref<HTMLLIElement>;
}

/** The conversation so far as chat bubbles: each customer turn, then the reply the learner chose. */
export function Transcript({ scenario, path, current, currentRef }: TranscriptProps) {
  const { customer } = scenario;
  const portraits = scenario.pictures?.portraits;
  const turns = path.flatMap((step, i) => {
    const found = findReply(scenario, step.replyId);
    if (!found) return [];
    return [
      <CustomerTurn key={`c${i}`} customer={customer} scene={found.scene} portraits={portraits} />,
      <LearnerTurn key={`r${i}`} text={found.reply.text} step={step} />,
    ];
  });
  // One flat list keeps each turn's key stable when the current turn joins the history,
  // so React keeps the element instead of re-creating (and re-animating) it.
  if (current)
    turns.push(
      <CustomerTurn
        key={`c${path.length}`}
        customer={customer}
        scene={current}
        portraits={portraits}
        focusRef={currentRef}
      />,
    );
  return (
    <ol className="scn-transcript" aria-label={t('roleplay.transcript-label')}>
      {turns}
    </ol>
  );
}
