import { lazy, type ComponentType } from 'react';
import { ensureAllMessages } from '../i18n/i18n';

/**
 * A component that loads on demand, together with the messages only such components use (see
 * ensureAllMessages): it first renders once both are in.
 */
export function lazyWithMessages<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  return lazy(() =>
    Promise.all([load(), ensureAllMessages()]).then(([component]) => ({ default: component })),
  );
}
