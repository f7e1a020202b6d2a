import { Injectable, inject } from '@angular/core';
import { DiagnosticsLog, type MailSnapshot } from '@halo-outlook/core';
import { Observable, type Subscription } from 'rxjs';
import type { Candidate } from '../contracts/candidate';
import type { Matcher, ResolvedSoFar } from '../contracts/matcher';
import { createPluginLogger } from '../context/plugin-logger';
import { HaloPluginAccess } from '../halo/halo-plugin-access';
import { circuitOpenProblem } from '../isolation/describe-problem';
import { PluginCircuitBreaker } from '../isolation/plugin-circuit-breaker';
import type { PluginProblem } from '../isolation/plugin-problem';
import { runIsolated } from '../isolation/run-isolated';
import { MailContentSource } from '../mail/mail-content-source';
import { RememberedChoices } from '../memory/remembered-choices';
import { HALO_PLUGIN_OPTIONS } from '../registry/halo-plugin-options';
import { PluginRegistry } from '../registry/plugin-registry';
import { derivePicture } from './derive-picture';
import { mergeCandidates } from './merge-candidates';
import type { ResolutionProgress } from './resolution-progress';

/** What the runner needs to resolve one e-mail. */
export interface MatcherRunRequest {
  /** The e-mail. */
  readonly snapshot: MailSnapshot;
  /** The scope Halo requests are counted under (one per e-mail). */
  readonly scope: string;
  /** The agent's overrides for this e-mail, as they change (confidence 1). */
  readonly overrides: Observable<readonly Candidate[]>;
  /** The sender's cached picture, when there is one; used until the fresh one is in. */
  readonly cached: Promise<readonly Candidate[] | null>;
}

/**
 * Runs the registered matchers for one e-mail and reports progress after every change.
 *
 * Matchers without `dependsOn` start together, at once. A dependent matcher starts as soon as
 * the kinds it depends on are decided (from fresh results, the cached picture or the agent's
 * overrides), starts again when that decision changes, and is dropped when the independent
 * matchers have finished without deciding them. Each run is isolated (`runIsolated`), counted by
 * the circuit breaker and reported to diagnostics under the matcher's id. Unsubscribing aborts
 * every run: nothing of this e-mail lands afterwards.
 *
 * @usageNotes
 * The resolution store is its user; `run(...)` inside a `switchMap` gives item-change cancellation.
 * Provided by `provideHaloPlugins(...)`, beside the registry it reads.
 */
@Injectable()
export class MatcherRunner {
  private readonly registry = inject(PluginRegistry);
  private readonly breaker = inject(PluginCircuitBreaker);
  private readonly options = inject(HALO_PLUGIN_OPTIONS);
  private readonly diagnostics = inject(DiagnosticsLog);
  private readonly access = inject(HaloPluginAccess);
  private readonly choices = inject(RememberedChoices);
  private readonly content = inject(MailContentSource);

  /** Resolves one e-mail; see the class notes. */
  run(request: MatcherRunRequest): Observable<ResolutionProgress> {
    return new Observable<ResolutionProgress>((subscriber) => {
      const email = new AbortController();
      const halo = this.access.read(request.scope);
      const mail = this.content.for(request.snapshot);
      const matchers = this.registry.matchers;
      const found = new Map<string, readonly Candidate[]>();
      const problems: PluginProblem[] = [];
      const pending = new Set<string>();
      const runs = new Map<string, Subscription>();
      const startedFor = new Map<string, string>();
      let overrides: readonly Candidate[] = [];
      let cached: readonly Candidate[] | null = null;
      let updating = false;
      let dirty = false;

      const independentsPending = () =>
        matchers.some((m) => !m.dependsOn?.length && pending.has(m.id));

      const sources = () => [
        { source: 'agent', candidates: overrides },
        ...matchers.flatMap((m) => {
          const candidates = found.get(m.id);
          return candidates ? [{ source: m.id, candidates }] : [];
        }),
        ...(cached && independentsPending() ? [{ source: 'cache', candidates: cached }] : []),
      ];

      const report = (problem: PluginProblem) => {
        problems.push(problem);
        this.diagnostics.record(
          problem.pluginId,
          problem.kind === 'circuit-open' ? 'info' : 'warn',
          problem.message,
          {
            kind: problem.kind,
            detail: problem.detail ?? null,
          },
        );
      };

      const start = (matcher: Matcher, resolved: ResolvedSoFar) => {
        runs.get(matcher.id)?.unsubscribe();
        found.delete(matcher.id);
        const now = Date.now();
        if (!this.breaker.allows(matcher.id, now)) {
          report(circuitOpenProblem(matcher.id, this.breaker.reopensAt(matcher.id) ?? now, now));
          pending.delete(matcher.id);
          return;
        }
        pending.add(matcher.id);
        let failed = false;
        const log = createPluginLogger(this.diagnostics, matcher.id);
        const run = runIsolated(
          matcher,
          (signal) => ({
            snapshot: request.snapshot,
            signal,
            halo,
            log,
            mail,
            choices: this.choices,
            resolved,
          }),
          email.signal,
          matcher.timeoutMs ?? this.options.defaultTimeoutMs,
        ).subscribe({
          next: (event) => {
            if (event.type === 'candidates') {
              found.set(matcher.id, [...(found.get(matcher.id) ?? []), ...event.candidates]);
            } else {
              failed = true;
              report(event.problem);
            }
            update();
          },
          complete: () => {
            if (email.signal.aborted) return;
            if (failed) this.breaker.failed(matcher.id);
            else this.breaker.succeeded(matcher.id);
            pending.delete(matcher.id);
            update();
          },
        });
        runs.set(matcher.id, run);
      };

      const startDependents = () => {
        const picture = derivePicture(mergeCandidates(sources()));
        const resolved: ResolvedSoFar = { contact: picture.contact, client: picture.client };
        for (const matcher of matchers) {
          const deps = matcher.dependsOn ?? [];
          if (deps.length === 0) continue;
          const decided = deps.map((kind) => resolved[kind]);
          if (decided.every((c) => c !== null)) {
            const key = decided.map((c) => `${c?.kind}:${c?.id}`).join('|');
            if (startedFor.get(matcher.id) === key) continue;
            startedFor.set(matcher.id, key);
            start(matcher, resolved);
          } else if (!independentsPending()) {
            // What it depends on cannot be decided (or no longer is): it does not run.
            runs.get(matcher.id)?.unsubscribe();
            found.delete(matcher.id);
            startedFor.delete(matcher.id);
            pending.delete(matcher.id);
          }
        }
      };

      const update = () => {
        if (updating) {
          dirty = true;
          return;
        }
        updating = true;
        do {
          dirty = false;
          startDependents();
        } while (dirty);
        updating = false;
        if (!subscriber.closed) {
          const waiting = matchers.filter((m) => pending.has(m.id)).map((m) => m.id);
          subscriber.next({ sources: sources(), problems: [...problems], pending: waiting });
        }
      };

      for (const matcher of matchers) if (matcher.dependsOn?.length) pending.add(matcher.id);
      updating = true;
      for (const matcher of matchers) {
        if (!matcher.dependsOn?.length) start(matcher, { contact: null, client: null });
      }
      updating = false;
      const overridesSubscription = request.overrides.subscribe((list) => {
        overrides = list;
        update();
      });
      request.cached.then(
        (candidates) => {
          if (email.signal.aborted || !independentsPending()) return;
          cached = candidates;
          update();
        },
        () => undefined, // A cache that cannot be read is only a slower start.
      );
      update();

      return () => {
        email.abort(new DOMException('The e-mail changed.', 'AbortError'));
        overridesSubscription.unsubscribe();
        for (const run of runs.values()) run.unsubscribe();
      };
    });
  }
}
