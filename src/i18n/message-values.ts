import type { MessageId, messages } from './messages';

/** The next brace in a message and the text after it: an opening one only when no closing one comes first. */
type NextBrace<Text extends string> = Text extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${string}`
    ? NextClosing<Text>
    : ['{', After]
  : NextClosing<Text>;
type NextClosing<Text extends string> = Text extends `${string}}${infer After}` ? ['}', After] : ['end', ''];

/** Where the reader is: in message text (`m`), or among a plural's or select's branches (`a`). */
type Level = 'm' | 'a';
type Outer<Stack extends Level[]> = Stack extends [Level, ...infer Rest extends Level[]] ? Rest : [];

/**
 * Every value a message asks for, read from its ICU text at type level, so leaving one out (or
 * passing one it does not use) fails the typecheck. In message text a brace opens an argument:
 * `{name}`, `{name, number}`, or `{name, plural|select, …}` whose branches `key {…}` are message text again.
 */
type Placeholders<Text extends string, Stack extends Level[] = ['m'], Found extends string = never> =
  NextBrace<Text> extends ['{', infer Rest extends string]
    ? Stack[0] extends 'a'
      ? Placeholders<Rest, ['m', ...Stack], Found>
      : Rest extends `${infer Name}}${infer After}`
        ? Name extends `${string},${string}`
          ? Argument<Rest, Stack, Found>
          : Placeholders<After, Stack, Found | Name>
        : Found
    : NextBrace<Text> extends ['}', infer Rest extends string]
      ? Placeholders<Rest, Outer<Stack>, Found>
      : Found;

/** `name, type}` (a formatted value) or `name, type, branches…}` (a plural or a select). */
type Argument<
  Rest extends string,
  Stack extends Level[],
  Found extends string,
> = Rest extends `${infer Name},${infer Type},${infer Branches}`
  ? Type extends `${string}}${string}`
    ? Formatted<Rest, Stack, Found>
    : Placeholders<Branches, ['a', ...Stack], Found | Name>
  : Formatted<Rest, Stack, Found>;
type Formatted<
  Rest extends string,
  Stack extends Level[],
  Found extends string,
> = Rest extends `${infer Name},${string}}${infer After}` ? Placeholders<After, Stack, Found | Name> : Found;

/** The names of the values a message asks for; never when it asks for none. */
export type MessagePlaceholders<Id extends MessageId> = Placeholders<(typeof messages)[Id]>;

/** The values `t(id, values)` and `<Message>` need for a message: one of each placeholder. */
export type MessageValues<Id extends MessageId> = Readonly<Record<MessagePlaceholders<Id>, string | number>>;

/** The rest of a call's arguments: nothing for a message without values, else its values. */
export type ValuesArgument<Id extends MessageId> = [MessagePlaceholders<Id>] extends [never]
  ? []
  : [values: MessageValues<Id>];
