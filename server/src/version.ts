/** Byline's version, as package.json states it (a unit test keeps the two equal): the CLI's --version, the server's serverInfo. */
export const BYLINE_VERSION = '0.1.0';
