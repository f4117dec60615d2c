// Which console is running: the pages shared by both consoles need its name for headings and
// its key for the links the API mails out (/{console}/reset-password, /{console}/join).
import { createContext, type ReactNode, useContext } from 'react';

export type ConsoleKey = 'seller' | 'buyer';
export type ConsoleInfo = { key: ConsoleKey; name: string };

const ConsoleContext = createContext<ConsoleInfo | null>(null);

export function ConsoleProvider({ value, children }: { value: ConsoleInfo; children: ReactNode }) {
  return <ConsoleContext.Provider value={value}>{children}</ConsoleContext.Provider>;
}

export function useConsole(): ConsoleInfo {
  const info = useContext(ConsoleContext);
  if (!info) throw new Error('useConsole needs a <ConsoleProvider>');
  return info;
}
