import type { HTMLAttributes } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** NL Design System heading: the level is the document outline, the class the look. */
export function Heading({
  level,
  className,
  ...rest
}: { level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} className={['utrecht-heading-' + level, className].filter(Boolean).join(' ')} />;
}

export function Paragraph({
  lead,
  small,
  className,
  ...rest
}: { lead?: boolean; small?: boolean } & HTMLAttributes<HTMLParagraphElement>) {
  const cls = [
    'utrecht-paragraph',
    lead && 'utrecht-paragraph--lead',
    small && 'utrecht-paragraph--small',
    className,
  ];
  return <p {...rest} className={cls.filter(Boolean).join(' ')} />;
}
