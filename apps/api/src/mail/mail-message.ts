/** A file sent with a message, e.g. an `.ics` invitation. */
export interface MailAttachment {
  filename: string;
  /** Text (an .ics file) or bytes. */
  content: string | Buffer;
  contentType: string;
}

/** What a module asks the Mailer to send. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

/** A message as queued and delivered: sender filled in, attachments as base64 so it survives JSON. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; contentBase64: string }[];
}

const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;
const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Checks a message before it is queued, so a bad one fails at the caller, not in a retry loop. */
export function toOutgoingMail(message: MailMessage, from: string): OutgoingMail {
  if (!ADDRESS.test(message.to)) throw new Error('mail: the recipient is not a single e-mail address');
  if (!message.subject.trim() || /[\r\n]/.test(message.subject)) throw new Error('mail: the subject must be one non-empty line');
  const attachments = (message.attachments ?? []).map((attachment) => {
    const bytes = typeof attachment.content === 'string' ? Buffer.from(attachment.content, 'utf8') : attachment.content;
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw new Error(`mail: attachment ${attachment.filename} is over 5 MB`);
    if (!attachment.filename.trim() || /[\r\n/\\]/.test(attachment.filename)) throw new Error('mail: an attachment needs a plain file name');
    return { filename: attachment.filename, contentType: attachment.contentType, contentBase64: bytes.toString('base64') };
  });
  return { from, to: message.to.toLowerCase(), subject: message.subject, text: message.text, html: message.html ?? null, attachments };
}
