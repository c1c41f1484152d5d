// The same listing as the care-area page: the path only adds a subcategory and/or a page number.
export { default, generateMetadata, generateStaticParams } from "../../page"
