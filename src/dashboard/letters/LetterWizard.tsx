// The letter wizard for one site: choose visits → redaction → what to draft →
// the draft and the exports. Everything happens in this page; nothing is sent.
// Opened from a visit (the popup, a visit on the site page), the visits are
// already chosen: it starts at the redaction step, with the choice shown above it
// (popup button, "Next", "Make the draft": three clicks to a drafted letter).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NO_REDACTION, type Lang, type Redaction } from '../../core/evidence';
import { NO_STATEMENT, type EmailMatch, type Organisation, type OrganisationRequest, type Sender, type UserStatement } from '../../core/letters';
import type { SiteHistory } from '../../core/records/site-history';
import { onLettersChanged, priorContact, readLetters, readRememberedSender, rememberSender, type LetterKind, type SentLetter } from '../../storage/letters';
import { t, uiLanguage } from '../../ui/i18n';
import { draftFor, supportedKind } from './draft';
import { DraftStep } from './DraftStep';
import { onSiteHistoryChanged, readSiteHistory } from '../../storage/history-reader';
import { makeEvidenceFile, makeTipEvidenceFile, type EvidenceFile } from './evidence-file';
import { localDate } from './file-names';
import { LetterDeadlines } from './LetterDeadlines';
import { RedactionStep } from './RedactionStep';
import { ResultStep } from './ResultStep';
import { letterTarget } from './letter-target';
import { ChosenSummary } from './ChosenSummary';
import { chosenVisits, initialChoice, visitRows } from './visit-rows';
import { VisitStep, type Chosen } from './VisitStep';
import './letters.css';

const STEPS = ['visits', 'redaction', 'draft', 'result'] as const;
type Step = (typeof STEPS)[number];

function stepLabel(step: Step): string {
  switch (step) {
    case 'visits': return t('letterStepVisits');
    case 'redaction': return t('letterStepRedaction');
    case 'draft': return t('letterStepDraft');
    case 'result': return t('letterStepResult');
  }
}

export function LetterWizard({ site: routeSite, visit }: { site: string; visit?: string }) {
  // Opened from a visit (`#/letter/<site>/visit/<visitId>` from the router, or
  // `#/letter/<site>?visit=<visitId>`), the wizard preselects it.
  const target = letterTarget(routeSite);
  const site = target.site;
  const startedVisitId = visit ?? target.visitId;
  const uiLang = uiLanguage();
  const locale = uiLang === 'nl' ? 'nl-NL' : 'en-GB';
  const today = localDate(Date.now(), -new Date().getTimezoneOffset());

  const [history, setHistory] = useState<SiteHistory | null | 'loading'>('loading');
  const [step, setStep] = useState<Step>('visits');
  const [chosen, setChosen] = useState<Chosen>('all');
  const [redaction, setRedaction] = useState<Redaction>(NO_REDACTION);
  const [file, setFile] = useState<EvidenceFile | null>(null);
  const [kind, setKind] = useState<LetterKind>('organisation');
  const [requests, setRequests] = useState<OrganisationRequest[]>(['access', 'withdraw', 'stop', 'erasure']);
  const [statement, setStatement] = useState<UserStatement>(NO_STATEMENT);
  // Only which hashed values matched is kept, never the address typed to check them.
  const [emailMatches, setEmailMatches] = useState<EmailMatch[]>([]);
  const [tipFullAnnex, setTipFullAnnex] = useState(false);
  const [tipFile, setTipFile] = useState<EvidenceFile | null>(null);
  const [lang, setLang] = useState<Lang>(uiLang);
  const [sender, setSender] = useState<Sender>({});
  const [organisation, setOrganisation] = useState<Organisation>({});
  const [remember, setRemember] = useState(false);
  const [rememberedBefore, setRememberedBefore] = useState(false);
  const [letters, setLetters] = useState<SentLetter[]>([]);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');

  // Opened from the popup, the visit may not be in history yet: a visit is written
  // when it settles (a few seconds after its last request, src/background/tab-checkpoint.ts).
  // Until it is, the wizard waits for it; once its choice is made, it stops following
  // history, so that the evidence file and the letter citing its SHA-256 stay as chosen.
  const [waiting, setWaiting] = useState(false);
  const stopWaiting = useRef<() => void>(() => undefined);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | null = null;
    stopWaiting.current = () => {
      live = false;
      stop?.();
    };
    const take = (h: SiteHistory | null) => {
      if (!live) return;
      const found = !!startedVisitId && !!h?.visits.some((v) => v.visitId === startedVisitId);
      if (startedVisitId && !found) {
        setWaiting(true);
        setHistory(h);
        stop ??= onSiteHistoryChanged(site, take);
        return;
      }
      stop?.();
      stop = null;
      live = false;
      setWaiting(false);
      setHistory(h);
      if (!h) return;
      const choice = initialChoice(h.visits, startedVisitId);
      setChosen(choice);
      if (choice !== 'all') setStep('redaction');
    };
    void readSiteHistory(site).then(take);
    return () => {
      live = false;
      stop?.();
    };
  }, [site, startedVisitId]);

  /** Stop waiting for the visit: choose among the visits saved so far. */
  const chooseSaved = () => {
    stopWaiting.current();
    setWaiting(false);
    setChosen('all');
    setStep('visits');
  };

  useEffect(() => {
    void readRememberedSender().then((s) => {
      if (!s) return;
      setSender(s);
      setRemember(true);
      setRememberedBefore(true);
    });
    const loadLetters = async () => setLetters(await readLetters());
    void loadLetters();
    return onLettersChanged(() => void loadLetters());
  }, []);

  const visits = history && history !== 'loading' ? history.visits : [];
  const rows = useMemo(() => visitRows(visits, uiLang), [visits, uiLang]);
  const picked = useMemo(() => chosenVisits(visits, chosen), [visits, chosen]);

  // The evidence file is made once per choice of visits, so the bytes saved are
  // the bytes the letters quote the SHA-256 of.
  useEffect(() => {
    setFile(null);
    if (picked.length === 0) return;
    let current = true;
    void makeEvidenceFile(site, picked).then((f) => current && setFile(f));
    return () => {
      current = false;
    };
  }, [site, picked]);

  // The anonymous tip cites the redacted evidence file unless the user opted in to the full one.
  const redactedAnnex = kind === 'tip' && !tipFullAnnex;
  useEffect(() => {
    setTipFile(null);
    if (!file || !redactedAnnex) return;
    let current = true;
    void makeTipEvidenceFile(file, lang).then((f) => current && setTipFile(f));
    return () => {
      current = false;
    };
  }, [file, redactedAnnex, lang]);
  const cited = redactedAnnex ? tipFile : file;

  // Visits whose every request the shield blocked support no complaint: back to the organisation letter.
  useEffect(() => {
    if (file && supportedKind(kind, file.bundle) !== kind) setKind(supportedKind(kind, file.bundle));
  }, [file, kind]);

  const prior = priorContact(letters, site);
  const draft = useMemo(
    () => (file && cited ? draftFor(file.bundle, cited.digest, {
      kind, requests, lang, sender, organisation, redaction, date: today, statement, emailMatches, tipAnnex: tipFullAnnex ? 'full' : 'redacted', ...(prior ? { prior } : {}),
    }) : null),
    [file, cited, kind, requests, lang, sender, organisation, redaction, today, statement, emailMatches, tipFullAnnex, prior?.sentOn, prior?.answered],
  );
  const preview = useMemo(() => {
    if (!file) return null;
    const d = draftFor(file.bundle, file.digest, { kind: 'organisation', requests: ['access'], lang, sender: {}, organisation: {}, redaction, date: today });
    return d.sections.find((s) => s.id === 'facts')?.text ?? null;
  }, [file, lang, redaction, today]);

  if (history === 'loading') return <section class="letter-wizard" aria-busy="true" />;
  if (waiting) {
    return (
      <section class="letter-wizard" data-testid="letter-wizard" data-step="waiting" aria-busy="true">
        <h1 tabIndex={-1}>{t('letterWizardHeading')} <span class="wizard-site">{site}</span></h1>
        <p role="status" data-testid="visit-saving">{t('lettersVisitSaving')}</p>
        {history && history.visits.length > 0 && (
          <button type="button" onClick={chooseSaved} data-testid="choose-saved">{t('lettersChooseSaved')}</button>
        )}
      </section>
    );
  }
  if (!history || history.visits.length === 0) {
    return (
      <section class="letter-wizard" data-testid="letter-wizard">
        <h1 tabIndex={-1}>{t('letterWizardHeading')}</h1>
        <p data-testid="no-history">{t('letterNoHistory', site)}</p>
      </section>
    );
  }

  const index = STEPS.indexOf(step);
  const canGoOn = step === 'visits' ? picked.length > 0 : step === 'draft' ? !!draft && (kind !== 'organisation' || requests.length > 0) : !!file;
  const next = async () => {
    const target = STEPS[index + 1];
    if (!target || !canGoOn) return;
    if (target === 'result' && draft) {
      // The user's details are kept only if they asked; unticking forgets them.
      if (remember) await rememberSender(sender);
      else if (rememberedBefore) await rememberSender(null);
      setRememberedBefore(remember);
      setSubject(draft.subject);
      setText(draft.body);
    }
    setStep(target);
    window.scrollTo?.(0, 0);
  };
  const back = () => {
    const target = STEPS[index - 1];
    if (target) setStep(target);
  };

  return (
    <section class="letter-wizard" data-testid="letter-wizard" data-step={step}>
      <h1 tabIndex={-1}>{t('letterWizardHeading')} <span class="wizard-site">{site}</span></h1>
      <ol class="wizard-steps" aria-label={t('lettersStepsLabel')}>
        {STEPS.map((s, i) => (
          <li key={s} class={s === step ? 'current' : i < index ? 'done' : ''} aria-current={s === step ? 'step' : undefined}>
            {stepLabel(s)}
          </li>
        ))}
      </ol>
      <h2 class="wizard-step-heading" data-testid="wizard-step-heading">{t('lettersStepHeading', [String(index + 1), String(STEPS.length), stepLabel(step)])}</h2>
      {(step === 'redaction' || step === 'draft') && (
        <ChosenSummary rows={rows} chosen={chosen} startedVisitId={startedVisitId} onChange={() => setStep('visits')} />
      )}

      {step === 'visits' && <VisitStep rows={rows} chosen={chosen} onChange={setChosen} locale={locale} startedVisitId={startedVisitId} />}
      {step === 'redaction' && <RedactionStep redaction={redaction} onChange={setRedaction} preview={preview} />}
      {step === 'draft' && (
        <DraftStep
          kind={kind} requests={requests} lang={lang} uiLang={uiLang} sender={sender} organisation={organisation} remember={remember} prior={prior}
          onKind={setKind} onRequests={setRequests} onLang={setLang} onSender={setSender} onOrganisation={setOrganisation} onRemember={setRemember}
          bundle={file?.bundle ?? null} statement={statement} onStatement={setStatement} emailMatches={emailMatches} onEmailMatches={setEmailMatches}
          tipFullAnnex={tipFullAnnex} onTipFullAnnex={setTipFullAnnex}
        />
      )}
      {step === 'result' && cited && draft && (
        <ResultStep
          site={site} kind={kind} lang={lang} uiLang={uiLang} file={cited} redaction={redaction} subject={subject} text={text} notes={draft.notes}
          to={`${organisation.email ?? ''} ${organisation.privacyContact ?? ''} ${organisation.address ?? ''}`} today={today} onSubject={setSubject} onText={setText}
          redactedAnnex={redactedAnnex}
        />
      )}

      <div class="wizard-nav">
        {index > 0 && <button type="button" onClick={back} data-testid="wizard-back">{t('letterBack')}</button>}
        {index < STEPS.length - 1 && (
          <button type="button" class="primary" disabled={!canGoOn} onClick={() => void next()} data-testid="wizard-next">
            {step === 'draft' ? t('letterMakeDraft') : t('letterNext')}
          </button>
        )}
      </div>
      {step === 'result' && <LetterDeadlines site={site} />}
    </section>
  );
}
