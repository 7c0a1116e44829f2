import { visibleChapters, type Chapter } from '../core/chapters/chapter';
import { formatClock } from '../core/time';
import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';
import { Artwork } from './Artwork';
import { useT } from '../i18n/react';

/**
 * The "Chapters" navigation: one button per chapter (title and start), the playing one marked
 * `aria-current`; below it, the playing chapter's image and link when it has them. Hidden
 * chapters (`toc: false`) are not listed, but their image shows while they play.
 */
export function ChaptersNav() {
  const chapters = useTandem((s) => s.chapters);
  const current = useTandem((s) => s.chapters[s.currentChapter]);
  const playFrom = useTandem((s) => s.playFrom);
  const copyChapterLink = useTandem((s) => s.copyChapterLink);
  const t = useT();
  if (chapters.length === 0) return null;
  const listed = visibleChapters(chapters);
  // The listed chapter playing now: the last visible one started.
  const currentListed = current ? listed.filter((c) => c.start <= current.start).at(-1) : undefined;
  const image = current?.img ?? imageBefore(chapters, current);
  return (
    <nav className="chapters" aria-label={t('chapters.nav')}>
      <div className="chapters-head">
        <h2 className="chapters-title">{t('chapters.nav')}</h2>
        {currentListed && (
          <IconButton
            icon="link"
            label={t('chapters.copyLink')}
            onClick={() => void copyChapterLink(chapters.indexOf(currentListed))}
          />
        )}
      </div>
      {(image || currentListed?.url) && (
        <div className="chapter-now">
          {image && <Artwork src={image} size={64} isLazy />}
          {currentListed?.url && (
            <a href={currentListed.url} target="_blank" rel="noreferrer noopener">
              {currentListed.title
                ? t('chapters.about', { title: currentListed.title })
                : t('chapters.aboutThis')}
            </a>
          )}
        </div>
      )}
      <ol className="chapter-list">
        {listed.map((chapter, i) => {
          const isCurrent = chapter === currentListed;
          return (
            <li key={`${chapter.start}-${i}`}>
              <button
                type="button"
                className="chapter"
                aria-current={isCurrent ? 'true' : undefined}
                aria-keyshortcuts={
                  isCurrent
                    ? undefined
                    : ariaKeyShortcuts(
                        chapter.start < (current?.start ?? 0) ? 'previousChapter' : 'nextChapter',
                      )
                }
                onClick={() => playFrom(chapter.start)}
              >
                <span className="chapter-name" dir="auto">
                  {chapter.title || t('chapters.numbered', { number: i + 1 })}
                </span>{' '}
                <span className="chapter-start">{formatClock(chapter.start)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The image of the last chapter before `chapter` that had one (images carry on until replaced). */
function imageBefore(
  chapters: readonly Chapter[],
  chapter: Chapter | undefined,
): string | undefined {
  if (!chapter) return undefined;
  return chapters.filter((c) => c.start <= chapter.start && c.img).at(-1)?.img;
}
