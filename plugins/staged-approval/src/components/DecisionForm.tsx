'use client'

import React from 'react'

import { fill, text, type Texts } from '../translations/texts'

export type ScoringForm = { criteria: string[]; min: number; max: number; required: boolean }

/**
 * The scores and flags a decider adds to a decision: one select per criterion (its name from the
 * app's `criterion_<key>` text, each value's from `score_<value>` when the app gives one) and a
 * checkbox per flag (`flag_<name>`). Required criteria are marked and required by the browser
 * too; the server checks them either way.
 */
export const DecisionForm: React.FC<{
  flags: string[]
  flagValues: Record<string, boolean>
  onFlag: (name: string, value: boolean) => void
  onScore: (criterion: string, value: string) => void
  scores: Record<string, string>
  scoring?: ScoringForm
  texts: Texts
}> = ({ flags, flagValues, onFlag, onScore, scores, scoring, texts }) => {
  const values = scoring
    ? Array.from({ length: scoring.max - scoring.min + 1 }, (_, index) => scoring.min + index)
    : []
  return (
    <>
      {scoring && (
        <fieldset data-testid="workflow-scores" style={{ margin: '0.5rem 0', padding: '0.5rem' }}>
          <legend>{text(texts, 'scores')}</legend>
          <p className="field-description" style={{ margin: '0 0 0.5rem' }}>
            {fill(text(texts, 'scoresHelp'), { min: scoring.min, max: scoring.max })}
            {scoring.required && ` ${text(texts, 'scoresRequired')}`}
          </p>
          {scoring.criteria.map((criterion) => (
            <div key={criterion} style={{ marginBottom: '0.35rem' }}>
              <label htmlFor={`workflow-score-${criterion}`} style={{ display: 'block' }}>
                {text(texts, `criterion_${criterion}`, criterion)}
                {scoring.required && <span aria-hidden="true"> *</span>}
              </label>
              <select
                id={`workflow-score-${criterion}`}
                name={criterion}
                required={scoring.required}
                value={scores[criterion] ?? ''}
                onChange={(e) => onScore(criterion, e.target.value)}
                style={{ width: '100%' }}
              >
                <option value="">{text(texts, 'scoreNone')}</option>
                {values.map((value) => (
                  <option key={value} value={String(value)}>
                    {texts[`score_${value}`] ? `${value} — ${texts[`score_${value}`]}` : String(value)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      )}
      {flags.map((name) => (
        <label key={name} style={{ display: 'block', margin: '0.5rem 0' }}>
          <input
            type="checkbox"
            name={name}
            checked={flagValues[name] ?? false}
            onChange={(e) => onFlag(name, e.target.checked)}
          />{' '}
          {text(texts, `flag_${name}`, name)}
        </label>
      ))}
    </>
  )
}
