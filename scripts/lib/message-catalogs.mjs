/**
 * The UI's message catalogues, one JSON file per language (`src/i18n/locales/<lang>.json`, ICU
 * MessageFormat), compiled when they are bundled: the page imports
 * `virtual:tandem-messages/<lang>` and gets messages ready for @lingui/core, with no message
 * parser in the browser. A message that does not parse stops the build, naming it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

const PREFIX = 'virtual:tandem-messages/';

/**
 * Messages only the parts that load on demand use (the dialogs, the show list, the chapters, the
 * download menu, sharing a selection, the offline controls): they load with those, not with the
 * page.
 * `virtual:tandem-messages/en/page` is the rest, `…/en/later` these; `…/de` is all of German.
 */
export const LATER = /^(shortcut|shortcuts|embed|open|show|download|chapters|selection|offline)\./;

/** Compiles one catalogue's messages; throws naming the file and the message that is broken. */
export function compileCatalog(messages, file) {
  return Object.fromEntries(
    Object.entries(messages).map(([id, message]) => {
      if (typeof message !== 'string') throw new Error(`${file}: "${id}" is not a string`);
      try {
        return [id, compileMessageOrThrow(message)];
      } catch (error) {
        throw new Error(`${file}: "${id}" is not a valid ICU message: ${error.message}`, {
          cause: error,
        });
      }
    }),
  );
}

export function messageCatalogs({ dir }) {
  return {
    name: 'tandem-message-catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [language, part] = id.slice(PREFIX.length + 1).split('/');
      if (!/^[a-z]{2,3}$/.test(language ?? '') || !['page', 'later', undefined].includes(part))
        throw new Error(`No catalogue "${id.slice(1)}"`);
      const file = join(dir, `${language}.json`);
      this.addWatchFile(file);
      const messages = Object.fromEntries(
        Object.entries(JSON.parse(await readFile(file, 'utf8'))).filter(
          ([key]) => part === undefined || LATER.test(key) === (part === 'later'),
        ),
      );
      return `export default ${JSON.stringify(compileCatalog(messages, file))};`;
    },
  };
}
