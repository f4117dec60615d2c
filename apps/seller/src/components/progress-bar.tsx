/** An upload's progress as a native <progress> (no inline style needed), with its percentage. */
export function ProgressBar({ fraction, label }: { fraction: number; label: string }) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="progress">
      <progress value={percent} max={100} aria-label={label}>
        {percent} %
      </progress>
      <span className="muted">{percent} %</span>
    </div>
  );
}
