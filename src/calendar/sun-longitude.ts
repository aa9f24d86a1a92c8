import { EARTH_LONGITUDE_SERIES } from './vsop87-earth.js';

const DEG = Math.PI / 180;
const ARCSEC = 1 / 3600;

/** Degrees reduced to 0 ≤ x < 360. */
export function normalizeDegrees(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/** The Earth's heliocentric longitude (VSOP87D, truncated) in degrees, at `jde` (Julian Ephemeris Day, TT). */
function earthLongitude(jde: number): number {
  const tau = (jde - 2451545) / 365250;
  let sum = 0;
  let power = 1;
  for (const series of EARTH_LONGITUDE_SERIES) {
    let s = 0;
    for (const [a, b, c] of series) s += a * Math.cos(b + c * tau);
    sum += s * power;
    power *= tau;
  }
  return (sum / 1e8) * (180 / Math.PI);
}

/**
 * The sun's apparent geocentric longitude (太阳视黄经) in degrees, 0 ≤ λ < 360, referred to the true equinox of
 * date, at `jde` (TT): the VSOP87 longitude turned geocentric, reduced to FK5 (−0.09033″), plus the nutation in
 * longitude (the four largest terms of IAU 1980) and the annual aberration (−20.4898″). Meeus, *Astronomical
 * Algorithms*, ch. 22 and 25. Good to about one arc second.
 */
export function apparentSolarLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const omega = (125.04452 - 1934.136261 * t) * DEG;
  const sunMean = (280.4665 + 36000.7698 * t) * DEG;
  const moonMean = (218.3165 + 481267.8813 * t) * DEG;
  const nutation =
    -17.2 * Math.sin(omega) -
    1.32 * Math.sin(2 * sunMean) -
    0.23 * Math.sin(2 * moonMean) +
    0.21 * Math.sin(2 * omega);
  const geometric = earthLongitude(jde) + 180;
  return normalizeDegrees(geometric + (-0.09033 + nutation - 20.4898) * ARCSEC);
}
