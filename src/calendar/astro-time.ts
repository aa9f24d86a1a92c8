/** The Julian Day (UT) of 1970-01-01 00:00 UTC: day number 0 of the library's dates. */
const JD_UNIX_EPOCH = 2440587.5;

/** Hours China's civil time (UTC+8, no daylight saving since 1992) is ahead of UTC. */
const CHINA_OFFSET_DAYS = 8 / 24;

/**
 * ΔT = TT − UT in seconds (地球时与世界时之差), by the polynomials of Espenak and Meeus (NASA, *Five Millennium
 * Canon of Solar Eclipses*, 2006), for a decimal year. Only the span 1900–2250 is needed by the lunar calendar.
 */
export function deltaT(year: number): number {
  const long = (y: number) => -20 + 32 * ((y - 1820) / 100) ** 2;
  if (year < 1900) return long(year);
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  if (year < 2150) return long(year) - 0.5628 * (2150 - year);
  return long(year);
}

/** The decimal year of a Julian Day, precise enough for {@link deltaT}. */
function decimalYear(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

/** The Julian Ephemeris Day (TT) of China civil midnight starting day number `day` (days since 1970-01-01). */
export function chinaMidnightJde(day: number): number {
  const jd = JD_UNIX_EPOCH + day - CHINA_OFFSET_DAYS;
  return jd + deltaT(decimalYear(jd)) / 86400;
}

/** The China civil day number (days since 1970-01-01, UTC+8) of an instant given as a Julian Ephemeris Day (TT). */
export function chinaDayOfJde(jde: number): number {
  const jd = jde - deltaT(decimalYear(jde)) / 86400;
  return Math.floor(jd - JD_UNIX_EPOCH + CHINA_OFFSET_DAYS);
}
