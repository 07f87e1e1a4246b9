// NANP overlay complexes: area codes that serve the same geographic area, one list per complex.
//
// Source: the North American Numbering Plan Administrator's published overlay plans (NANPA, "NPA
// reports" and area code maps, https://www.nationalnanpa.com/; Canada's by CNA,
// https://www.cnac.ca/). Transcribed by hand for scripts/gen-places.mjs; only complexes that
// serve a metropolitan area are listed, not state- or province-wide overlays (a state is not a
// place). gen-places.mjs still gives a complex a place only when its members' own geocoding
// entries agree on one city, so a wrong or stale entry here can only ever withhold a place.
//
// To add a complex: append its area codes, then run `npm run gen:places`.
export const NANP_OVERLAYS = [
  ['212', '332', '646', '917'], // Manhattan
  ['347', '718', '917', '929'], // the Bronx, Brooklyn, Queens, Staten Island
  ['415', '628'], // San Francisco
  ['213', '323'], // Los Angeles
  ['310', '424'], // West Los Angeles
  ['818', '747'], // San Fernando Valley
  ['510', '341'], // Oakland, East Bay
  ['408', '669'], // San José
  ['714', '657'], // northern Orange County
  ['909', '840'], // Inland Empire
  ['916', '279'], // Sacramento
  ['312', '773', '872'], // Chicago
  ['305', '786'], // Miami
  ['407', '321', '689'], // Orlando
  ['404', '470', '678', '770'], // Atlanta
  ['214', '469', '972'], // Dallas
  ['817', '682'], // Fort Worth
  ['281', '346', '713', '832'], // Houston
  ['512', '737'], // Austin
  ['617', '857'], // Boston
  ['202', '771'], // Washington, DC
  ['703', '571'], // Northern Virginia
  ['410', '443', '667'], // Baltimore
  ['301', '240'], // western Maryland suburbs of Washington
  ['215', '267', '445'], // Philadelphia
  ['412', '878'], // Pittsburgh
  ['973', '862'], // northern New Jersey
  ['201', '551'], // Hudson and Bergen counties, New Jersey
  ['631', '934'], // Suffolk County, New York
  ['704', '980'], // Charlotte
  ['919', '984'], // Raleigh
  ['615', '629'], // Nashville
  ['317', '463'], // Indianapolis
  ['614', '380'], // Columbus, Ohio
  ['248', '947'], // Oakland County, Michigan
  ['702', '725'], // Las Vegas
  ['303', '720'], // Denver
  ['801', '385'], // Salt Lake City
  ['503', '971'], // Portland, Oregon
  ['416', '437', '647'], // Toronto
  ['514', '438'], // Montréal
];
