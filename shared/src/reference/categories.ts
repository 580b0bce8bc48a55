/**
 * Product categories within each OCOP group (Decision 919/QĐ-TTg describes what each group
 * covers; these are the project's own finer codes for filters and matching).
 */
import type { OcopGroupCode } from './ocop.ts';

export type ProductCategory = { code: string; group: OcopGroupCode; vi: string; en: string };

export const productCategories = [
  { code: 'fresh-produce', group: 'food', vi: 'Nông sản tươi', en: 'Fresh produce' },
  { code: 'fruit', group: 'food', vi: 'Trái cây', en: 'Fruit' },
  { code: 'rice-grains', group: 'food', vi: 'Gạo và ngũ cốc', en: 'Rice and grains' },
  { code: 'seafood', group: 'food', vi: 'Thủy hải sản', en: 'Seafood' },
  { code: 'meat', group: 'food', vi: 'Thịt và sản phẩm từ thịt', en: 'Meat products' },
  { code: 'seasonings', group: 'food', vi: 'Gia vị và nước chấm', en: 'Seasonings and sauces' },
  { code: 'confectionery', group: 'food', vi: 'Bánh kẹo, mứt', en: 'Confectionery and preserves' },
  { code: 'dried-foods', group: 'food', vi: 'Thực phẩm khô, sấy', en: 'Dried foods' },
  { code: 'processed-foods', group: 'food', vi: 'Thực phẩm chế biến', en: 'Processed foods' },
  { code: 'honey', group: 'food', vi: 'Mật ong và sản phẩm từ ong', en: 'Honey and bee products' },
  { code: 'tea', group: 'beverage', vi: 'Chè, trà', en: 'Tea' },
  { code: 'coffee', group: 'beverage', vi: 'Cà phê', en: 'Coffee' },
  {
    code: 'alcoholic-drinks',
    group: 'beverage',
    vi: 'Rượu, đồ uống có cồn',
    en: 'Alcoholic drinks',
  },
  {
    code: 'soft-drinks',
    group: 'beverage',
    vi: 'Nước ép, đồ uống không cồn',
    en: 'Juices and soft drinks',
  },
  { code: 'functional-foods', group: 'herbal', vi: 'Thực phẩm chức năng', en: 'Functional foods' },
  { code: 'herbal-medicine', group: 'herbal', vi: 'Thuốc, dược liệu', en: 'Herbal medicine' },
  { code: 'herbal-cosmetics', group: 'herbal', vi: 'Mỹ phẩm thảo dược', en: 'Herbal cosmetics' },
  { code: 'essential-oils', group: 'herbal', vi: 'Tinh dầu', en: 'Essential oils' },
  {
    code: 'wood-bamboo-rattan',
    group: 'handicraft',
    vi: 'Mây tre đan, gỗ',
    en: 'Wood, bamboo and rattan',
  },
  { code: 'ceramics', group: 'handicraft', vi: 'Gốm sứ', en: 'Ceramics' },
  {
    code: 'textiles',
    group: 'handicraft',
    vi: 'Dệt may, thổ cẩm, lụa',
    en: 'Textiles, brocade and silk',
  },
  {
    code: 'other-crafts',
    group: 'handicraft',
    vi: 'Thủ công mỹ nghệ khác',
    en: 'Other handicrafts',
  },
  { code: 'flowers', group: 'ornamental', vi: 'Hoa', en: 'Flowers' },
  { code: 'ornamental-plants', group: 'ornamental', vi: 'Cây cảnh', en: 'Ornamental plants' },
  {
    code: 'ornamental-animals',
    group: 'ornamental',
    vi: 'Sinh vật cảnh',
    en: 'Ornamental animals',
  },
  { code: 'community-tourism', group: 'tourism', vi: 'Du lịch cộng đồng', en: 'Community tourism' },
  {
    code: 'eco-tourism',
    group: 'tourism',
    vi: 'Du lịch sinh thái, điểm du lịch',
    en: 'Eco-tourism and destinations',
  },
] as const satisfies readonly ProductCategory[];

export type ProductCategoryCode = (typeof productCategories)[number]['code'];
export const productCategoryCodes = productCategories.map((c) => c.code) as unknown as readonly [
  ProductCategoryCode,
  ...ProductCategoryCode[],
];

export const categoryByCode = (code: string): ProductCategory | undefined =>
  productCategories.find((c) => c.code === code);
