/** "3 unread notifications." and "Mark all as read", the same above every list of notices. */
export function UnreadSummary({
  unread,
  pending,
  onMarkAll,
  className,
}: {
  unread: number;
  pending: boolean;
  onMarkAll: () => void;
  className?: string;
}) {
  return (
    <>
      <p aria-live="polite" className={className}>
        {unread === 0
          ? 'All read.'
          : unread === 1
            ? '1 unread notification.'
            : `${unread} unread notifications.`}
      </p>
      {unread > 0 ? (
        <button
          type="button"
          className="button button-small"
          disabled={pending}
          onClick={onMarkAll}
        >
          Mark all as read
        </button>
      ) : null}
    </>
  );
}
