// A client-only page: the synthetic data is generated in the browser, from ?n=.
export const prerender = true;
export const ssr = false;
