/**
 * libphonenumber-js's numbering-plan logic that caller-ID selection runs per call, with each
 * metadata pattern compiled once: the number's type (`PhoneNumber.getType()`), its international
 * format (`formatInternational()`, for the area-code rule), and the default country's
 * international dialling prefix.
 *
 * libphonenumber-js builds a `new RegExp` from the metadata's pattern text on every call; for
 * NANP the fixed-line pattern lists every area code, so `getType()` alone costs about a third of
 * a parse. The algorithms below are libphonenumber-js's (`getNumberType`, `chooseFormatForNumber`,
 * `formatNationalNumberUsingFormat`: same order, same checks) over the same metadata;
 * tests/unit/lib/phone/numbering-plan.test.ts checks them against the library's own functions.
 */
import { Metadata } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumberType } from 'libphonenumber-js/max';

/** The parts of libphonenumber-js's numbering plan this module reads (its public typings omit them). */
interface PlanType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface PlanFormat {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  internationalFormat(): string;
}
interface Plan {
  leadingDigits(): string | undefined;
  nationalNumberPattern(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  IDDPrefix(): string;
  formats(): PlanFormat[];
  type(type: string): PlanType | undefined;
}

const NON_FIXED_LINE_TYPES = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

interface CompiledType {
  re: RegExp;
  lengths: number[] | undefined;
}

interface CompiledPlan {
  national: RegExp;
  fixed: CompiledType | null;
  /** null when the plan has no mobile pattern; 'same' when it equals the fixed-line one. */
  mobile: CompiledType | null | 'same';
  others: [PhoneNumberType, CompiledType][];
  hasNationalPrefix: boolean;
  /** What libphonenumber-js tries to strip as a national prefix after the calling code. */
  prefixForParsing: RegExp | null;
  /** The international dialling prefix at the start of a number: 011 in the US, 00 in GB. */
  idd: RegExp;
  /** For regions sharing a calling code: national numbers that are this region's by prefix. */
  leadingDigits: RegExp | null;
  formats: CompiledFormat[];
}

interface CompiledFormat {
  /** The most detailed (last) leading-digits pattern, anchored; null when the format has none. */
  leading: RegExp | null;
  whole: RegExp;
  replace: RegExp;
  international: string;
}

const plans = new Map<string, CompiledPlan | null>();

function compileType(t: PlanType | undefined): CompiledType | null {
  if (!t || !t.pattern()) return null;
  return { re: new RegExp(`^(?:${t.pattern()})$`), lengths: t.possibleLengths() };
}

/** The compiled plan of a region ("GB") or, for non-geographic numbers, a calling code ("800"). */
function planFor(regionOrCallingCode: string): CompiledPlan | null {
  const cached = plans.get(regionOrCallingCode);
  if (cached !== undefined) return cached;
  let plan: CompiledPlan | null;
  try {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(regionOrCallingCode as CountryCode);
    const raw = metadata.numberingPlan as unknown as Plan;
    const mobile = raw.type('MOBILE');
    plan = {
      national: new RegExp(`^(?:${raw.nationalNumberPattern()})$`),
      fixed: compileType(raw.type('FIXED_LINE')),
      mobile: mobile && mobile.pattern() === '' ? 'same' : compileType(mobile),
      others: NON_FIXED_LINE_TYPES.flatMap((name) => {
        const compiled = compileType(raw.type(name));
        return compiled ? [[name, compiled] as [PhoneNumberType, CompiledType]] : [];
      }),
      hasNationalPrefix: !!raw.nationalPrefix(),
      prefixForParsing: raw.nationalPrefixForParsing()
        ? new RegExp(`^(?:${raw.nationalPrefixForParsing()})`)
        : null,
      idd: new RegExp(`^(?:${raw.IDDPrefix()})`),
      leadingDigits: raw.leadingDigits() ? new RegExp(`^(?:${raw.leadingDigits()})`) : null,
      formats: raw.formats().map((f) => {
        const leading = f.leadingDigitsPatterns();
        const last = leading[leading.length - 1];
        return {
          leading: last ? new RegExp(`^(?:${last})`) : null,
          whole: new RegExp(`^(?:${f.pattern()})$`),
          replace: new RegExp(f.pattern()),
          international: f.internationalFormat(),
        };
      }),
    };
  } catch {
    plan = null; // unknown region or calling code
  }
  plans.set(regionOrCallingCode, plan);
  return plan;
}

function matches(t: CompiledType, nationalNumber: string): boolean {
  if (t.lengths && !t.lengths.includes(nationalNumber.length)) return false;
  return t.re.test(nationalNumber);
}

/**
 * The number's type, or undefined when the number is not valid (the same test as `isValid()`).
 * `region` is libphonenumber-js's `country` (undefined for non-geographic calling codes).
 */
export function numberType(
  region: CountryCode | undefined,
  callingCode: string,
  nationalNumber: string,
): PhoneNumberType | undefined {
  const plan = planFor(region ?? callingCode);
  if (!plan || !plan.national.test(nationalNumber)) return undefined;
  if (plan.fixed && matches(plan.fixed, nationalNumber)) {
    if (plan.mobile === null || plan.mobile === 'same') return 'FIXED_LINE_OR_MOBILE';
    return matches(plan.mobile, nationalNumber) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  for (const [name, t] of plan.others) if (matches(t, nationalNumber)) return name;
  return undefined;
}

/** Whether the region's numbering plan has a national (trunk) prefix, like "0" in GB or "1" in US. */
export function hasNationalPrefix(region: CountryCode): boolean {
  return planFor(region)?.hasNationalPrefix ?? false;
}

/**
 * The number in international format without its extension, like `formatInternational()` gives
 * it ("+44 20 7946 0958"), up to the separator style (only the digit groups matter here).
 */
export function internationalFormat(
  region: CountryCode | undefined,
  callingCode: string,
  nationalNumber: string,
): string {
  const plan = planFor(region ?? callingCode);
  const format = plan?.formats.find(
    (f) => (!f.leading || f.leading.test(nationalNumber)) && f.whole.test(nationalNumber),
  );
  const national = format
    ? nationalNumber.replace(format.replace, format.international)
    : nationalNumber;
  return `+${callingCode} ${national}`;
}

/**
 * Whether parsing `+<callingCode><nationalNumber>` might strip a national prefix from the national
 * number (libphonenumber-js's `extractNationalNumber`, run with the calling code's main plan):
 * only then can a parse give another national number than `readE164`. True when unsure.
 */
export function mayStripNationalPrefix(callingCode: string, nationalNumber: string): boolean {
  const plan = planFor(callingCode);
  if (!plan) return true;
  return plan.prefixForParsing ? plan.prefixForParsing.test(nationalNumber) : false;
}

/** Whether `digits` (a number's leading digits) start with `region`'s international prefix. */
export function startsWithInternationalPrefix(region: CountryCode, digits: string): boolean {
  return planFor(region)?.idd.test(digits) ?? false;
}

/** Regions of each calling code, in libphonenumber-js's order (main country first). */
const callingCodeRegions = new Map<string, CountryCode[] | null | undefined>();
let metadataInstance: Metadata | undefined;

/** The regions of a calling code: null for a non-geographic one (+800), undefined if unknown. */
function regionsOf(callingCode: string): CountryCode[] | null | undefined {
  if (callingCodeRegions.has(callingCode)) return callingCodeRegions.get(callingCode);
  metadataInstance ??= new Metadata();
  const m = metadataInstance as unknown as {
    hasCallingCode(cc: string): boolean;
    getCountryCodesForCallingCode(cc: string): CountryCode[] | undefined;
  };
  const regions = m.hasCallingCode(callingCode)
    ? (m.getCountryCodesForCallingCode(callingCode) ?? null)
    : undefined;
  callingCodeRegions.set(callingCode, regions);
  return regions;
}

export interface NumberParts {
  region: CountryCode | undefined;
  callingCode: string;
  nationalNumber: string;
}

/**
 * Splits a number that is already in libphonenumber's E.164 output form ("+14155550100") into
 * calling code, national number and region, as parsing it again would, without the parse:
 * libphonenumber-js's `extractCountryCallingCode` and `getCountryByCallingCode` (leading digits,
 * then the first region whose patterns the number fits). For config numbers, which
 * `parseAccountConfig` has normalised, this is what lets an index of 10,000 numbers build fast.
 * Returns undefined for anything that is not `+` and digits with a known calling code.
 */
export function readE164(e164: string): NumberParts | undefined {
  if (!/^\+[1-9]\d{2,16}$/.test(e164)) return undefined;
  for (let length = 1; length <= 3; length++) {
    const callingCode = e164.slice(1, 1 + length);
    const regions = regionsOf(callingCode);
    if (regions === undefined) continue;
    const nationalNumber = e164.slice(1 + length);
    return { region: regionFor(regions, callingCode, nationalNumber), callingCode, nationalNumber };
  }
  return undefined;
}

function regionFor(
  regions: CountryCode[] | null,
  callingCode: string,
  nationalNumber: string,
): CountryCode | undefined {
  if (!regions) return undefined;
  if (regions.length === 1) return regions[0];
  for (const region of regions) {
    const plan = planFor(region);
    if (plan?.leadingDigits) {
      if (plan.leadingDigits.test(nationalNumber)) return region;
    } else if (numberType(region, callingCode, nationalNumber) !== undefined) {
      return region;
    }
  }
  return undefined;
}
