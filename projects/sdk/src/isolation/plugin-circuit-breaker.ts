import { Injectable, inject } from '@angular/core';
import { HALO_PLUGIN_OPTIONS } from '../registry/halo-plugin-options';

interface Circuit {
  failures: number;
  openUntil: number | null;
  trial: boolean;
}

/**
 * Keeps a misbehaving plugin from slowing every e-mail down. Each plugin has a circuit: after
 * `failuresBeforeBreak` consecutive failures (throws, rejections, timeouts, invalid results) it
 * opens and the plugin is skipped for `breakCoolDownMs`. Then one run is let through: a success
 * closes the circuit, a failure opens it again for another cool-down. Runs stopped because the
 * e-mail changed count as neither. Lives beside the registry (`provideHaloPlugins(...)` provides
 * it, with the options registered there), so it spans e-mails.
 *
 * @usageNotes
 * ```ts
 * if (breaker.allows(matcher.id)) { run(); breaker.succeeded(matcher.id); }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PluginCircuitBreaker {
  private readonly options = inject(HALO_PLUGIN_OPTIONS);
  private readonly circuits = new Map<string, Circuit>();

  /** True when `pluginId` may run now. Letting the trial run after a cool-down is recorded. */
  allows(pluginId: string, now = Date.now()): boolean {
    const circuit = this.circuits.get(pluginId);
    if (!circuit || circuit.openUntil === null) return true;
    if (now < circuit.openUntil || circuit.trial) return false;
    circuit.trial = true;
    return true;
  }

  /** When the circuit of `pluginId` lets it run again (epoch ms), or `null` when it is closed. */
  reopensAt(pluginId: string): number | null {
    return this.circuits.get(pluginId)?.openUntil ?? null;
  }

  /** Records a successful run: the circuit closes. */
  succeeded(pluginId: string): void {
    this.circuits.delete(pluginId);
  }

  /** Records a failed run: the circuit opens at the threshold, or again after a failed trial. */
  failed(pluginId: string, now = Date.now()): void {
    const circuit = this.circuits.get(pluginId) ?? { failures: 0, openUntil: null, trial: false };
    circuit.failures += 1;
    if (circuit.trial || circuit.failures >= this.options.failuresBeforeBreak) {
      circuit.openUntil = now + this.options.breakCoolDownMs;
      circuit.trial = false;
    }
    this.circuits.set(pluginId, circuit);
  }
}
