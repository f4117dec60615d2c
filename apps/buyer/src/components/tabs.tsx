// ARIA tabs: arrow keys, Home and End move between tabs; only the selected tab is in the tab
// order, and the panel names the tab it belongs to.
import type { KeyboardEvent, ReactNode } from 'react';

type Tab<T extends string> = { id: T; label: string };

type TabsProps<T extends string> = {
  idBase: string;
  label: string;
  tabs: Tab<T>[];
  selected: T;
  onSelect: (id: T) => void;
  children: ReactNode;
};

export function Tabs<T extends string>({
  idBase,
  label,
  tabs,
  selected,
  onSelect,
  children,
}: TabsProps<T>) {
  const tabId = (id: T) => `${idBase}-tab-${id}`;
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs" onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            className="tab"
            aria-selected={tab.id === selected}
            aria-controls={`${idBase}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idBase}-panel`} aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </>
  );
}
