import { BrandMark } from './BrandMark'

/** The sign-in and account pages' logo: the mark and the name. */
export const Logo = () => (
  <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
    <BrandMark size={48} />
    <span style={{ fontSize: '2rem', fontWeight: 800, color: '#b3001b', letterSpacing: '-0.01em' }}>
      RedCloud
    </span>
  </span>
)
