/**
 * Presenter mode (issue 7): no site chrome; the projector type scale and high-contrast palette in
 * present.css apply only while a presenter or notes page is on screen (they key on data attributes).
 */
import "./present.css";

export default function PresentLayout({ children }: { children: React.ReactNode }) {
  return children;
}
