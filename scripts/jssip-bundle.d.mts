// Types of jssip-bundle.mjs.
export const JSSIP_BUNDLE_PATH: string;
export function jssipBundle(): Promise<string>;
