export function DraftingPage() {
  return (
    <section className="page">
      <div className="placeholder" data-testid="drafting-placeholder">
        <h2>문서 작성</h2>
        <p>문서 작성 기능은 준비 중입니다.</p>
      </div>
    </section>
  );
}
