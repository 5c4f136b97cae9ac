import type { Connection } from 'vscode-languageserver';
import { defaultSettings, normalizeSettings, type BylineSettings } from '../protocol/settings';
import { settingsSection } from '../protocol/protocol';

/**
 * The `byline.*` settings, pulled through workspace/configuration when the client supports it (else pushed with
 * didChangeConfiguration), cached until the client says they changed.
 */
export class SettingsStore {
  private current: BylineSettings = defaultSettings;
  private pullSupported = false;

  constructor(private readonly connection: Connection) {}

  get settings(): BylineSettings {
    return this.current;
  }

  setPullSupported(supported: boolean): void {
    this.pullSupported = supported;
  }

  /** Re-reads the settings; `pushed` is the didChangeConfiguration payload for clients that cannot be asked. */
  async refresh(pushed?: unknown): Promise<BylineSettings> {
    if (this.pullSupported) {
      const raw: unknown = await this.connection.workspace.getConfiguration({ section: settingsSection });
      this.current = normalizeSettings(raw);
    } else if (pushed !== undefined) {
      const section = typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>)[settingsSection] : undefined;
      this.current = normalizeSettings(section);
    }
    return this.current;
  }
}
