/**
 * A show's, an episode's or a chapter's image from another site: decorative (the title beside it
 * says what it is), square, its size fixed so nothing moves when it arrives, and fetched without
 * telling that site which page asked.
 */
export function Artwork({
  src,
  size,
  className,
  isLazy = false,
}: {
  src: string;
  size: number;
  className?: string;
  isLazy?: boolean;
}) {
  return (
    <img
      className={className}
      src={src}
      alt=""
      width={size}
      height={size}
      referrerPolicy="no-referrer"
      loading={isLazy ? 'lazy' : undefined}
    />
  );
}
