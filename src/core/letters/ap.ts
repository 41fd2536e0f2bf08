// The Autoriteit Persoonsgegevens, exactly as docs/legal-reference.md §1 gives it.
// The form's own address is unverified: link the information pages, never a form.
export const AP = {
  name: 'Autoriteit Persoonsgegevens',
  postal: ['Autoriteit Persoonsgegevens', 'Postbus 93374', '2509 AJ Den Haag'],
  phone: '088-1805 250',
  tipOrComplaintPage: 'https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap',
  beforeComplaintPage: 'https://autoriteitpersoonsgegevens.nl/nl/voordat-u-een-klacht-indient',
} as const;
