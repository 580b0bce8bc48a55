import { useQuery } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getProductQueryOptions } from '../../api/get-product';
import { PRODUCT_ID, image, product } from '@/testing/mocks/data';
import {
  createTestQueryClient,
  jsonResponse,
  renderWithProviders,
  stubFetch,
} from '@/testing/test-utils';
import { ProductImages } from '../product-images';
import type { Product } from '@/types/api';

const base = `/api/v1/products/${PRODUCT_ID}/images`;

/** The editor reads the product from the query cache, as the route does. */
function renderImages(current: Product) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getProductQueryOptions(current.id).queryKey, current);
  function Harness() {
    const query = useQuery({ ...getProductQueryOptions(current.id), staleTime: Infinity });
    return <ProductImages product={query.data ?? current} />;
  }
  return renderWithProviders(<Harness />, { queryClient });
}

describe('ProductImages', () => {
  const withImages = product({ images: [image('img-a', 0), image('img-b', 1), image('img-c', 2)] });

  it('moves an image with the keyboard buttons and sends the whole new order', async () => {
    const { calls } = stubFetch({
      [`PUT ${base}/order`]: (request) => {
        const ids = (request.body as { imageIds: string[] }).imageIds;
        return jsonResponse(ids.map((id, position) => image(id, position)));
      },
    });
    const { user } = renderImages(withImages);

    await user.click(screen.getByRole('button', { name: 'Chuyển ảnh 3/3 lên trước' }));

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
        imageIds: ['img-a', 'img-c', 'img-b'],
      }),
    );
    expect(screen.getByRole('button', { name: 'Chuyển ảnh 1/3 lên trước' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Chuyển ảnh 3/3 ra sau' })).toBeDisabled();
  });

  it('reorders by drag and drop', async () => {
    const { calls } = stubFetch({
      [`PUT ${base}/order`]: (request) =>
        jsonResponse(
          (request.body as { imageIds: string[] }).imageIds.map((id, i) => image(id, i)),
        ),
    });
    renderImages(withImages);
    const tiles = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    const dataTransfer = { effectAllowed: '', dropEffect: '', setData: () => {}, types: [] };

    fireEvent.dragStart(tiles[0]!.firstElementChild!, { dataTransfer });
    fireEvent.dragEnter(tiles[2]!.firstElementChild!, { dataTransfer });
    fireEvent.drop(tiles[2]!.firstElementChild!, { dataTransfer });

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
        imageIds: ['img-b', 'img-c', 'img-a'],
      }),
    );
  });

  it('deletes an image after confirmation', async () => {
    const { calls } = stubFetch({
      [`DELETE ${base}/img-b`]: () => new Response(null, { status: 204 }),
    });
    const { user } = renderImages(withImages);

    await user.click(screen.getByRole('button', { name: 'Xoá ảnh 2/3' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xoá ảnh' });
    await user.click(within(dialog).getByRole('button', { name: 'Xoá ảnh' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'DELETE')).toBe(true));
    await waitFor(() =>
      expect(screen.getAllByRole('img', { name: /Ảnh sản phẩm/ })).toHaveLength(2),
    );
  });

  it('uploads dropped files one by one and refuses other types before sending', async () => {
    const { calls } = stubFetch({
      [`POST ${base}`]: () => jsonResponse(image('img-new', 0), 201),
    });
    renderImages(product());

    const zone = screen.getByRole('button', { name: 'Thêm ảnh' }).closest('.mantine-Paper-root')!;
    const files = [
      new File(['jpeg'], 'che.jpg', { type: 'image/jpeg' }),
      new File(['gif'], 'anim.gif', { type: 'image/gif' }),
    ];
    fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });

    expect(
      await screen.findByText('anim.gif: chỉ nhận ảnh JPEG, PNG hoặc WebP.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('img', { name: /Ảnh sản phẩm/ })).toHaveLength(1),
    );
    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toBeInstanceOf(FormData);
    expect(((posts[0]?.body as FormData).get('file') as File).name).toBe('che.jpg');
  });
});
