import { useEffect, useId, useRef, useState } from 'react';
import { isCorrectAnswer } from '../course/check-answer';
import { isScoredCheck } from '../course/scored-items';
import { useProgressActor, useProgressSelector } from '../app/course-context';
import { useDisplayOrder } from '../app/use-display-order';
import { useCheckContent } from './check-content';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/check';

interface KnowledgeCheckProps {
  /** The check's id; its question and options come from the catalogue the build extracted from the lesson. */
  readonly id: string;
}

/** A single- or multiple-answer question. The first answer is what counts; later tries are practice. */
export function KnowledgeCheck({ id }: KnowledgeCheckProps) {
  const progress = useProgressActor();
  const recorded = useProgressSelector((s) => s.context.facts.checks[id]);
  const scored = useProgressSelector((s) => isScoredCheck(s.context.catalog, id));
  const { question, multiple, fixedOrder, options: written } = useCheckContent(id);
  const options = useDisplayOrder(written, id, fixedOrder);
  const [selected, setSelected] = useState<readonly string[]>(recorded?.answer ?? []);
  const [submitted, setSubmitted] = useState<readonly string[] | null>(recorded?.answer ?? null);
  const shownAt = useRef(0);
  const result = useRef<HTMLDivElement>(null);
  const legendId = useId();
  const name = useId();

  const isRight = submitted !== null && isCorrectAnswer(submitted, options);

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  const toggle = (optionId: string) =>
    setSelected((current) =>
      multiple
        ? current.includes(optionId)
          ? current.filter((x) => x !== optionId)
          : [...current, optionId]
        : [optionId],
    );

  const submit = () => {
    setSubmitted(selected);
    progress.send({
      type: 'check.answered',
      checkId: id,
      answer: selected,
      latencyMs: Date.now() - shownAt.current,
      prompt: question,
    });
    requestAnimationFrame(() => result.current?.focus());
  };

  const retry = () => {
    setSelected([]);
    setSubmitted(null);
  };

  return (
    <section className="check" aria-labelledby={legendId}>
      <fieldset className="check__fieldset" disabled={submitted !== null}>
        <legend className="check__question" id={legendId}>
          <span className="check__label">{t('check.label')}</span>
          {question}
          <span className="check__how">{multiple ? t('check.how.multiple') : t('check.how.single')}</span>
        </legend>
        <ul className="check__options">
          {options.map((option) => {
            const chosen = submitted?.includes(option.id) ?? false;
            const marker = submitted === null ? '' : option.correct ? 'is-correct' : chosen ? 'is-wrong' : '';
            return (
              <li key={option.id} className={`check__option ${marker}`}>
                <label className="check__choice">
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={name}
                    value={option.id}
                    checked={selected.includes(option.id)}
                    onChange={() => toggle(option.id)}
                  />
                  <span className="check__text">{option.text}</span>
                </label>
                {submitted !== null && (chosen || option.correct) && (
                  <p className="check__feedback">
                    <strong>{option.correct ? t('check.option.correct') : t('check.option.wrong')}</strong>{' '}
                    {option.feedback}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {submitted === null ? (
        <button type="button" className="button button--primary" disabled={selected.length === 0} onClick={submit}>
          {t('check.submit')}
        </button>
      ) : (
        <div className={`check__result ${isRight ? 'is-correct' : 'is-wrong'}`} ref={result} tabIndex={-1}>
          <p>
            <strong>{isRight ? t('check.result.right') : t('check.result.wrong')}</strong>{' '}
            {isRight ? t('check.result.right-hint') : t('check.result.wrong-hint')}
          </p>
          {scored ? (
            <p className="check__recorded">
              <Message
                id="check.recorded"
                values={{ correct: recorded?.correct ? 'yes' : 'no' }}
                components={[<strong />]}
              />
            </p>
          ) : (
            <p className="check__recorded">{t('check.practice')}</p>
          )}
          <button type="button" className="button button--quiet" onClick={retry}>
            {t('check.retry')}
          </button>
        </div>
      )}
    </section>
  );
}
