/** Imported first by the engine script: runs before the WebExtension polyfill is evaluated. */
import { shadowPageBrowserGlobal } from './page-life';

shadowPageBrowserGlobal();
