/**
 * Digits that look like phone numbers but are not: dates, times, order and invoice ids, prices,
 * postcodes, IBANs, timestamps, version strings. Each rule is a cheap string test that runs
 * before libphonenumber sees the candidate; libphonenumber's validity check catches most of the
 * rest (a US account rejects any 8-digit date), these rules cover what a valid-looking number
 * in some country could still be.
 */

/** Dates with one separator: 2024-03-15, 15.03.2024, 03/15/2024, 2024 03 15. */
const SEPARATED_DATE = /^(\d{1,4})([-./\s\u2010-\u2015])(\d{1,2})\2(\d{1,4})$/;
/** Compact dates and date-times: 20240315, 202403151030, 20240315103000. */
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4}|\d{6})?$/;
/** Unix timestamps in seconds or milliseconds (2011 to 2033). */
const EPOCH = /^1[3-9]\d{8}(?:\d{3})?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** US ZIP+4. */
const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;
/** Brazilian CEP (30130-009) and Portuguese postcodes (1000-001), Japanese ones (〒100-0001). */
const POSTCODE = /^(?:\d{5}-\d{3}|\d{4}-\d{3})$/;
/** A decimal amount or measure: 1234567.89 */
const DECIMAL = /^\d+\.\d{1,2}$/;
/** Opening hours "0900-1700" and year ranges "2019-2024". */
const HOUR_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d\s*[-\u2010-\u2015]\s*(?:[01]\d|2[0-3])[0-5]\d$/;
/** A date and an hour: "2012-01-02 08". */
const DATE_HOUR =
  /^(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\s+(?:[01]?\d|2[0-3])$/;
const YEAR_RANGE = /^(?:19|20)\d\d\s*[-\u2010-\u2015]\s*(?:19|20)\d\d$/;

function isYear(part: string): boolean {
  return part.length === 4 && (part.startsWith('19') || part.startsWith('20'));
}

function isDate(a: string, b: string, c: string): boolean {
  const bn = Number(b);
  if (isYear(a)) return c.length <= 2 && bn >= 1 && bn <= 12 && Number(c) >= 1 && Number(c) <= 31;
  if (isYear(c)) {
    const an = Number(a);
    return a.length <= 2 && an >= 1 && bn >= 1 && an <= 31 && bn <= 31 && (an <= 12 || bn <= 12);
  }
  return false;
}

/**
 * True when `text[start, end)` is one run of 12 to 14 digits whose last digit is the GS1 check
 * digit of the others: an EAN-13, UPC-A or GTIN-14 barcode. Numbers written with "+" or "00" are
 * left to the phone rules.
 */
export function isBarcode(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end);
  if (!/^\d{12,14}$/.test(digits) || digits.startsWith('00')) return false;
  if (start > 0 && text[start - 1] === '+') return false;
  let sum = 0;
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += Number(digits[i]) * weight;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/**
 * Brackets that no phone number has: square ones, an unclosed or nested round one ("80.585
 * [79.964]", "80.585 ((79.964)"), as libphonenumber's matcher rejects them.
 */
export function isBracketed(span: string): boolean {
  let depth = 0;
  let pairs = 0;
  for (const c of span) {
    if (c === '[' || c === ']' || c === '\uFF3B' || c === '\uFF3D') return true;
    if (c === '(' || c === '\uFF08') {
      // "(80).(585) (79).(9)64": more bracket pairs than any written number has.
      if (++depth > 1 || ++pairs > 2) return true;
    } else if (c === ')' || c === '\uFF09') {
      if (--depth < 0) return true;
    }
  }
  return depth !== 0;
}

/** True when the digits of a candidate (already cut out, no context) have a non-phone shape. */
export function hasDistractorShape(candidate: string): boolean {
  const text = candidate.trim();
  const date = SEPARATED_DATE.exec(text);
  if (date && isDate(date[1]!, date[3]!, date[4]!)) return true;
  return (
    COMPACT_DATE.test(text) ||
    EPOCH.test(text) ||
    IPV4.test(text) ||
    ZIP_PLUS_4.test(text) ||
    POSTCODE.test(text) ||
    DECIMAL.test(text) ||
    HOUR_RANGE.test(text) ||
    YEAR_RANGE.test(text) ||
    DATE_HOUR.test(text)
  );
}

/**
 * Words that, right before a run of digits, say it is an identifier or an amount, not a phone
 * number: "Order #", "Invoice no.", "Ticket:", "IBAN", "Version", "ZIP", "Total: $".
 */
const ID_LABEL_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:order|invoice|inv|ticket|case|ref|reference|booking|confirmation|conf|' +
    'tracking|shipment|sku|part|serial|s/n|po|id|iban|bic|swift|account|acct|a/c|routing|aba|' +
    'sort code|ssn|sin|ein|vat|tax|tin|isbn|issn|version|ver|build|release|rev|zip|zip code|' +
    'postal code|postcode|post code|timestamp|epoch|unix|date|time|amount|total|price|balance|' +
    'qty|quantity|transaction|txn|receipt|member|policy|claim|licen[cs]e|passport|employee|' +
    'emp|record|row|item|product|model|batch|lot|deal|opportunity|quote|contract|asset|' +
    // German, French, Spanish, Portuguese, Dutch: order, invoice, customer, tax and postcode labels.
    'bestellung|bestellnr|auftrag|rechnung|rechnungsnr|rechnungsnummer|kundennr|kundennummer|steuernummer|' +
    'steuer-nr|ust-id|ust-idnr|plz|commande|facture|siret|siren|tva|pedido|factura|nif|cif|' +
    'cnpj|cpf|cep|bestelling|factuur|btw|kvk|' +
    // Barcodes, parcels and company ids, in English, Portuguese, Spanish, French and German.
    'barcode|bar code|ean|ean-13|ean13|upc|gtin|tracking number|track|waybill|air waybill|awb|' +
    'consignment|parcel|shipment id|sku|item no|vat|vat id|' +
    'company number|company id|company reg(?:istration)?(?: no)?|registration number|crn|duns|lei|' +
    'c[oó]digo de barras|rastreio|rastreamento|c[oó]digo de rastreio|encomenda|fatura|nota fiscal|' +
    'nif|nipc|iva|seguimiento|n[uú]mero de seguimiento|gu[ií]a|albar[aá]n|' +
    'orden|c[oó]digo|rut|cuit|rfc|' +
    'code-barres|code barre|code barres|suivi|num[eé]ro de suivi|colis|lettre de voiture|' +
    'num[eé]ro de commande|r[eé]f[eé]rence|rcs|' +
    'strichcode|sendungsnummer|sendungsverfolgung|paket|frachtbrief|artikelnummer|artikel|' +
    'bestellnummer|auftragsnummer|mwst|ust|handelsregister|hrb|hra|firmennummer)' +
    '\\s*(?:no\\.?|nr\\.?|num(?:ber)?|n[uú]mero|num[eé]ro|nummer|n[º°o]\\.?|#|id|code)?\\s*[.:#=]?\\s*$',
  'iu',
);

/** An IBAN's country and check digits, then 4-character groups, right before the digits. */
const IBAN_BEFORE = /(?:^|[^\p{L}\p{N}])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4})*\s?$/u;
const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽¢₺₴\u3012]|\b(?:USD|EUR|GBP|CAD|AUD|JPY|CHF|INR|BRL|MXN))\s*$/;
const AMOUNT_AFTER = /^\s*(?:[%‰$€£¥₹₩₽]|(?:USD|EUR|GBP|CAD|AUD|JPY|CHF|INR|BRL|MXN)\b)/;

/** The two capital letters that open a VAT id ("DE 123456789", "GB123456789"). */
const VAT_COUNTRY = /^[A-Z]{2}$/;

/** How far back labels are looked for: "Invoice number: " fits. */
const LOOKBACK = 32;

/**
 * Whether the text right before a candidate makes it an identifier or an amount ('text'), or
 * the field's label does ('label'): when the candidate opens its run of text, `labels` gives the
 * labels from the page structure (a table's header cell, a `<dt>`, the element before the
 * value), as in "Steuernummer | 21/815/08150".
 */
export function distractorBefore(
  text: string,
  start: number,
  labels?: () => readonly string[],
): 'text' | 'label' | null {
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  if (before.length > 0) {
    if (ID_LABEL_BEFORE.test(before) || IBAN_BEFORE.test(before) || CURRENCY_BEFORE.test(before)) {
      return 'text';
    }
  }
  // A value that opens its field, or only a VAT id's country letters before it ("DE 123456789").
  if (!labels || start > LOOKBACK) return null;
  const lead = before.trim();
  if (lead.length > 0 && !VAT_COUNTRY.test(lead)) return null;
  const labelled = labels().some((label) => ID_LABEL_BEFORE.test(label.trim().slice(-LOOKBACK)));
  return labelled ? 'label' : null;
}

/** True when the text right after a candidate makes it an amount ("12 345 678 €", "99.5 %"). */
export function hasDistractorAfter(text: string, end: number): boolean {
  return end < text.length && AMOUNT_AFTER.test(text.slice(end, end + 8));
}
