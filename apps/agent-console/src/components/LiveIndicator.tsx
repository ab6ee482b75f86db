import type { SocketState } from '../api/subscriptions';

const LABEL: Record<SocketState, string> = { idle: '대기', connecting: '연결 중', connected: '실시간', closed: '재연결 중' };

export function LiveIndicator({ state }: { state: SocketState }) {
  return (
    <span className={`live live-${state}`} data-testid="live-indicator" data-state={state}>
      {LABEL[state]}
    </span>
  );
}
