/**
 * The timeline bench page's entry (src/bench/site/…/timeline.html): the site's fonts and global
 * styles (as src/routes/+layout.svelte imports them), then the page, mounted on <body>. Only
 * vite.bench.config.ts builds it.
 */
import '$lib/ui/fonts.css';
import '$lib/ui/global.css';
import { mount } from 'svelte';
import { getLocale } from '$lib/paraglide/runtime';
import TimelineBench from './TimelineBench.svelte';

document.documentElement.lang = getLocale();
document.documentElement.dir = getLocale() === 'ar' ? 'rtl' : 'ltr';
mount(TimelineBench, { target: document.body });
