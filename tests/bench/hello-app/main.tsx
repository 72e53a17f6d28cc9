/**
 * The bench's baseline for "offline reopen": the least a React 19 PWA can be.
 * A heading and a button, the service worker registered with workbox-window
 * as the app does (src/features/app-update/register-sw.ts).
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';

function Hello() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Hello</h1>
      <button type="button" onClick={() => setCount((n) => n + 1)}>
        pressed {count}
      </button>
    </main>
  );
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) void new Workbox('/sw.js', { scope: '/' }).register();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Hello />
  </StrictMode>,
);
