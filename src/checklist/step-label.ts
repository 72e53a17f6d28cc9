/** How a step is named everywhere (wizard, record, print, PDF): the manual's 【code】, then its title. */
export const codeMark = (code: string) => `【${code}】`;
export const stepLabel = (code: string, title: string) => `${codeMark(code)}${title}`;
