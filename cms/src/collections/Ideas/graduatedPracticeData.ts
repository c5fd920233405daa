import { lexicalRichText, type RichTextBlock } from '../../contract/lexicalRichText'
import type { Idea } from '../../payload-types'

const SUMMARY_MAX = 600

/**
 * What a graduating idea gives its draft practice: the title, the problem as the summary, the
 * solution, who benefits and what it needed as the description, the challenge's themes. Never
 * the team, mentors, notes, funding or workflow: the practice is its author's unit's own, and
 * goes through the practices' chain from draft.
 */
export const graduatedPracticeData = ({
  idea,
  headings,
  themes,
}: {
  idea: Idea
  headings: { solution: string; beneficiaries: string; needs: string }
  themes: (number | string)[]
}): Record<string, unknown> => {
  const blocks: RichTextBlock[] = []
  const add = (heading: string, text: null | string | undefined) => {
    if (!text?.trim()) return
    blocks.push({ type: 'heading', text: heading })
    for (const paragraph of text.split(/\n{2,}/).filter((p) => p.trim()))
      blocks.push({ type: 'paragraph', text: paragraph.trim() })
  }
  add(headings.solution, idea.solution)
  add(headings.beneficiaries, idea.beneficiaries)
  add(headings.needs, idea.needs)
  const problem = idea.problem?.trim() ?? ''
  return {
    title: idea.title,
    summary: problem.length > SUMMARY_MAX ? `${problem.slice(0, SUMMARY_MAX - 1)}…` : problem || undefined,
    description: blocks.length ? lexicalRichText(blocks) : undefined,
    themes,
  }
}
