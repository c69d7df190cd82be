import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Fixed so that Firefox tests can give the extension a known moz-extension UUID
// (pref extensions.webextensions.uuids) and so that settings survive reinstalls.
export const GECKO_ID = 'nhs-glossary@nhs-glossary.invalid';

export default defineConfig({
  // Helpers and CI can build side by side without overwriting each other's output.
  outDir: process.env.NHS_GLOSSARY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'NHS Glossary',
    description:
      'Explains NHS structure acronyms (ICS, ICB, ICP, STP, CCG and more) where you read them. Offline; sends nothing.',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Switch NHS Glossary on or off for this site',
      },
    },
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
