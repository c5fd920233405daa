'use client'

export { NoPublishButton } from '../components/NoPublishButton'
export { ReviewQueue } from '../components/ReviewQueue'
export { ValidationPanel } from '../components/ValidationPanel'
