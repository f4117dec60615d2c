/** The line a measured child writes on stderr at exit: this prefix, then its VmHWM in kB. */
export const PEAK_RSS_PREFIX = 'offerdesk-bench peak-rss-kb';
