import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact in a grid of facts (a product's MOQ, an organization's tax code). */
export function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}
