// "3 days 4 hours left": how long an offer can still be accepted, in words.
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function formatTimeLeft(seconds: number): string {
  if (seconds <= 0) return 'No time left';
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${plural(days, 'day')}${hours ? ` ${plural(hours, 'hour')}` : ''} left`;
  if (hours > 0) {
    return `${plural(hours, 'hour')}${minutes ? ` ${plural(minutes, 'minute')}` : ''} left`;
  }
  if (minutes > 0) return `${plural(minutes, 'minute')} left`;
  return 'Less than a minute left';
}

/** "Expires March 3, 2027 at 23:59:59 UTC" from the long date core formats. */
export function expiresText(longDate: string): string {
  return `${longDate} at 23:59:59 UTC`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(Math.round((bytes / (1024 * 1024)) * 10) / 10).toString()} MB`;
}
