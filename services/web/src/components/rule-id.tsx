import { ruleDocRef } from '../lib/rule-doc';

/**
 * A delta rule's id, small and in code type. The app serves no docs, so the tooltip names the
 * section of docs/delta-rules.md that describes the rule, with examples it fires and does not fire on.
 */
export function RuleId({ rule }: { rule: string }) {
  const doc = ruleDocRef(rule);
  return (
    <code className="rule-id" data-rule={rule} data-rule-doc={doc} title={`Rule ${rule}, described in ${doc}`}>
      {rule}
    </code>
  );
}
