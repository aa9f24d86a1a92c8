const DEG = Math.PI / 180;

/**
 * The periodic terms of the true new moon (朔) in Meeus, *Astronomical Algorithms* (2nd ed.), ch. 49: each
 * `[coefficient in days, power of E, multiples of M (sun's anomaly), M′ (moon's anomaly), F (argument of
 * latitude), Ω]`.
 */
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** The planetary arguments of ch. 49: `[coefficient in days, A at k = 0 in degrees, degrees per lunation]`. */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * The instant of the k-th new moon (朔) after the one of 2000-01-06, as a Julian Ephemeris Day (TT), by Meeus,
 * *Astronomical Algorithms*, ch. 49 (mean phase plus periodic and planetary corrections; error well under a
 * minute over 1900–2200).
 *
 * @param k - a whole number of lunations (negative before 2000)
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const mean =
    2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3) * DEG;
  const mp =
    (201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4) * DEG;
  const f =
    (160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4) * DEG;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3) * DEG;
  let correction = 0;
  for (const [c, ePower, cm, cmp, cf, co] of NEW_MOON_TERMS) {
    correction += c * e ** ePower * Math.sin(cm * m + cmp * mp + cf * f + co * omega);
  }
  for (const [i, [c, a0, rate]] of PLANETARY_TERMS.entries()) {
    const a = i === 0 ? a0 + rate * k - 0.009173 * t ** 2 : a0 + rate * k;
    correction += c * Math.sin(a * DEG);
  }
  return mean + correction;
}

/** The lunation number k of the mean new moon nearest to a Julian Day. */
export function lunationNear(jd: number): number {
  return Math.round((jd - 2451550.09766) / 29.530588861);
}
