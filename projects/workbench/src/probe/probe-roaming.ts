import { office } from './office-global';
import { asyncResult, show, summary } from './probe-output';

/** Shows what the roaming settings held when the pane opened. */
export function showRoaming(): void {
  const settings = office().context.roamingSettings;
  show('roaming-greeting', settings.get('greeting') ?? '(unset)');
  const big = settings.get('big') as string | undefined;
  show('roaming-big', big ? `${big.length} characters` : '(unset)');
}

/** Sets a value (of `sizeKb` kilobytes when given) and saves; shows saveAsync's outcome. */
export async function saveRoaming(name: string, value: string, sizeKb: number): Promise<void> {
  const settings = office().context.roamingSettings;
  settings.set(name, sizeKb > 0 ? 'x'.repeat(sizeKb * 1024) : value);
  const result = await asyncResult<unknown>((cb) => settings.saveAsync(cb));
  show('roaming-save', summary(result));
}
