import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "OCOP 4★", read out as "OCOP 4 sao"; nothing for a product without a rating. */
export function OcopStars({
  stars,
  size = 'md',
}: {
  stars: number | null;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  if (!stars) {
    return null;
  }
  return (
    <Badge
      color="yellow"
      variant="light"
      size={size}
      aria-label={t('products.starsLabel', { count: stars })}
    >
      OCOP {'★'.repeat(stars)}
    </Badge>
  );
}
