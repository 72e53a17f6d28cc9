import { useEffect, useState } from 'react';

type InstallPromptEvent = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };

/** The event fires early, before the settings page exists, so it is kept here. */
let pending: InstallPromptEvent | null = null;
const listeners = new Set<(e: InstallPromptEvent | null) => void>();

/** Called once at start-up. */
export function captureInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    pending = e as InstallPromptEvent;
    for (const l of listeners) l(pending);
  });
}

/**
 * Chromium's beforeinstallprompt, so the settings page can offer an install
 * button. Null where the browser does not offer one (already installed, or
 * another browser): the page then shows the manual steps.
 */
export function useInstallPrompt(): (() => Promise<void>) | null {
  const [event, setEvent] = useState<InstallPromptEvent | null>(pending);
  useEffect(() => {
    listeners.add(setEvent);
    return () => {
      listeners.delete(setEvent);
    };
  }, []);
  if (!event) return null;
  return async () => {
    await event.prompt();
    pending = null;
    setEvent(null);
  };
}
