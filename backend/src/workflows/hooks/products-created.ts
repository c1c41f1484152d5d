import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { linkCreatedProducts, unlinkCreatedProducts } from "@tradatewelfare/cooperatives/workflows"

// The application owns each core hook (one handler per hook): new services are linked to
// their cooperative (`additional_data.cooperative_id`, forced to a member's own cooperative).
createProductsWorkflow.hooks.productsCreated(linkCreatedProducts, unlinkCreatedProducts)
