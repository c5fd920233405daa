import { idOf } from '../../../contract/idOf'
import { isEmptyValue } from '../../../fields/isEmptyValue'
import { customIndicatorNameMessage } from './customIndicatorNameMessage'

/** The custom indicator rows without a name, as the workflow's submission check reports them. */
export const findUnnamedIndicators = (doc: Record<string, unknown>): { path: string; message: string }[] => {
  const rows = Array.isArray(doc.qualityIndicators)
    ? (doc.qualityIndicators as Record<string, unknown>[])
    : []
  return rows.flatMap((row, index) =>
    idOf(row?.indicator) === null && isEmptyValue(row?.name)
      ? [{ path: `qualityIndicators.${index}.name`, message: customIndicatorNameMessage }]
      : [],
  )
}
