// The options page: sites, appearance and which terms to explain. Every change is saved at
// once, and open pages follow it straight away.
import { setEnabled } from '../../settings/write';
import { Switch } from '../shared/Switch';
import { useSettings, useTheme } from '../shared/use-settings';
import { AppearanceOptions } from './AppearanceOptions';
import { SiteList } from './SiteList';
import { TermChoices } from './TermChoices';

export function OptionsApp() {
  const settings = useSettings();
  useTheme(settings?.appearance.theme);
  return (
    <main class="options">
      <h1>NHS Glossary settings</h1>
      <p class="muted">Changes are saved as you make them.</p>
      {settings ? (
        <>
          <Switch
            label={settings.enabled ? 'Glossary switched on' : 'Glossary switched off everywhere'}
            checked={settings.enabled}
            onChange={(on) => void setEnabled(on)}
          />
          <SiteList rules={settings.siteRules} />
          <AppearanceOptions appearance={settings.appearance} reading={settings.reading} />
          <TermChoices hiddenTerms={settings.reading.hiddenTerms} />
        </>
      ) : (
        <p>Loading…</p>
      )}
    </main>
  );
}
