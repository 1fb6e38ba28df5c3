/**
 * An RGBA tile of diagonal ink lines on transparency, for the "no report" hatching over
 * Armenia (the inset and the legend hatch the same way).
 */
export function hatchImage(size = 8, ink: readonly [number, number, number] = [29, 43, 79]) {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			if ((x + y) % size !== size - 1) continue;
			const i = (y * size + x) * 4;
			data.set([...ink, 200], i);
		}
	return { width: size, height: size, data };
}
