import { InjectionToken } from '@angular/core';
import { DEFAULT_OUTBOX_POLICY, type OutboxPolicy } from './outbox-backoff';

/**
 * How the outbox spaces and gives up its attempts ({@link DEFAULT_OUTBOX_POLICY} by default).
 *
 * @usageNotes
 * `{ provide: OUTBOX_POLICY, useValue: { ...DEFAULT_OUTBOX_POLICY, maxAttempts: 5 } }`
 */
export const OUTBOX_POLICY = new InjectionToken<OutboxPolicy>('OUTBOX_POLICY', {
  providedIn: 'root',
  factory: () => DEFAULT_OUTBOX_POLICY,
});
