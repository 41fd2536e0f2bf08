// Step 4: the draft to edit, and everything to take away: copy, .txt, e-mail,
// the evidence file with its SHA-256, the HAR and the readable report. Nothing is sent.
import { useState } from 'preact/hooks';
import { renderReport, type Lang, type Redaction } from '../../core/evidence';
import { AP } from '../../core/letters';
import { t } from '../../ui/i18n';
import type { EvidenceFile } from './evidence-file';
import { harOf, openHtml, saveFile } from './evidence-file';
import { exportFileName } from './file-names';
import { emailIn, mailtoFor } from './mailto';
import { MarkSent } from './MarkSent';
import type { LetterKind } from '../../storage/letters';

interface Props {
  site: string;
  kind: LetterKind;
  lang: Lang;
  uiLang: Lang;
  file: EvidenceFile;
  redaction: Redaction;
  subject: string;
  text: string;
  notes: string[];
  /** Where the organisation letter goes, as the user entered it. */
  to: string;
  today: string;
  /** The tip's annex is the redacted evidence file (no HAR: it would hold everything). */
  redactedAnnex: boolean;
  onSubject: (subject: string) => void;
  onText: (text: string) => void;
}

const URL_IN_TEXT = /(https:\/\/[^\s,]+[^\s,.)])/g;

/** Notes as text, with the AP's https addresses as links (they open only when clicked). */
function Note({ text }: { text: string }) {
  const parts = text.split(URL_IN_TEXT);
  return <li>{parts.map((part, i) => (i % 2 === 1 ? <a key={i} href={part} target="_blank" rel="noreferrer">{part}</a> : part))}</li>;
}

export function ResultStep(p: Props) {
  const [copied, setCopied] = useState(false);
  const report = () => renderReport(p.file.bundle, { lang: p.lang, digest: p.file.digest, redaction: p.redaction });
  const copy = async () => {
    await navigator.clipboard.writeText(p.text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const to = emailIn(p.to);
  const mail = mailtoFor(to, p.subject, p.text, p.lang);
  return (
    <div class="wizard-step result" data-testid="step-result">
      <div class="result-main">
        <label class="lw-field">
          <span>{t('letterSubject')}</span>
          <input value={p.subject} onInput={(e) => p.onSubject(e.currentTarget.value)} data-testid="letter-subject" />
        </label>
        <label class="lw-field">
          <span>{t('letterText')}</span>
          <textarea class="letter-text" value={p.text} onInput={(e) => p.onText(e.currentTarget.value)} data-testid="letter-text" spellcheck lang={p.lang} />
        </label>
        <div class="lw-actions" role="group" aria-label={t('letterActions')}>
          <button type="button" onClick={() => void copy()} data-testid="copy">{copied ? t('letterCopied') : t('letterCopy')}</button>
          <button type="button" onClick={() => saveFile(exportFileName('letter', p.site, p.today), `${p.subject}\n\n${p.text}`, 'text/plain;charset=utf-8')} data-testid="download-txt">
            {t('letterDownloadTxt')}
          </button>
          {p.kind === 'organisation'
            ? <a class="button" href={mail.url} data-testid="mailto" data-fits={String(mail.fits)}>{t('letterOpenMail')}</a>
            : <a class="button" href={AP.tipOrComplaintPage} target="_blank" rel="noreferrer" data-testid="ap-page">{t('letterOpenApPage')}</a>}
        </div>
        {(p.kind !== 'organisation' || mail.fits) && <p class="muted">{t(p.kind === 'organisation' ? 'letterMailNote' : 'letterApNote')}</p>}
        {p.kind === 'organisation' && !mail.fits && <p class="warning" role="note" data-testid="mailto-too-long">{t('lettersMailTooLong')}</p>}

        <h3>{t('letterEvidenceHeading')}</h3>
        <p class="muted">{t(p.redactedAnnex ? 'lettersTipEvidenceNote' : 'letterEvidenceNote')}</p>
        <div class="lw-actions">
          <button type="button" onClick={() => saveFile(exportFileName(p.redactedAnnex ? 'evidence-redacted' : 'evidence', p.site, p.today), p.file.bytes as Uint8Array<ArrayBuffer>, 'application/json')} data-testid="download-evidence">
            {t(p.redactedAnnex ? 'lettersDownloadRedacted' : 'letterDownloadEvidence')}
          </button>
          {!p.redactedAnnex && (
            <button type="button" onClick={() => saveFile(exportFileName('har', p.site, p.today), harOf(p.file), 'application/json')} data-testid="download-har">
              {t('letterDownloadHar')}
            </button>
          )}
          <button type="button" onClick={() => openHtml(report())} data-testid="open-report">{t('letterOpenReport')}</button>
          <button type="button" onClick={() => saveFile(exportFileName('report', p.site, p.today), report(), 'text/html;charset=utf-8')} data-testid="download-report">
            {t('letterDownloadReport')}
          </button>
        </div>
        <p class="digest">
          {t('letterDigest')} <code data-testid="evidence-digest">{p.file.digest}</code>
        </p>
        <p class="muted">{t('letterPrintNote')}</p>
        {p.kind === 'organisation' && <MarkSent site={p.site} lang={p.lang} uiLang={p.uiLang} today={p.today} />}
      </div>
      <aside class="result-notes" data-testid="letter-notes">
        <h3>{t('letterNotesHeading')}</h3>
        <ul>{p.notes.map((n) => <Note key={n} text={n} />)}</ul>
      </aside>
    </div>
  );
}
