import { loadConfig } from '../../config.ts';
import { matchingSettingsFrom, type MatchingSettings } from './matching.settings.ts';

let fromEnvironment: MatchingSettings | undefined;

/**
 * Settings from the process environment, for callers outside the worker (the API's manual
 * proposals). The worker passes the settings of its own parsed config.
 */
export function environmentMatchingSettings(): MatchingSettings {
  fromEnvironment ??= matchingSettingsFrom(loadConfig());
  return fromEnvironment;
}
