/**
 * The timeline bench page's entry (src/bench/site/…/timeline.html): the app's fonts and global
 * styles, then the page, mounted on <body>. Only vite.bench.config.ts builds it.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '$lib/ui/global.css';
import { mount } from 'svelte';
import { getLocale } from '$lib/paraglide/runtime';
import TimelineBench from './TimelineBench.svelte';

document.documentElement.lang = getLocale();
document.documentElement.dir = getLocale() === 'ar' ? 'rtl' : 'ltr';
mount(TimelineBench, { target: document.body });
