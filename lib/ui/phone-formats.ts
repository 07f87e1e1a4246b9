/**
 * Installs the phone formatter of lib/ui/format.ts: libphonenumber with the min metadata, through
 * the same function the background formats with (lib/phone/format.ts), so the content script's
 * card, which shows the background's strings, reads like the pages. Imported for its effect: at
 * start-up by the side panel and options page, after the first paint by the popup.
 */
import metadata from 'libphonenumber-js/min/metadata';
import { phoneDisplay } from '../phone/format';
import { installPhoneFormatter } from './format';

installPhoneFormatter((e164) => phoneDisplay(e164, metadata));
