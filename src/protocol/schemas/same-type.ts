// A compile-time tie between a valibot schema and the TypeScript type it guards:
// `tsc` fails when either changes without the other (a field added to the type but
// not to the schema, a picklist that lost a value, an optional that became required).

/**
 * True when A and B are the same type, not merely assignable one way (the generic
 * function trick compares the types as the checker itself does).
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Only `true` fits: `type X = Assert<Same<...>>` does not compile when the types differ. */
export type Assert<T extends true> = T;
