import type { CourseCatalog } from '../course/catalog';
import type { ProgressFacts } from '../course/progress-facts';

const only = <T>(record: Readonly<Record<string, T>>, known: ReadonlySet<string>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([id]) => known.has(id)));

/**
 * The facts about content this course has. Saved data can name lessons, checks, options,
 * reflections or role-plays that a content update removed, or junk; kept, they would grow every
 * later save towards the LMS's limit, so they are dropped on read and never written.
 */
export function knownFacts(catalog: CourseCatalog, facts: ProgressFacts): ProgressFacts {
  const lessons = new Set(catalog.lessons.map((l) => l.id));
  const optionsOf = new Map(catalog.checks.map((c) => [c.id, new Set(c.options.map((o) => o.id))]));
  const checks = Object.fromEntries(
    Object.entries(facts.checks).flatMap(([id, result]) => {
      const options = optionsOf.get(id);
      return options ? [[id, { ...result, answer: [...new Set(result.answer)].filter((o) => options.has(o)) }]] : [];
    }),
  );
  return {
    ...(facts.orderSeed === undefined ? {} : { orderSeed: facts.orderSeed }),
    visited: [...new Set(facts.visited)].filter((id) => lessons.has(id)),
    location: facts.location !== null && lessons.has(facts.location) ? facts.location : null,
    checks,
    scenarios: only(facts.scenarios, new Set(catalog.scenarios.map((s) => s.id))),
    reflections: only(facts.reflections, new Set(catalog.lessons.flatMap((l) => l.reflectionIds))),
  };
}
