import { useTandem } from '../state/store';

/** Every problem the user must know about, announced as an alert. */
export function ErrorList() {
  const errors = useTandem((s) => s.errors);
  const mediaError = useTandem((s) => s.playback.error);
  const all = mediaError ? [...errors, mediaError] : errors;
  if (all.length === 0) return null;
  return (
    <div className="errors" role="alert">
      {all.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
