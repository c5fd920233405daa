import { BrandMark } from './BrandMark'

/** The admin header's and navigation's icon. */
export const Icon = () => <BrandMark size={28} />
