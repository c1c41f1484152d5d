import { useQuery } from "@tanstack/react-query"
import { useApi } from "./api"
import type { Category } from "./types"

/** The care areas: the top-level product categories, and their names for the handles a scheme stores. */
export const useCareAreas = () => {
  const api = useApi()
  const { data } = useQuery({
    queryKey: ["care-areas"],
    queryFn: () =>
      api<{ product_categories: (Category & { parent_category_id: string | null })[] }>("/admin/product-categories", {
        query: { fields: "id,handle,name,parent_category_id", limit: 200 },
      }),
  })
  const careAreas = (data?.product_categories ?? []).filter((c) => !c.parent_category_id)
  const names = (handles: string[]) =>
    handles.map((handle) => careAreas.find((c) => c.handle === handle)?.name ?? handle).join(", ")
  return { careAreas, names }
}
