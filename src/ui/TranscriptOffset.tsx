import { memo, useState } from 'react';
import { formatOffset, MAX_OFFSET_SECONDS } from '../core/offset';
import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';
import { useT } from '../i18n/react';

/**
 * "Transcript offset": shifts the whole transcript against the audio, in seconds (+30: a line
 * stamped 1:00 is heard at 1:30), remembered per episode. When the audio suggests a shift, it is
 * offered here: "The transcript seems 30.2 s early — apply?".
 */
export const TranscriptOffset = memo(function TranscriptOffset() {
  const offset = useTandem((s) => s.transcriptOffset);
  const suggestion = useTandem((s) => s.offsetSuggestion);
  const check = useTandem((s) => s.offsetCheck);
  const setOffset = useTandem((s) => s.setTranscriptOffset);
  const setSuggestion = useTandem((s) => s.setOffsetSuggestion);
  // What is being typed ("-", "3.") may not be a number yet; the store keeps the last one that was.
  const [draft, setDraft] = useState<string | null>(null);
  const t = useT();

  return (
    <div className="transcript-offset">
      <div className="offset-field" data-transcript-offset={offset}>
        <label htmlFor="transcript-offset">{t('offset.label')}</label>
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
        <span id="offset-unit">{t('offset.unit')}</span>
      </div>
      <p className="offset-check" role="status">
        {check === 'running' && t('offset.checking')}
        {check === 'fits' && t('offset.fits')}
        {check === 'unclear' && t('offset.unclear')}
      </p>
      {suggestion !== null && (
        <p className="offset-suggestion" role="status">
          {suggestion === 0
            ? t('offset.suggestNone')
            : t(suggestion > 0 ? 'offset.suggestEarly' : 'offset.suggestLate', {
                seconds: Math.abs(suggestion).toFixed(1),
              })}{' '}
          <button
            type="button"
            className="text-button"
            onClick={() => {
              setOffset(suggestion);
              setSuggestion(null);
            }}
          >
            {t('offset.apply', { offset: formatOffset(suggestion) })}
          </button>{' '}
          <button type="button" className="text-button" onClick={() => setSuggestion(null)}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
});
