/** What the accountability snippet takes from the host: the facts of a case (免责情形1, no 问责情形). */
export const facts = {
  nothingFound: true,
  problemFoundLater: true,
  followedChecklist: true,
  inspectionNotAsRequired: false,
  resultsNotPublishedInTime: false,
  crimeLeadNotTransferred: false,
} as const;
