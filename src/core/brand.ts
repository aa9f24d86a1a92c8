declare const brand: unique symbol;

/**
 * A nominal ("branded") type: a `T` that the compiler keeps apart from other `T`s.
 *
 * A `Brand<string, 'TargetId'>` is still a string at run time, but it cannot be passed where a
 * `Brand<string, 'InspectorId'>` is expected, so ids of different kinds are never mixed up.
 *
 * @example
 * ```ts
 * type TargetId = Brand<string, 'TargetId'>;
 * ```
 */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
