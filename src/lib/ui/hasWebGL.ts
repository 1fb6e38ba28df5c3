/**
 * True when the browser can give MapLibre a WebGL context. Checked before fetching the map's
 * chunk, so a browser without WebGL is told at once and downloads nothing it cannot use.
 */
export function hasWebGL(doc: Document = document): boolean {
	try {
		const canvas = doc.createElement('canvas');
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		if (!gl) return false;
		// Hand the context back at once: browsers cap live contexts and the map needs its own.
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		return false;
	}
}
