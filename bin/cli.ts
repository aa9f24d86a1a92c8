export async function main(
  _a: string[],
  _io: { stdout(t: string): void; stderr(t: string): void },
): Promise<number> {
  return 0;
}
