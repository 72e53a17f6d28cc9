/// <reference types="vite/client" />

/** When this build was made (or APP_BUILD_ID): shown on the settings page. */
declare const __BUILD_ID__: string;
