/**
 * The browser's own i18n (`_locales/<folder>/messages.json`) carries what the browser shows before
 * any Ringside code runs: the manifest's name, description and toolbar title, in the store and in
 * the browser's extension pages. They are written from the `manifest` catalogs at build time
 * (wxt.config.ts), so they are translated in one place like every other string.
 */
/** `manifest.name` → `manifest_name`: the browser allows only letters, digits, `_` and `@`. */
export function browserMessageName(key: string): string {
  return key.replace(/[^A-Za-z0-9_@]/g, '_');
}

/** The manifest's reference to a message: `__MSG_manifest_name__`. */
export function manifestMessage(key: string): string {
  return `__MSG_${browserMessageName(key)}__`;
}

/** A `messages.json` for one language. The browser has no ICU: these must be plain text. */
export function browserMessagesJson(messages: Readonly<Record<string, string>>): string {
  const out: Record<string, { message: string }> = {};
  for (const [key, message] of Object.entries(messages)) {
    if (/[{}]/.test(message))
      throw new Error(`${key}: the browser's messages take plain text only`);
    out[browserMessageName(key)] = { message };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
