import { SignalRule } from './email-signal';
import { HEADER_SIGNAL_RULES } from './header-signal-rules';
import { SENDER_SIGNAL_RULES } from './sender-signal-rules';

/** The rules the classifier uses unless told otherwise: header rules, then sender rules. */
export const DEFAULT_SIGNAL_RULES: readonly SignalRule[] = [
  ...HEADER_SIGNAL_RULES,
  ...SENDER_SIGNAL_RULES,
];
