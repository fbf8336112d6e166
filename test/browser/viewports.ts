/** The sizes every screen is checked and photographed at: a common phone and a laptop. */
export const PHONE = { name: 'phone', width: 390, height: 844 } as const;
export const DESKTOP = { name: 'desktop', width: 1280, height: 800 } as const;
export const VIEWPORTS = [PHONE, DESKTOP] as const;
