import { useTranslations } from "next-intl"
import Image from "next/image"
import { Link } from "@/i18n/navigation"
import { serviceMetadata, servicePrice } from "@/lib/format"
import type { Product } from "@/lib/types"
import { Price } from "../common/Price"

/** A card's width: the whole row on phones, half from md, a third from lg (the grid's columns). */
const CARD_SIZES = "(min-width: 992px) 33vw, (min-width: 768px) 50vw, 100vw"

/** A service in a list: image, title (the link), cooperative and price per unit. */
export function ServiceCard({ product, headingLevel = 2, priority = false }: { product: Product; headingLevel?: 2 | 3; priority?: boolean }) {
  const t = useTranslations("catalogue")
  const { unit, cooperative } = serviceMetadata(product)
  const price = servicePrice(product)
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className="it-card it-card-image rounded shadow-sm border it-card-height-full">
      <Heading className="it-card-title h5">
        <Link className="it-card-link" href={`/servizi/${product.handle}`}>
          {product.title}
        </Link>
      </Heading>
      <div className="it-card-image-wrapper">
        <div className="ratio ratio-16x9">
          {product.thumbnail ? (
            // The title next to it names the service: the image is decorative here.
            <Image src={product.thumbnail} alt="" className="service-thumbnail" fill sizes={CARD_SIZES} priority={priority} fetchPriority={priority ? "high" : undefined} />
          ) : (
            <div className="service-thumbnail-placeholder" />
          )}
        </div>
      </div>
      <div className="it-card-body">
        {cooperative ? <p className="mb-2 small text-secondary">{cooperative}</p> : null}
        <p className="it-card-text mb-0">
          {price ? <Price amount={price.amount} currency={price.currency} unit={unit} /> : t("priceOnRequest")}
        </p>
      </div>
    </article>
  )
}
