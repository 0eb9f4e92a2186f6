import type { Bullet, Change } from '@policydiff/contracts';
import type { ReactNode } from 'react';
import { changeTitle } from '../lib/change-title';
import { changeIdFromHref, inlineText, parseMarkdown, type Inline } from '../lib/markdown';
import { citeChanges } from './cite-changes';
import { bulletFor, bulletIndex, trimNarrative } from './narrative-blocks';

interface Props {
  markdown: string;
  headline: string;
  bullets: readonly Bullet[];
  changeHref(id: string): string;
  sections: Map<string, string>;
  changes: Map<string, Change>;
}

/** The narrative markdown, with its citations linked to the changes they cite. */
export function NarrativeView({ markdown, headline, bullets, changeHref, sections, changes }: Props) {
  const knownIds = new Set(changes.keys());
  const byBullet = bulletIndex(bullets);
  const bulletLinks = (ids: string[] | null) =>
    ids && ids.some((id) => changes.has(id)) ? (
      <span className="bullet-links">
        {ids
          .filter((id) => changes.has(id))
          .map((id) => (
            <a key={id} className="citation view-change" href={changeHref(id)} title={changeTitle(changes.get(id)!)}>
              View change →
            </a>
          ))}
      </span>
    ) : null;
  const inline = (nodes: Inline[], key: string): ReactNode[] =>
    nodes.map((n, i) => {
      const k = `${key}.${i}`;
      switch (n.kind) {
        case 'text':
          return citeChanges(n.text, sections).map((p, j) =>
            p.changeId ? (
              <a key={`${k}.${j}`} className="citation" href={changeHref(p.changeId)}>
                {p.text}
              </a>
            ) : (
              <span key={`${k}.${j}`}>{p.text}</span>
            ),
          );
        case 'code':
          return <code key={k}>{n.text}</code>;
        case 'strong':
          return <strong key={k}>{inline(n.children, k)}</strong>;
        case 'em':
          return <em key={k}>{inline(n.children, k)}</em>;
        case 'link': {
          const id = changeIdFromHref(n.href);
          return id && knownIds.has(id) ? (
            <a key={k} className="citation" href={changeHref(id)}>
              {inline(n.children, k)}
            </a>
          ) : (
            <span key={k}>{inline(n.children, k)}</span>
          );
        }
      }
    });
  return (
    <div className="narrative">
      {trimNarrative(parseMarkdown(markdown), headline).map((b, i) => {
        const k = String(i);
        if (b.kind === 'heading') return <h3 key={k}>{inline(b.children, k)}</h3>;
        if (b.kind === 'paragraph') return <p key={k}>{inline(b.children, k)}</p>;
        const items = b.items.map((item, j) => (
          <li key={j}>
            {inline(item, `${k}.${j}`)} {bulletLinks(bulletFor(byBullet, inlineText(item)))}
          </li>
        ));
        return b.ordered ? <ol key={k}>{items}</ol> : <ul key={k}>{items}</ul>;
      })}
    </div>
  );
}
