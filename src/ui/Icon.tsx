/** Small line icons, decorative only: every control also has a text name. */
const PATHS = {
  back10: 'M11 5 4 12l7 7M20 5l-7 7 7 7',
  forward10: 'm13 5 7 7-7 7M4 5l7 7-7 7',
  previous: 'M6 5v14M19 5 9 12l10 7z',
  next: 'M18 5v14M5 5l10 7-10 7z',
  repeat: 'M4 10V8a3 3 0 0 1 3-3h11l-3-3m5 12v2a3 3 0 0 1-3 3H6l3 3',
  volume: 'M4 9v6h4l5 4V5L8 9zm12-1a5 5 0 0 1 0 8',
  muted: 'M4 9v6h4l5 4V5L8 9zm12 0 5 6m0-6-5 6',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1m2 4a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  keyboard: 'M3 7h18v10H3zm3 3h1m3 0h1m3 0h1m3 0h1M7 14h10',
  theme: 'M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9z',
  quote: 'M5 17c2-1 3-3 3-6H5V6h5v5c0 4-2 7-5 8zm9 0c2-1 3-3 3-6h-3V6h5v5c0 4-2 7-5 8z',
  close: 'M6 6l12 12M18 6 6 18',
  open: 'M3 7V5h7l2 2h9v12H3zm0 0h18',
  download: 'M12 4v11m-5-5 5 5 5-5M5 20h14',
  embed: 'm8 7-5 5 5 5m8-10 5 5-5 5M14 4l-4 16',
  keep: 'M7 3h10v18H7zm5 4v7m-3-3 3 3 3-3',
  kept: 'M7 3h10v18H7zm2.5 9 2 2 3.5-4',
  more: 'M4 12a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0m6.5 0a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0m6.5 0a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0',
  library: 'M4 5h16v15H4zm4 4h8m-8 4h8m-8 4h5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
