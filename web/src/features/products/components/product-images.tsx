import {
  Alert,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { FormErrors } from '@/components/ui/form-errors';
import { megabytes } from '@/lib/download';
import { useErrorMessage } from '@/lib/errors';
import { imageRules, type Product } from '@/types/api';
import {
  useDeleteProductImage,
  useReorderProductImages,
  useUploadProductImage,
} from '../api/product-images';
import { ImageTile } from './image-tile';

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) {
    next.splice(to, 0, item);
  }
  return next;
}

/**
 * A product's images: add by drag and drop or the file picker (checked here against the
 * server's limits first), reorder by dragging or with the arrow buttons, delete with a confirm.
 */
export function ProductImages({ product }: { product: Product }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const images = product.images;
  const disabled = product.status === 'archived';
  const upload = useUploadProductImage(product.id);
  const reorder = useReorderProductImages(product.id);
  const remove = useDeleteProductImage(product.id);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const addFiles = async (files: File[]) => {
    const found: string[] = [];
    const room = imageRules.maxImages - images.length;
    const accepted = files.filter((file) => {
      if (!(imageRules.types as readonly string[]).includes(file.type)) {
        found.push(t('products.images.badType', { name: file.name }));
        return false;
      }
      if (file.size > imageRules.maxBytes) {
        found.push(
          t('products.images.tooLarge', { name: file.name, max: megabytes(imageRules.maxBytes) }),
        );
        return false;
      }
      return true;
    });
    if (accepted.length > room) {
      found.push(t('products.images.limit', { max: imageRules.maxImages }));
    }
    const queue = accepted.slice(0, Math.max(0, room));
    setProblems(found);
    setProgress({ done: 0, total: queue.length });
    let uploaded = 0;
    for (const [index, file] of queue.entries()) {
      try {
        await upload.mutateAsync(file);
        uploaded += 1;
      } catch (error) {
        found.push(`${file.name}: ${message(error)}`);
        setProblems([...found]);
      }
      setProgress({ done: index + 1, total: queue.length });
    }
    setProgress(null);
    if (uploaded > 0) {
      setAnnouncement(t('products.images.uploaded', { count: uploaded }));
    }
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= images.length || from === to) {
      return;
    }
    reorder.mutate(moved(images, from, to).map((image) => image.id));
    setAnnouncement(t('products.images.movedTo', { from: from + 1, to: to + 1 }));
  };

  const uploading = progress !== null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="product-images">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="product-images">
          {t('products.images.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('products.images.hint', { max: imageRules.maxImages })}
        </Text>
        {images.length > 0 ? (
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" role="list">
            {images.map((image, index) => (
              <div role="listitem" key={image.id}>
                <ImageTile
                  image={image}
                  index={index}
                  count={images.length}
                  disabled={disabled || reorder.isPending}
                  dragging={dragged === index}
                  dropTarget={dragged !== null && over === index && dragged !== index}
                  onMove={move}
                  onDelete={() => setDeleting(image.id)}
                  onDragStart={() => setDragged(index)}
                  onDragEnter={() => setOver(index)}
                  onDragEnd={() => {
                    setDragged(null);
                    setOver(null);
                  }}
                  onDrop={() => {
                    if (dragged !== null) {
                      move(dragged, index);
                    }
                    setDragged(null);
                    setOver(null);
                  }}
                />
              </div>
            ))}
          </SimpleGrid>
        ) : null}
        <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
        {images.length < imageRules.maxImages && !disabled ? (
          <FileDropZone
            label={t('products.images.add')}
            hint={t('products.images.dropHint', { max: megabytes(imageRules.maxBytes) })}
            dropLabel={t('products.images.dropNow')}
            accept={imageRules.types.join(',')}
            multiple
            disabled={uploading}
            onFiles={(files) => void addFiles(files)}
          />
        ) : null}
        {uploading ? (
          <Progress
            value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
            animated
            aria-label={t('products.images.uploading', {
              done: progress.done,
              total: progress.total,
            })}
          />
        ) : null}
        {problems.length > 0 ? (
          <Alert color="red" variant="light" role="alert">
            <List size="sm">
              {problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <FormErrors error={reorder.error} />
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        title={t('products.images.deleteTitle')}
        message={t('products.images.deleteConfirm')}
        confirmLabel={t('products.images.deleteAction')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (deleting) {
            remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
          }
        }}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
      />
    </Paper>
  );
}
