/** Phone analysis for caller-ID selection and number detection. See analyze.ts for the metadata choice. */
export { analyzePhone, partsFacts, phoneFacts, type PhoneFacts } from './analyze';
export { geographicAreaCodeLength, isGeographicType, type AreaCodeInput } from './area-code';
export { internationalFormat, numberType, readE164, type NumberParts } from './numbering-plan';
export { subdivisionOf, placedAreaCodes, type Subdivision } from './states';
