declare module 'virtual:ui-messages' {
  /** BCP 47 tag of the build's language, such as en-GB. */
  export const locale: string;
  /** Every UI message, translated and compiled for Lingui, by id. */
  export const messages: Readonly<Record<string, import('@lingui/message-utils/compileMessage').CompiledMessage>>;
}

declare module 'virtual:ui-messages/first-load' {
  export const locale: string;
  /** The messages of the groups in FIRST_LOAD_GROUPS, compiled for Lingui. */
  export const messages: Readonly<Record<string, import('@lingui/message-utils/compileMessage').CompiledMessage>>;
}

/** `virtual:ui-messages/<group>`: imported for its effect, it adds that group's messages to Lingui. */
declare module 'virtual:ui-messages/*';
