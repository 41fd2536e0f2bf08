// Step 3: what to draft (step 1 to the organisation, step 2 to the AP), the parties'
// details and the letter's language.
import type { EvidenceBundle, Lang } from '../../core/evidence';
import { letterDeadline, type EmailMatch, type Organisation, type OrganisationRequest, type PriorContact, type Sender, type UserStatement } from '../../core/letters';
import { longDate } from '../../core/evidence/format-date';
import type { LetterKind } from '../../storage/letters';
import { t } from '../../ui/i18n';
import { ALL_REQUESTS, offeredKinds } from './draft';
import { EmailCheck } from './EmailCheck';
import { StatementFields } from './StatementFields';

interface Props {
  kind: LetterKind;
  requests: OrganisationRequest[];
  lang: Lang;
  uiLang: Lang;
  sender: Sender;
  organisation: Organisation;
  remember: boolean;
  prior: PriorContact | undefined;
  onKind: (kind: LetterKind) => void;
  onRequests: (requests: OrganisationRequest[]) => void;
  onLang: (lang: Lang) => void;
  onSender: (sender: Sender) => void;
  onOrganisation: (organisation: Organisation) => void;
  onRemember: (remember: boolean) => void;
  bundle: EvidenceBundle | null;
  statement: UserStatement;
  onStatement: (s: UserStatement) => void;
  emailMatches: EmailMatch[];
  onEmailMatches: (m: EmailMatch[]) => void;
  tipFullAnnex: boolean;
  onTipFullAnnex: (full: boolean) => void;
}

function requestLabel(request: OrganisationRequest): string {
  switch (request) {
    case 'access': return t('letterRequestAccess');
    case 'withdraw': return t('letterRequestWithdraw');
    case 'object': return t('letterRequestObject');
    case 'erasure': return t('letterRequestErasure');
    case 'stop': return t('lettersRequestStop');
    case 'joint-controllers': return t('letterRequestJoint');
  }
}

function Field({ label, value, onInput, testId, multiline, type = 'text', autocomplete }: {
  label: string; value: string | undefined; onInput: (v: string) => void; testId: string; multiline?: boolean; type?: 'text' | 'email'; autocomplete?: string;
}) {
  return (
    <label class="lw-field">
      <span>{label}</span>
      {multiline
        ? <textarea rows={3} value={value ?? ''} onInput={(e) => onInput(e.currentTarget.value)} data-testid={testId} autocomplete={autocomplete} />
        : type === 'email'
          ? <input type="email" value={value ?? ''} onInput={(e) => onInput(e.currentTarget.value)} data-testid={testId} autocomplete="email" />
          : <input type="text" value={value ?? ''} onInput={(e) => onInput(e.currentTarget.value)} data-testid={testId} autocomplete={autocomplete} />}
    </label>
  );
}

export function DraftStep(p: Props) {
  const toggle = (r: OrganisationRequest) => p.onRequests(p.requests.includes(r) ? p.requests.filter((x) => x !== r) : [...p.requests, r]);
  const toAp = p.kind !== 'organisation';
  const complaintOffered = offeredKinds(p.bundle).includes('complaint');
  return (
    <div class="wizard-step" data-testid="step-draft">
      <fieldset class="letter-kinds">
        <legend>{t('letterKindLegend')}</legend>
        <div class={`kind-card ${p.kind === 'organisation' ? 'chosen' : ''}`}>
          <p class="kind-step">{t('letterKindStep1')}</p>
          <label class="kind-title">
            <input type="radio" name="kind" checked={p.kind === 'organisation'} onChange={() => p.onKind('organisation')} data-testid="kind-organisation" />
            {t('letterKindOrganisation')}
          </label>
          <p class="muted">{t('letterKindOrganisationWhy')}</p>
          {p.kind === 'organisation' && (
            <fieldset class="lw-requests">
              <legend>{t('letterRequestsLegend')}</legend>
              {ALL_REQUESTS.map((r) => (
                <label key={r}>
                  <input type="checkbox" checked={p.requests.includes(r)} onChange={() => toggle(r)} data-testid={`request-${r}`} />
                  {requestLabel(r)}
                </label>
              ))}
              {p.requests.length === 0 && <p class="warning">{t('letterRequestsNone')}</p>}
            </fieldset>
          )}
        </div>
        <div class={`kind-card ${toAp ? 'chosen' : ''}`}>
          <p class="kind-step">{t('letterKindStep2')}</p>
          <label class="kind-title">
            <input type="radio" name="kind" checked={p.kind === 'complaint'} disabled={!complaintOffered} onChange={() => p.onKind('complaint')} data-testid="kind-complaint" />
            {t('letterKindComplaint')}
          </label>
          {complaintOffered
            ? <p class="muted">{t('letterKindComplaintWhy')}</p>
            : <p class="warning" data-testid="complaint-not-offered">{t('shield_letterNoComplaint')}</p>}
          <label class="kind-title">
            <input type="radio" name="kind" checked={p.kind === 'tip'} onChange={() => p.onKind('tip')} data-testid="kind-tip" />
            {t('letterKindTip')}
          </label>
          <p class="muted">{t('letterKindTipWhy')}</p>
          {p.kind === 'complaint' && (
            <p class={p.prior ? 'muted' : 'warning'} data-testid="prior-contact">
              {p.prior
                ? t(p.prior.answered ? 'letterPriorAnswered' : 'letterPriorSent', [longDate(p.prior.sentOn, p.uiLang), longDate(letterDeadline(p.prior.sentOn), p.uiLang)])
                : t('letterPriorNone')}
            </p>
          )}
        </div>
      </fieldset>

      <StatementFields statement={p.statement} onChange={p.onStatement} />
      {p.bundle && p.kind !== 'tip' && <EmailCheck bundle={p.bundle} matches={p.emailMatches} onMatches={p.onEmailMatches} />}
      {p.kind === 'tip' && (
        <fieldset class="lw-tip-annex" data-testid="tip-annex">
          <legend>{t('lettersTipAnnexLegend')}</legend>
          <p class="warning">{t('lettersTipTraceable')}</p>
          <label>
            <input type="checkbox" checked={p.tipFullAnnex} onChange={(e) => p.onTipFullAnnex(e.currentTarget.checked)} data-testid="tip-full-annex" />
            {t('lettersTipFullAnnex')}
          </label>
        </fieldset>
      )}

      <fieldset>
        <legend>{t('letterLangLegend')}</legend>
        <div class="choice-row">
          <label><input type="radio" name="letter-lang" checked={p.lang === 'nl'} onChange={() => p.onLang('nl')} data-testid="lang-nl" />Nederlands</label>
          <label><input type="radio" name="letter-lang" checked={p.lang === 'en'} onChange={() => p.onLang('en')} data-testid="lang-en" />English</label>
        </div>
      </fieldset>

      <div class="parties">
        <fieldset>
          <legend>{t('letterOrganisationLegend')}</legend>
          <Field label={t('letterOrgName')} value={p.organisation.name} onInput={(name) => p.onOrganisation({ ...p.organisation, name })} testId="org-name" />
          <Field label={t('letterOrgContact')} value={p.organisation.privacyContact} onInput={(privacyContact) => p.onOrganisation({ ...p.organisation, privacyContact })} testId="org-contact" />
          <Field label={t('letterOrgAddress')} value={p.organisation.address} onInput={(address) => p.onOrganisation({ ...p.organisation, address })} testId="org-address" multiline />
          {toAp && <Field label={t('letterOrgKvk')} value={p.organisation.kvk} onInput={(kvk) => p.onOrganisation({ ...p.organisation, kvk })} testId="org-kvk" />}
        </fieldset>
        {p.kind === 'tip' ? (
          <fieldset>
            <legend>{t('letterSenderLegendTip')}</legend>
            <p class="muted" data-testid="tip-no-sender">{t('lettersTipNoSender')}</p>
          </fieldset>
        ) : (
          <fieldset>
            <legend>{t('letterSenderLegend')}</legend>
            <Field label={t('letterSenderName')} value={p.sender.name} onInput={(name) => p.onSender({ ...p.sender, name })} testId="sender-name" autocomplete="name" />
            <Field label={t('letterSenderAddress')} value={p.sender.address} onInput={(address) => p.onSender({ ...p.sender, address })} testId="sender-address" multiline autocomplete="street-address" />
            <Field label={t('letterSenderEmail')} type="email" value={p.sender.email} onInput={(email) => p.onSender({ ...p.sender, email })} testId="sender-email" autocomplete="email" />
            {p.kind === 'complaint' && <Field label={t('lettersSenderPhone')} value={p.sender.phone} onInput={(phone) => p.onSender({ ...p.sender, phone })} testId="sender-phone" autocomplete="tel" />}
            <label class="remember">
              <input type="checkbox" checked={p.remember} onChange={(e) => p.onRemember(e.currentTarget.checked)} data-testid="remember-sender" />
              {t('letterRemember')}
            </label>
            <p class="muted">{t('letterRememberNote')}</p>
          </fieldset>
        )}
      </div>
    </div>
  );
}
