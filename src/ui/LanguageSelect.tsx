import { LANGUAGE_NAMES, LANGUAGES, matchLanguage } from '../core/languages';
import { activateLanguage } from '../i18n/i18n';
import { useLanguage, useT } from '../i18n/react';
import { useSettings } from '../state/settings';

/**
 * "Language": every language in its own name. Outside English the name also says "Language",
 * so someone who cannot read the page still finds the way back.
 */
export function LanguageSelect() {
  const t = useT();
  const language = useLanguage();
  const setLanguage = useSettings((s) => s.setLanguage);
  const label = t('tools.language');
  return (
    <label className="language-select">
      <span className="visually-hidden">{language === 'en' ? label : `${label} (Language)`}</span>
      <select
        value={language}
        onChange={(event) => {
          const chosen = matchLanguage(event.target.value);
          if (!chosen) return;
          setLanguage(chosen);
          void activateLanguage(chosen);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
