import type { HandoffReason } from '../api/types';
import { REASON_LABEL } from '../labels';

export function ReasonBadge({ reason }: { reason: HandoffReason }) {
  return (
    <span className={`badge badge-${reason}`} data-testid="reason-badge" data-reason={reason}>
      {REASON_LABEL[reason]}
    </span>
  );
}
