// The switches for one site and for everywhere, shared by the popup. The site switch says where
// it applies ("On for news.example.org") and why it does nothing while the global one is off.
import { Switch } from './Switch';

interface SiteSwitchProps {
  /** The site's host, or undefined when the page is not one the extension can run on. */
  host: string | undefined;
  siteOn: boolean;
  globallyOn: boolean;
  onSiteChange: (on: boolean) => void;
  onGlobalChange: (on: boolean) => void;
}

export function SiteSwitch({ host, siteOn, globallyOn, onSiteChange, onGlobalChange }: SiteSwitchProps) {
  return (
    <div class="switches">
      {host && (
        <Switch
          label={`${siteOn ? 'On' : 'Off'} for ${host}`}
          checked={siteOn}
          onChange={onSiteChange}
          disabled={!globallyOn}
          hint={globallyOn ? undefined : 'Switched off everywhere: turn that on first.'}
        />
      )}
      <Switch
        label={globallyOn ? 'Glossary switched on' : 'Glossary switched off everywhere'}
        checked={globallyOn}
        onChange={onGlobalChange}
      />
    </div>
  );
}
