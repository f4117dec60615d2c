/** A count after a navigation label, e.g. unread notifications; nothing when it is 0. */
export function NavCount({ count, label }: { count: number; label: string }) {
  if (count === 0) return null;
  // The space keeps the link's accessible name "Notifications 3 unread", not "Notifications3".
  return (
    <>
      {' '}
      <span className="nav-badge">
        {count > 99 ? '99+' : count}
        <span className="visually-hidden"> {label}</span>
      </span>
    </>
  );
}
