import { useTranslations } from "next-intl"
import Image from "next/image"
import type { CareArea } from "@/lib/data/categories"
import { preloadTitillium } from "@/lib/fonts"
import { serviceMetadata, servicePrice } from "@/lib/format"
import type { Category, Product } from "@/lib/types"
import { Breadcrumb, type Crumb } from "../common/Breadcrumb"
import { Price } from "../common/Price"
import { AddToCartForm } from "./AddToCartForm"

type Props = { product: Product; area?: CareArea; sub?: Category }

/** A service: what it is, who provides it, what it costs, and the add-to-cart form. */
export function ServiceTemplate({ product, area, sub }: Props) {
  const t = useTranslations("service")
  const { unit, duration, cooperative } = serviceMetadata(product)
  const price = servicePrice(product)
  if (product.subtitle) preloadTitillium(300) // the lead paragraph
  const crumbs: Crumb[] = [
    ...(area ? [{ label: area.name, href: `/aree/${area.handle}` }] : []),
    ...(area && sub ? [{ label: sub.name, href: `/aree/${area.handle}/${sub.handle}` }] : []),
    { label: product.title },
  ]
  const variants = (product.variants ?? []).map((v) => ({ id: v.id, label: v.title ?? product.title }))
  return (
    <div className="container py-4">
      <Breadcrumb items={crumbs} />
      <div className="row">
        <div className="col-12 col-lg-7">
          <h1>{product.title}</h1>
          {product.subtitle ? <p className="lead">{product.subtitle}</p> : null}
          {product.thumbnail ? (
            // The largest paint of the page: fetched first. 4:3 like the seeded images, so nothing moves when it arrives.
            <Image
              src={product.thumbnail}
              alt={t("imageAlt", { title: product.title })}
              className="img-fluid rounded mb-4"
              width={800}
              height={600}
              sizes="(min-width: 992px) 58vw, 100vw"
              priority
              fetchPriority="high"
            />
          ) : null}
          <h2 className="h4">{t("description")}</h2>
          <p>{product.description}</p>
        </div>
        <section className="col-12 col-lg-5" aria-labelledby="service-details">
          <div className="border rounded p-4 shadow-sm">
            <h2 id="service-details" className="h4">{t("details")}</h2>
            <dl className="mb-0">
              <dt>{t("price")}</dt>
              <dd>{price ? <Price amount={price.amount} currency={price.currency} unit={unit} /> : t("unavailable")}</dd>
              {unit ? (<><dt>{t("unit")}</dt><dd>{unit}</dd></>) : null}
              {duration ? (<><dt>{t("duration")}</dt><dd>{duration}</dd></>) : null}
              {cooperative ? (<><dt>{t("cooperative")}</dt><dd>{cooperative}</dd></>) : null}
              {area ? (<><dt>{t("careArea")}</dt><dd>{sub ? `${area.name}: ${sub.name}` : area.name}</dd></>) : null}
            </dl>
            {price && variants.length > 0 ? <AddToCartForm variants={variants} /> : null}
          </div>
        </section>
      </div>
    </div>
  )
}
