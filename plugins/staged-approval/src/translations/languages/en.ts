/**
 * The plugin's texts in English, and the source of the keys: every other language file is typed
 * against this one. The admin panel and the e-mails read the same keys, so a stage has one name
 * everywhere; the app adds or overrides keys with the `translations` option (the names of its
 * own steps' stages: `stage_<stage>`). E-mails fill `{{…}}`.
 */
export const en = {
  stagedApproval: {
    group: 'Validation',
    stage: 'Stage',
    history: 'History',
    comment: 'Comment',
    commentRequired: 'Comment (required to request changes, reject or archive)',
    noActions: 'No action is open to you at this stage.',
    saveFirst: 'Save the draft to start validation.',
    reload: 'Someone has just acted on this item: reloading.',
    queue: 'Waiting for my review',
    queueEmpty: 'Nothing is waiting for your review.',
    scores: 'Scores',
    scoresHelp: 'Score each criterion from {{min}} to {{max}}.',
    scoresRequired: 'Every criterion marked * must be scored to approve.',
    scoreNone: '—',
    scoresMean: 'mean {{mean}}',
    days: 'days',
    action_submit: 'Submit for review',
    action_approve: 'Approve',
    action_request_changes: 'Request changes',
    action_reject: 'Reject',
    action_resubmit: 'Resubmit',
    action_withdraw: 'Withdraw',
    action_archive: 'Archive',
    action_override: 'Override stage',
    stage_draft: 'Draft',
    stage_published: 'Published',
    stage_changes_requested: 'Changes requested',
    stage_rejected: 'Rejected',
    stage_withdrawn: 'Withdrawn',
    stage_archived: 'Archived',
    role_author: 'author',
    role_submitter: 'colleague',
    role_validator: 'validator',
    role_overrider: 'override',
    emailDecisionSubject: '"{{title}}": {{stage}}',
    emailDecisionText: '{{by}} made a decision on "{{title}}". It is now {{stage}}.{{comment}}\n\n{{link}}',
    emailComment: '\n\nComment: {{comment}}',
    emailReviewSubject: 'To review: "{{title}}"',
    emailReviewText: '"{{title}}" is waiting for your review ({{stage}}).\n\n{{link}}',
    emailReminderSubject: 'Reminder: "{{title}}" has waited {{days}} days',
    emailReminderText:
      '"{{title}}" has been waiting for your review ({{stage}}) for {{days}} days.\n\n{{link}}',
    emailEscalationSubject: 'Escalation: "{{title}}" stuck for {{days}} days',
    emailEscalationText:
      '"{{title}}" has been in {{stage}} for {{days}} days: you may want to follow up with its validators.\n\n{{link}}',
    emailDigestSubject: '{{count}} items wait for your review',
    emailDigestText: 'Waiting for your review:\n\n{{list}}',
  },
}

export type StagedApprovalTexts = (typeof en)['stagedApproval']
