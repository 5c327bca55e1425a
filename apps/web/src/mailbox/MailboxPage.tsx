import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { formatInstant } from '../format/dates';
import type { LocalMailboxQuery } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { localMailboxQuery } from './mailbox.operations';
import { useLocalMailboxEnabled } from './use-local-mailbox-enabled';

type Message = LocalMailboxQuery['localMailbox'][number];

/** `/mailbox`: in development without an SMTP server, the mail Rapport would have sent you. */
export function MailboxPage() {
  usePageTitle('Mailbox');
  const enabled = useLocalMailboxEnabled();

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Mailbox</Title>
        <Text>
          This server sends no e-mail: messages to your address are kept here instead, newest first. With a mail server
          configured (or in production), this page is off.
        </Text>
      </Stack>
      {enabled === null && <PageLoader label="Loading your mailbox" />}
      {enabled === false && <Text>The local mailbox is off on this server: e-mail is sent to your inbox.</Text>}
      {enabled && <MessageList />}
    </Stack>
  );
}

function MessageList() {
  const [{ data, fetching, error }] = useQuery({ query: localMailboxQuery, requestPolicy: 'cache-and-network' });
  const messages = data?.localMailbox;
  return (
    <>
      {error && <ErrorAlert title="We couldn't load your mailbox" message={describeGraphqlError(error).message} />}
      {!messages && fetching && <PageLoader label="Loading your mailbox" />}
      {messages && messages.length === 0 && <Text>No messages yet.</Text>}
      {messages && messages.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Messages">
          {messages.map((message) => (
            <MessageCard key={message.id} message={message} />
          ))}
        </Stack>
      )}
    </>
  );
}

function MessageCard({ message }: { message: Message }) {
  const headingId = `message-${message.id}`;
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {message.subject}
        </Title>
        <Group gap="md" style={{ rowGap: 2 }}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>From {message.from}</Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>To {message.to}</Text>
          <Text size="sm">
            <time dateTime={message.receivedAt}>{formatInstant(message.receivedAt)}</time>
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{message.text}</Text>
        {message.attachments.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600} id={`${headingId}-attachments`}>
              Attachments
            </Text>
            <List size="sm" aria-labelledby={`${headingId}-attachments`}>
              {message.attachments.map((attachment) => (
                <List.Item key={attachment.index}>
                  <Anchor href={attachment.downloadPath} download={attachment.filename} style={{ overflowWrap: 'anywhere' }}>
                    Download {attachment.filename}
                  </Anchor>{' '}
                  ({formatSize(attachment.sizeBytes)})
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.ceil(bytes / 1024)} KB`;
}
