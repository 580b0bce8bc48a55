import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '@/components/ui/icons';

/**
 * Milliseconds of quiet typing before the search runs. Most people type a key every 120–200 ms,
 * so a longer wait would not save requests, only add to the catalogue's 300 ms budget between
 * the last keystroke and its results; it still merges the bursts of a fast typist. A search
 * superseded by the next keystroke is aborted by its query's signal; the previous results stay
 * on screen meanwhile.
 */
const DEBOUNCE_MS = 60;

/**
 * Search as you type: the text is sent once typing pauses. The URL is the source of truth; when
 * it changes from outside (back button, a link) the box follows it, but never overwrites what
 * the person typed after the value it last sent.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value);
    }
  }

  const send = useDebouncedCallback((next: string) => {
    // Leading spaces mean nothing; a trailing one says the last word is finished (no prefix match).
    const q = next.trimStart();
    setSent(q);
    onSearch(q);
  }, DEBOUNCE_MS);

  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        send.flush();
      }}
    >
      {/* `name`: before the page's scripts have run, Enter still searches (the server renders
          /catalogue?q=…). */}
      <TextInput
        type="search"
        name="q"
        size="md"
        label={t('catalogue.searchLabel')}
        placeholder={t('catalogue.searchPlaceholder')}
        leftSection={<SearchIcon size={18} />}
        value={text}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => {
          setText(event.currentTarget.value);
          send(event.currentTarget.value);
        }}
        rightSection={
          text ? (
            <CloseButton
              aria-label={t('catalogue.clearSearch')}
              onClick={() => {
                setText('');
                send('');
                send.flush();
              }}
            />
          ) : null
        }
      />
    </form>
  );
}
