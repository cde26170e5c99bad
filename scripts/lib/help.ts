/**
 * `--help` for every command: prints the command's usage and options and exits 0, before the
 * command does anything else.
 */
export function helpIfAsked(usage: string, argv: readonly string[] = process.argv.slice(2)): void {
	if (!argv.includes('--help') && !argv.includes('-h')) return;
	console.log(usage.trim());
	process.exit(0);
}
