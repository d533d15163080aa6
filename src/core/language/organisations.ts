/** Words that make a capitalised name an organisation rather than a person (`Federal Open Market Committee`). */
export const ORGANISATION_CUES = /\b(?:Party|Committee|Ministry|Department|Council|Association|Agency|Commission|Court|University|Organi[sz]ation|Fund|Group|Company|Corporation|Corp|Inc|Ltd|Bank|Union|Airlines|Airways|Army|Navy|Police|Government|Parliament|Congress|Senate|Assembly|Institute|Foundation|Federation|League|Office|Board|Authority|Service|Reserve|Forces|Times|Post|News|Journal|Press|Network|Coalition|Alliance|Movement|Front|Society|Trust|Bureau|Centre|Center|Club|Nations|Focus|Watch|International|Exchange|Markets|Advisors|Advisers|Partners|Holdings|Capital|Securities|Industries|Motors|Systems|Technologies|Labs|Media|Broadcasting|Corporation|Co|LLC|PLC|plc|AG|SA|GmbH)\b/;

export function isOrganisationName(name: string): boolean {
  return ORGANISATION_CUES.test(name);
}
