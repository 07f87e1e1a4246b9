/** Phone analysis for caller-ID selection and number detection. See analyze.ts for the metadata choice. */
export { analyzePhone, phoneFacts, type PhoneFacts } from './analyze';
export { geographicAreaCodeLength, isGeographicType, type AreaCodeInput } from './area-code';
export { numberType } from './number-type';
export { subdivisionOf, placedAreaCodes, type Subdivision } from './states';
