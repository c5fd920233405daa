/** RedCloud's mark (the site's favicon): a white cloud on a Red Cross red square. */
export const BrandMark = ({ size }: { size: number }) => (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true">
    <rect width="32" height="32" rx="6" fill="#b3001b" />
    <path d="M9 21a5 5 0 0 1 .6-10 7 7 0 0 1 13.2 1.6A4.3 4.3 0 0 1 23 21z" fill="#fff" />
  </svg>
)
