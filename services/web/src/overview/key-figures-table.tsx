import type { KeyFigure } from '@policydiff/contracts';
import { DirectionBadge } from '../components/badge';
import { formatPercent, formatSigned } from '../lib/format';

const CATEGORY_LABELS: Record<KeyFigure['category'], string> = {
  sum_insured: 'Sum insured',
  limit: 'Limit',
  sublimit: 'Sub-limit',
  excess: 'Excess',
  premium: 'Premium',
  tax: 'Tax',
  percentage: 'Percentage',
  period: 'Period',
  other: 'Other',
};

/** Limits, excesses, sums insured and premiums on both sides, the change coloured by direction. */
export function KeyFiguresTable({ figures }: { figures: KeyFigure[] }) {
  if (!figures.length) return <p className="muted">No key figures were found in the schedules.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table key-figures">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">
              A
            </th>
            <th scope="col" className="num">
              B
            </th>
            <th scope="col" className="num">
              Change
            </th>
            <th scope="col" className="num">
              %
            </th>
            <th scope="col">Cover</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((k, i) => {
            const currency = k.b?.currency ?? k.a?.currency ?? null;
            return (
              <tr key={i}>
                <th scope="row">{k.label}</th>
                <td className="muted">{CATEGORY_LABELS[k.category]}</td>
                <td className="num">
                  {k.a ? k.a.text : '—'}
                  {k.a && <span className="page-ref">p. {k.a.page}</span>}
                </td>
                <td className="num">
                  {k.b ? k.b.text : '—'}
                  {k.b && <span className="page-ref">p. {k.b.page}</span>}
                </td>
                <td className={`num delta-${k.direction}`}>{formatSigned(k.change_abs, currency)}</td>
                <td className={`num delta-${k.direction}`}>{formatPercent(k.change_pct)}</td>
                <td>
                  <DirectionBadge direction={k.direction} short />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
