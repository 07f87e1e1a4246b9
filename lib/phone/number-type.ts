/**
 * The type of a parsed number (fixed line, mobile, toll-free…), exactly as libphonenumber-js's
 * `PhoneNumber.getType()` decides it, but with each pattern compiled once.
 *
 * `getType()` builds a `new RegExp` from the metadata's pattern text on every call; for NANP the
 * fixed-line pattern lists every area code, so that costs about as much as a third of a parse.
 * Caller-ID selection types every destination, so the cost matters. The algorithm below is
 * libphonenumber-js's `getNumberType` (same order, same possible-length checks) over the same
 * metadata; tests/unit/phone/number-type.test.ts checks it against `getType()`.
 */
import { Metadata } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumberType } from 'libphonenumber-js/max';

/** The parts of libphonenumber-js's numbering plan this module reads (its public typings omit them). */
interface PlanType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface Plan {
  nationalNumberPattern(): string;
  nationalPrefix(): string | undefined;
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
