import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowLeftIcon, ArrowRightIcon, GripIcon, TrashIcon } from '@/components/ui/icons';
import type { ProductImage } from '@/types/api';
import classes from './product-images.module.css';

type ImageTileProps = {
  image: ProductImage;
  index: number;
  count: number;
  disabled: boolean;
  dragging: boolean;
  dropTarget: boolean;
  onMove: (from: number, to: number) => void;
  onDelete: () => void;
  onDragStart: () => void;
  onDragEnter: () => void;
  onDragEnd: () => void;
  onDrop: () => void;
};

/**
 * One image: drag it to a new place, or use the buttons (keyboard, touch): earlier, later,
 * delete. The first image is the cover buyers see in the catalogue.
 */
export function ImageTile({
  image,
  index,
  count,
  disabled,
  dragging,
  dropTarget,
  onMove,
  onDelete,
  onDragStart,
  onDragEnter,
  onDragEnd,
  onDrop,
}: ImageTileProps) {
  const { t } = useTranslation();
  const position = { index: index + 1, total: count };
  return (
    <Paper
      withBorder
      radius="md"
      p={6}
      className={classes.tile}
      data-dragging={dragging || undefined}
      data-drop-target={dropTarget || undefined}
      draggable={!disabled}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        // Firefox starts a drag only when some data is set.
        event.dataTransfer.setData('text/plain', image.id);
        onDragStart();
      }}
      onDragEnter={(event) => {
        event.preventDefault();
        onDragEnter();
      }}
      onDragOver={(event) => event.preventDefault()}
      onDragEnd={onDragEnd}
      onDrop={(event) => {
        event.preventDefault();
        onDrop();
      }}
    >
      <Stack gap={6}>
        <div className={classes.frame}>
          <img
            src={image.urls.small}
            alt={t('products.images.alt', position)}
            className={classes.image}
            draggable={false}
          />
          {index === 0 ? (
            <Badge size="sm" className={classes.cover}>
              {t('products.images.cover')}
            </Badge>
          ) : null}
        </div>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Group gap={2} wrap="nowrap">
            <GripIcon size={16} className={classes.grip} />
            <Text size="xs" c="dimmed">
              {index + 1}/{count}
            </Text>
          </Group>
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              size="md"
              disabled={disabled || index === 0}
              onClick={() => onMove(index, index - 1)}
              aria-label={t('products.images.moveEarlier', position)}
            >
              <ArrowLeftIcon size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="md"
              disabled={disabled || index === count - 1}
              onClick={() => onMove(index, index + 1)}
              aria-label={t('products.images.moveLater', position)}
            >
              <ArrowRightIcon size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="md"
              disabled={disabled}
              onClick={onDelete}
              aria-label={t('products.images.delete', position)}
            >
              <TrashIcon size={16} />
            </ActionIcon>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
