import { useState } from 'react';
import { formatOffset, MAX_OFFSET_SECONDS } from '../core/offset';
import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';

/**
 * "Transcript offset": shifts the whole transcript against the audio, in seconds (+30: a line
 * stamped 1:00 is heard at 1:30), remembered per episode. When the audio suggests a shift, it is
 * offered here: "The transcript seems 30.2 s early — apply?".
 */
export function TranscriptOffset() {
  const offset = useTandem((s) => s.transcriptOffset);
  const suggestion = useTandem((s) => s.offsetSuggestion);
  const check = useTandem((s) => s.offsetCheck);
  const setOffset = useTandem((s) => s.setTranscriptOffset);
  const setSuggestion = useTandem((s) => s.setOffsetSuggestion);
  // What is being typed ("-", "3.") may not be a number yet; the store keeps the last one that was.
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <div className="transcript-offset">
      <div className="offset-field" data-transcript-offset={offset}>
        <label htmlFor="transcript-offset">Transcript offset</label>
        <input
          id="transcript-offset"
          type="number"
          step={0.1}
          min={-MAX_OFFSET_SECONDS}
          max={MAX_OFFSET_SECONDS}
          inputMode="decimal"
          value={draft ?? String(offset)}
          aria-keyshortcuts={`${ariaKeyShortcuts('offsetEarlier')} ${ariaKeyShortcuts('offsetLater')}`}
          aria-describedby="offset-unit"
          onChange={(event) => {
            setDraft(event.target.value);
            const value = event.target.valueAsNumber;
            if (Number.isFinite(value)) setOffset(value);
          }}
          onBlur={() => setDraft(null)}
        />
        <span id="offset-unit">seconds</span>
      </div>
      <p className="offset-check" role="status">
        {check === 'running' && 'Checking the transcript against the audio…'}
        {check === 'fits' && 'The transcript fits the audio.'}
        {check === 'unclear' && 'The audio gave no clear offset to suggest.'}
      </p>
      {suggestion !== null && (
        <p className="offset-suggestion" role="status">
          {suggestion === 0
            ? 'The transcript fits the audio better with no offset.'
            : `The transcript seems ${Math.abs(suggestion).toFixed(1)} s ${suggestion > 0 ? 'early' : 'late'} against the audio.`}{' '}
          <button
            type="button"
            className="text-button"
            onClick={() => {
              setOffset(suggestion);
              setSuggestion(null);
            }}
          >
            Apply {formatOffset(suggestion)}
          </button>{' '}
          <button type="button" className="text-button" onClick={() => setSuggestion(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
