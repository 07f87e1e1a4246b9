import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { browserMessagesJson, manifestMessage } from './lib/i18n/browser-locales';
import { LANGUAGES, localeFolder } from './lib/i18n/languages';
import { precompileMessages } from './lib/i18n/precompile';

// Hosts of the bundled demo CRM. They are built into the manifest only for the demo build
// (`npm start`, `npm test`), so a store build asks for no host at install time.
const DEMO_HOSTS = ['http://localhost/*'];
const demoBuild = process.env.RINGSIDE_DEMO === '1';

/**
 * Makes the popup's module scripts render-blocking (`blocking="render"`): Chromium then paints the
 * popup once, with its content, instead of first painting the empty page while the script loads,
 * a frame that also holds up the script. Vite writes the entry's <script> tag itself, so the
 * attribute is added to its output.
 */
function popupScriptBlocksRendering(): Plugin {
  return {
    name: 'ringside:popup-script-blocks-rendering',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        if (!/[\\/]popup[\\/]index\.html$/.test(path)) return html;
        // Every module script: popup.html names one now (tests/e2e/popup-bundle.spec.ts), but when
        // it named Rolldown's runtime helpers first, marking only the first tag left the entry
        // free to paint an empty frame.
        return html.replace(/<script type="module"(?![^>]*\bblocking=)/g, '$& blocking="render"');
      },
    },
  };
}

/**
 * Catalogs precompiled: each message is parsed into ICU's syntax tree at build time
 * (lib/i18n/precompile.ts, FormatJS's documented "precompile" path), and the ICU parser (~27 kB
 * minified with its skeleton parser) is replaced by FormatJS's own parser-free build of the same
 * module, which keeps the element types and type guards intl-messageformat formats with. Used by
 * the content script, whose size is paid on each CRM page load, and by the extension pages, whose
 * catalogs are then formatted without parsing anything when a page opens (the popup's first frame).
 * The background keeps parsing at run time.
 */
function precompiledCatalogs(): Plugin {
  return {
    name: 'ringside:precompiled-catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@formatjs/icu-messageformat-parser') return null;
      return this.resolve('@formatjs/icu-messageformat-parser/no-parser.js', importer, {
        skipSelf: true,
      });
    },
    transform(code, id) {
      if (!/[\\/]lib[\\/]i18n[\\/]messages[\\/][^\\/]+[\\/][^\\/]+\.json$/.test(id)) return null;
      const trees = precompileMessages(JSON.parse(code) as Record<string, string>);
      return { code: JSON.stringify(trees), map: null };
    },
  };
}

export default defineConfig({
  // Every name is imported explicitly, so its origin is visible in the file that uses it.
  imports: false,
  // MV3 for Firefox too: it has optional_host_permissions (per-site enabling) from Firefox 128.
  manifestVersion: 3,
  // Tests build the store targets into a temporary folder so they never clobber the demo build.
  outDir: process.env.RINGSIDE_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact(), popupScriptBlocksRendering()],
    define: {
      'import.meta.env.RINGSIDE_DEMO': JSON.stringify(demoBuild),
      // The demo SIP server's WebSocket (scripts/start.mjs runs it on 5066 by default).
      'import.meta.env.RINGSIDE_SIP_WS': JSON.stringify(process.env.RINGSIDE_SIP_WS ?? ''),
    },
    build: {
      modulePreload: {
        // Chromium and Firefox (115+) preload modules natively; the polyfill would be one more file.
        polyfill: false,
        // What the popup's chunk imports later (Dexie for the live status and the language
        // setting, libphonenumber, the number search) loads after its first frame. Vite would
        // add a <link rel="modulepreload"> per dependency of each such import() when it runs, and
        // in the popup those run while the first frame is being built: the links were about a
        // third of the popup's start-up script time in a DevTools trace. Without them each chunk
        // still loads its own imports, from the extension's files on disk.
        resolveDependencies: (_file, deps, { hostId, hostType }) =>
          hostType === 'js' && /(^|\/)popup-app-[^/]*\.js$/.test(hostId) ? [] : deps,
      },
      // `RINGSIDE_NO_MINIFY=1`: readable function names in a bench's DevTools trace.
      ...(process.env.RINGSIDE_NO_MINIFY === '1' ? { minify: false } : {}),
    },
  }),
  hooks: {
    // The popup opens fast when it loads few files: its entry and app module with everything
    // they import go in one chunk (dependencies are included recursively), instead of the five
    // shared chunks automatic splitting makes, and with the entry in it that chunk is the one file
    // popup.html names: each file is a request the browser process serves, which a trace showed
    // answered one after the other, tens of ms each on a busy machine. The other pages import
    // their shared code from it, so the entry mounts only on the popup's page (main.tsx). WXT's
    // plugin loader, which every page imports, joins it rather than being a file of its own. Only the pages' build splits code: the background and
    // content scripts are single-file IIFE builds, which reject a codeSplitting option.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The content script's build (an IIFE of its own) and the pages' build: precompiled
      // catalogs, no ICU parser.
      if (entrypoints.some((e) => e.name === 'content' || e.name === 'popup')) {
        config.plugins = [...(config.plugins ?? []), precompiledCatalogs()];
      }
      if (!entrypoints.some((e) => e.name === 'popup')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output;
      if (Array.isArray(output)) return;
      config.build.rolldownOptions.output = {
        ...output,
        codeSplitting: {
          groups: [
            {
              name: 'popup-app',
              test: (id: string) =>
                /entrypoints[\\/]popup[\\/](app|main)\.tsx$/.test(id) ||
                id.includes('virtual:wxt-html-plugins'),
            },
          ],
        },
      };
    },
    // The store build runs the content script only on sites the admin enables, registered at
    // run time; a manifest entry with no matches would be rejected by the browser.
    // The browser's _locales, from the manifest catalogs (lib/i18n/browser-locales.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const language of LANGUAGES) {
        const path = new URL(`./lib/i18n/messages/${language}/manifest.json`, import.meta.url);
        files.push({
          relativeDest: `_locales/${localeFolder(language)}/messages.json`,
          contents: browserMessagesJson(JSON.parse(readFileSync(path, 'utf8'))),
        });
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = manifest.content_scripts?.filter((cs) => cs.matches?.length);
      if (!manifest.content_scripts?.length) delete manifest.content_scripts;
      // WXT sets the toolbar title from the popup's <title>, over the manifest's action: the
      // translated one from _locales is put back here.
      if (manifest.action) manifest.action.default_title = manifestMessage('manifest.actionTitle');
    },
  },
  manifest: ({ browser }) => ({
    // Text the browser shows comes from _locales (see the build:publicAssets hook).
    default_locale: 'en',
    name: manifestMessage('manifest.name'),
    description: manifestMessage('manifest.description'),
    permissions: [
      'storage',
      'alarms',
      'scripting',
      'contextMenus',
      'activeTab',
      // Incoming softphone calls ring with a notification (Answer / Decline).
      'notifications',
      // The softphone's user agent lives in an offscreen document; Firefox has none (docs/softphone.md).
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // Sites are enabled one by one from the options page or the popup.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: demoBuild ? DEMO_HOSTS : [],
    action: { default_title: manifestMessage('manifest.actionTitle') },
    // Enterprise policy (config URL, token, agent email, locks), read from storage.managed.
    // Firefox takes managed storage from a native manifest instead and rejects this key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ringside@ringside.example',
              // 140: the CSS Custom Highlight API that marks numbers, and the install-time data
              // consent below (both first shipped in Firefox 140, an ESR).
              strict_min_version: '140.0',
              // Firefox's install-time data consent (AMO requires the key): what leaves the
              // browser, and only for the servers the admin configures. Callees' phone numbers
              // go to the call webhook; the config and webhook tokens to their servers.
              // docs/publishing.md lists it all.
              data_collection_permissions: {
                required: ['personallyIdentifyingInfo', 'authenticationInfo'],
              },
            },
            // Firefox for Android reads the data consent key from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
