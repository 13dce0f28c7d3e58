import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { defaultMatchPatterns } from './utils/core/news-sites';

// Firefox builds use WXT's default, Manifest V2: a persistent background page
// keeps one IndexedDB connection for the session, and the default news sites'
// host permissions are granted at install on every Firefox release, where
// MV3 host permissions depend on the release and the reader's consent.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    description:
      'The backstory of Pakistan–US security news: prior agreements, checked figures, actors and your reading thread.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: defaultMatchPatterns(),
    // The content script is WXT's unlisted script first-look.js, declared here rather
    // than as a content-script entrypoint so it ships without WXT's content-script
    // runtime and the WebExtension polyfill (see entrypoints/first-look.ts).
    content_scripts: [{ matches: defaultMatchPatterns(), js: ['first-look.js'], run_at: 'document_idle' }],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    action: { default_title: 'Backstory' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Show or hide the Backstory sidebar',
      },
    },
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['sidebar.html'], matches: ['<all_urls>'] }]
        : (['sidebar.html'] as unknown as never),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
