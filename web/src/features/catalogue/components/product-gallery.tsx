import { Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PackageIcon } from '@/components/ui/icons';
import type { ProductImage } from '@/types/api';
import classes from './catalogue.module.css';

/** The cover large, the other images as buttons that bring them up. */
export function ProductGallery({ images, name }: { images: ProductImage[]; name: string }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(0);
  const current = images[Math.min(selected, images.length - 1)];
  if (!current) {
    return (
      <div className={classes.coverPlaceholder} aria-hidden="true">
        <PackageIcon size={48} />
      </div>
    );
  }
  return (
    <Stack gap="xs">
      <img
        src={current.urls.large}
        alt={t('catalogue.imageAlt', { name, index: selected + 1, total: images.length })}
        width={current.width}
        height={current.height}
        className={classes.mainImage}
      />
      {images.length > 1 ? (
        <Group gap={6} role="list" aria-label={t('catalogue.imagesLabel')}>
          {images.map((image, index) => (
            <div role="listitem" key={image.id}>
              <button
                type="button"
                className={classes.thumb}
                aria-current={index === selected}
                aria-label={t('catalogue.showImage', { index: index + 1, total: images.length })}
                onClick={() => setSelected(index)}
              >
                <img src={image.urls.small} alt="" loading="lazy" />
              </button>
            </div>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
