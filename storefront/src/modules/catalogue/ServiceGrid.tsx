import type { Product } from "@/lib/types"
import { ServiceCard } from "./ServiceCard"

/** Services as a responsive grid of cards, or the given empty state. The first card's image is
 *  the largest paint on a phone: it loads first, the others when scrolled near. */
export function ServiceGrid({ products, empty, headingLevel }: { products: Product[]; empty: string; headingLevel?: 2 | 3 }) {
  if (products.length === 0) return <p className="lead">{empty}</p>
  return (
    <ul className="row it-card-list">
      {products.map((product, i) => (
        <li key={product.id} className="col-12 col-md-6 col-lg-4 mb-4">
          <ServiceCard product={product} headingLevel={headingLevel} priority={i === 0} />
        </li>
      ))}
    </ul>
  )
}
