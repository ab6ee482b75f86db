import { type FormEvent, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { SIGN_IN } from '../api/operations';
import type { AuthSession } from '../api/types';
import { homeFor } from '../App';
import { navigate } from '../router';
import { setSession, takeSignInNotice } from '../session';

export function SignInPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice] = useState(() => takeSignInNotice());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { signIn } = await request<{ signIn: AuthSession }>(SIGN_IN, { username: username.trim(), password }, { auth: false });
      setSession(signIn);
      navigate(homeFor(signIn.user.role));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin-page">
      <form className="signin-card" onSubmit={(e) => void submit(e)} data-testid="signin-form">
        <h1>DASAN 120 상담</h1>
        <p className="muted">120다산콜 상담 콘솔에 로그인하세요.</p>
        {notice && !error && (
          <div className="alert alert-info" data-testid="signin-notice">
            {notice}
          </div>
        )}
        {error && (
          <div className="alert alert-error" role="alert" data-testid="signin-error">
            {error}
          </div>
        )}
        <label className="field">
          <span>아이디</span>
          <input
            data-testid="signin-username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span>비밀번호</span>
          <input
            data-testid="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn-primary btn-block" disabled={busy} data-testid="signin-submit">
          {busy ? '로그인 중…' : '로그인'}
        </button>
      </form>
    </div>
  );
}
