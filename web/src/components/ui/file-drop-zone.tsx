import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useId, useRef, useState, type DragEvent } from 'react';
import { UploadIcon } from '@/components/ui/icons';
import classes from './file-drop-zone.module.css';

type FileDropZoneProps = {
  /** What the zone is for, e.g. "Thêm ảnh sản phẩm": the button's and the input's name. */
  label: string;
  /** What may be dropped: types and size, shown under the button. */
  hint: string;
  /** Shown while files are dragged over the zone. */
  dropLabel: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
};

/**
 * Files by drag and drop or by the button (keyboard and screen-reader users): the same handler
 * either way. Uses the browser's own drag-and-drop and file input, so no upload package.
 */
export function FileDropZone({
  label,
  hint,
  dropLabel,
  accept,
  multiple = false,
  disabled = false,
  onFiles,
}: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      className={classes.zone}
      data-over={over || undefined}
      data-disabled={disabled || undefined}
      onDragEnter={(event) => {
        if (!disabled && hasFiles(event)) {
          event.preventDefault();
          setOver(true);
        }
      }}
      onDragOver={(event) => {
        if (!disabled && hasFiles(event)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setOver(false);
        }
      }}
      onDrop={(event) => {
        if (disabled || !hasFiles(event)) {
          return;
        }
        event.preventDefault();
        setOver(false);
        const files = [...event.dataTransfer.files];
        onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      <Stack align="center" gap={6}>
        <Group gap="xs" justify="center">
          <Button
            variant="light"
            leftSection={<UploadIcon size={16} />}
            disabled={disabled}
            onClick={() => input.current?.click()}
            aria-describedby={hintId}
          >
            {label}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" ta="center" id={hintId}>
          {over ? dropLabel : hint}
        </Text>
      </Stack>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        aria-label={label}
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that choosing the same file again fires `change` again.
          event.currentTarget.value = '';
          if (files.length > 0) {
            onFiles(files);
          }
        }}
      />
    </Paper>
  );
}
