/** <Recap>markdown list</Recap> — the lesson's take-aways, always the last section. */
export function Recap({ children }: { children: React.ReactNode }) {
  return (
    <section aria-labelledby="recap" className="mt-10 rounded-lg border border-border bg-surface px-5 py-2">
      <h2 id="recap" className="mt-4!">
        Recap
      </h2>
      {children}
    </section>
  );
}
