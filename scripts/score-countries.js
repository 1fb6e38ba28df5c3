// Scores who takes part in each clash and deployment (its `countries`) against the truth files of
// the corpora in tests/corpora, which the shared scorer does not check: a clash's two sides, the
// members whose troops arrive, leave or exercise. (Summits are left out: the truths differ on
// whether a summit's countries are its attendance or all members.) Prints the misses and a line
// per corpus, then the totals. `node scripts/score-countries.js [corpus …]`, all corpora by default.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEvents } from './runEvents.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const TYPES = ['clash', 'deployment'];
const named = process.argv.slice(2);
const corpora = (
	named.length > 0
		? named
		: readdirSync(join(root, 'tests/corpora')).filter((c) =>
				existsSync(join(root, 'tests/corpora', c, 'truth.json'))
			)
).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

const key = (countries) => [...countries].sort().join('/');
const total = Object.fromEntries(TYPES.map((t) => [t, [0, 0]]));
for (const name of corpora) {
	if (!/^[a-z]+[0-9]*$/.test(name)) throw new Error(`no corpus "${name}" in tests/corpora`);
	const corpus = join(root, 'tests/corpora', name);
	const out = mkdtempSync(join(tmpdir(), 'csto-countries-'));
	let events;
	try {
		runEvents(root, corpus, out, { noCache: true, quiet: true });
		events = JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')).events;
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
	const truth = JSON.parse(readFileSync(join(corpus, 'truth.json'), 'utf8')).events;
	const mine = Object.fromEntries(TYPES.map((t) => [t, [0, 0]]));
	for (const t of truth) {
		if (t.optional || !TYPES.includes(t.type)) continue;
		// The event the scorer would match: same type, sharing a country, same day, else same month.
		const same = (e) => e.type === t.type && e.countries.some((c) => t.countries.includes(c));
		const found =
			events.find((e) => same(e) && e.date === t.date) ??
			events.find((e) => same(e) && e.date.slice(0, 7) === t.date.slice(0, 7));
		const want = key(t.countries);
		const got = found ? key(found.countries) : '(none)';
		mine[t.type][1]++;
		if (want === got) mine[t.type][0]++;
		else console.log(`${name} ${t.type} ${t.date}: truth ${want}, built ${got}`);
	}
	for (const t of TYPES) for (const i of [0, 1]) total[t][i] += mine[t][i];
	console.log(`${name}: ${TYPES.map((t) => `${t} ${mine[t][0]}/${mine[t][1]}`).join(', ')}`);
}
console.log(
	`countries exact: ${TYPES.map((t) => `${t} ${total[t][0]}/${total[t][1]}`).join(', ')}`
);
