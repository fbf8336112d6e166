import ts from 'typescript';

/** Attributes whose words a learner reads or hears, so they must come from the UI catalogue. */
const WORDED_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
]);

/** Words, in any script; punctuation, arrows and marks such as "·", "←" or "✓" on their own are not. */
const HAS_WORDS = /\p{L}/u;

export interface UntranslatedText {
  readonly line: number;
  readonly text: string;
}

/**
 * The literal strings with words a .tsx file renders without the catalogue: JSX text, worded
 * attributes, and strings a JSX expression can render (`{done ? 'Done' : 'Not yet'}`, `{x ?? 'None'}`).
 * Strings passed to a call, such as t('start.begin') or hrefFor({ name: 'outline' }), are not rendered.
 */
export function findUntranslatedText(fileName: string, source: string): UntranslatedText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: UntranslatedText[] = [];
  const report = (node: ts.Node, text: string) => {
    if (HAS_WORDS.test(text))
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };
  /** Follows an expression only where its value is what gets rendered. */
  const rendered = (node: ts.Expression): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      report(node.head, node.head.text);
      for (const span of node.templateSpans) report(span.literal, span.literal.text);
    } else if (ts.isParenthesizedExpression(node)) rendered(node.expression);
    else if (ts.isConditionalExpression(node)) {
      rendered(node.whenTrue);
      rendered(node.whenFalse);
    } else if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
        node.operatorToken.kind,
      )
    ) {
      rendered(node.left);
      rendered(node.right);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) rendered(node.expression);
    else if (ts.isJsxAttribute(node) && WORDED_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
        rendered(node.initializer.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
