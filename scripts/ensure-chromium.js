// Installs Debian's Chromium for the browser tests when it is missing. Playwright's own browser
// download cannot work on these machines, so the tests drive /usr/bin/chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
	console.log(`chromium: ${CHROMIUM} is installed`);
} else {
	const asRoot = process.getuid?.() === 0 ? '' : 'sudo ';
	console.log(`chromium: ${CHROMIUM} is missing; installing Debian's chromium package`);
	try {
		execSync(`${asRoot}apt-get update -qq && ${asRoot}apt-get install -y -qq chromium`, {
			stdio: 'inherit'
		});
	} catch {
		console.error(
			`chromium: could not install it. Install Debian's "chromium" package yourself, or set CHROMIUM_PATH to a Chromium binary, then run the tests again.`
		);
		process.exit(1);
	}
}
