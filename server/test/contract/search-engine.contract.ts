import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEARCH_HITS } from '@ketnoi/shared';
import { categoryByCode, ocopGroupByCode, provinceAliases, toVnd } from '@ketnoi/shared/reference';
import type {
  ProductSearchDocument,
  ResolvedSearchQuery,
  SearchEngine,
} from '../../src/modules/search/search-engine.ts';

/** Stable ids, so expectations read as names. */
export const ids = {
  nuocMam: '5e1c0000-0000-4000-8000-000000000001',
  matOng: '5e1c0000-0000-4000-8000-000000000002',
  mienDong: '5e1c0000-0000-4000-8000-000000000003',
  cheTanCuong: '5e1c0000-0000-4000-8000-000000000004',
  gaoSt25: '5e1c0000-0000-4000-8000-000000000005',
  caPhe: '5e1c0000-0000-4000-8000-000000000006',
  vaiThieu: '5e1c0000-0000-4000-8000-000000000007',
  gomBatTrang: '5e1c0000-0000-4000-8000-000000000008',
  luaVanPhuc: '5e1c0000-0000-4000-8000-000000000009',
  thoCam: '5e1c0000-0000-4000-8000-00000000000a',
  mayTreDan: '5e1c0000-0000-4000-8000-00000000000b',
  nemChua: '5e1c0000-0000-4000-8000-00000000000c',
  tomSu: '5e1c0000-0000-4000-8000-00000000000d',
  hatDieu: '5e1c0000-0000-4000-8000-00000000000e',
  tinhDauQue: '5e1c0000-0000-4000-8000-00000000000f',
  samNgocLinh: '5e1c0000-0000-4000-8000-000000000010',
  buoiDaXanh: '5e1c0000-0000-4000-8000-000000000011',
  banhTrang: '5e1c0000-0000-4000-8000-000000000012',
} as const;
export type FixtureKey = keyof typeof ids;

const regionOf: Record<string, string> = {
  'an-giang': 'mekong-delta',
  'tuyen-quang': 'northern-midlands-mountains',
  'thai-nguyen': 'northern-midlands-mountains',
  'can-tho': 'mekong-delta',
  'dak-lak': 'central-highlands',
  'bac-ninh': 'red-river-delta',
  'ha-noi': 'red-river-delta',
  'phu-tho': 'northern-midlands-mountains',
  'thanh-hoa': 'north-central-central-coast',
  'ca-mau': 'mekong-delta',
  'dong-nai': 'southeast',
  'lao-cai': 'northern-midlands-mountains',
  'quang-ngai': 'north-central-central-coast',
  'vinh-long': 'mekong-delta',
  'tay-ninh': 'southeast',
};

type Input = {
  key: FixtureKey;
  nameVi: string;
  nameEn: string | null;
  descriptionVi: string;
  descriptionEn: string | null;
  producerName: string;
  ocopGroup: string;
  category: string;
  ocopStars: number | null;
  province: string;
  certifications: string[];
  storage: 'ambient' | 'chilled' | 'frozen';
  exportedTo: string[];
  unit: string;
  moq: number;
  priceMin: number | null;
  priceMax: number | null;
  currency: string;
  publishedAt: string;
};

function document(p: Input, n: number): ProductSearchDocument {
  const group = ocopGroupByCode(p.ocopGroup);
  const category = categoryByCode(p.category);
  return {
    id: ids[p.key],
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    descriptionVi: p.descriptionVi,
    descriptionEn: p.descriptionEn,
    producerId: `9a0d0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    producerName: p.producerName,
    ocopGroup: p.ocopGroup,
    ocopGroupNames: group ? [group.vi, group.en] : [],
    category: p.category,
    categoryNames: category ? [category.vi, category.en] : [],
    ocopStars: p.ocopStars,
    province: p.province,
    provinceNames: [...provinceAliases(p.province)],
    region: regionOf[p.province]!,
    certifications: p.certifications,
    storage: p.storage,
    exportedTo: p.exportedTo,
    unit: p.unit,
    moq: p.moq,
    priceMin: p.priceMin,
    priceMax: p.priceMax,
    currency: p.currency,
    priceMinVnd: p.priceMin === null ? null : toVnd(p.priceMin, p.currency),
    priceMaxVnd: p.priceMax === null ? null : toVnd(p.priceMax, p.currency),
    coverImage: `/media/products/${p.key}/cover-480.webp`,
    publishedAt: p.publishedAt,
    version: 1,
  };
}

const inputs: Input[] = [
  {
    key: 'nuocMam',
    nameVi: 'Nước mắm Phú Quốc 40 độ đạm',
    nameEn: 'Phu Quoc fish sauce 40°N',
    descriptionVi:
      'Nước mắm nhĩ ủ chượp từ cá cơm than trong thùng gỗ bời lời 12 tháng, không chất bảo quản.',
    descriptionEn: 'First-press anchovy fish sauce aged 12 months in wooden barrels.',
    producerName: 'Cong ty TNHH Hai Long Phu Quoc',
    ocopGroup: 'food',
    category: 'seasonings',
    ocopStars: 4,
    province: 'an-giang',
    certifications: ['haccp', 'gi'],
    storage: 'ambient',
    exportedTo: ['JP', 'US'],
    unit: 'chai 500 ml',
    moq: 100,
    priceMin: 85_000,
    priceMax: 120_000,
    currency: 'VND',
    publishedAt: '2026-03-02T03:00:00.000Z',
  },
  {
    key: 'matOng',
    nameVi: 'Mật ong bạc hà Mèo Vạc',
    nameEn: 'Meo Vac mint honey',
    descriptionVi:
      'Mật ong hoa bạc hà cao nguyên đá, thu hoạch tháng 11, màu vàng sáng, vị thơm mát.',
    descriptionEn: 'Mint flower honey from the karst plateau, harvested in November.',
    producerName: 'HTX Ong mật Mèo Vạc',
    ocopGroup: 'food',
    category: 'honey',
    ocopStars: 4,
    province: 'tuyen-quang',
    certifications: ['vietgap', 'organic-vn'],
    storage: 'ambient',
    exportedTo: [],
    unit: 'lọ 500 g',
    moq: 20,
    priceMin: 350_000,
    priceMax: 450_000,
    currency: 'VND',
    publishedAt: '2026-01-15T02:00:00.000Z',
  },
  {
    key: 'mienDong',
    nameVi: 'Miến dong Na Rì',
    nameEn: null,
    descriptionVi:
      'Miến làm từ tinh bột củ dong riềng, sợi dai, không hóa chất tẩy trắng, phơi nắng tự nhiên.',
    descriptionEn: null,
    producerName: 'HTX Miến dong Côn Minh',
    ocopGroup: 'food',
    category: 'dried-foods',
    ocopStars: 3,
    province: 'thai-nguyen',
    certifications: ['food-safety-facility'],
    storage: 'ambient',
    exportedTo: [],
    unit: 'gói 500 g',
    moq: 50,
    priceMin: 60_000,
    priceMax: 80_000,
    currency: 'VND',
    publishedAt: '2025-11-20T02:00:00.000Z',
  },
  {
    key: 'cheTanCuong',
    nameVi: 'Chè Tân Cương Thái Nguyên',
    nameEn: 'Tan Cuong green tea',
    descriptionVi:
      'Chè xanh búp non sao suốt thủ công, nước xanh, hậu ngọt. Đóng túi hút chân không.',
    descriptionEn: 'Hand-roasted young green tea buds with a sweet aftertaste.',
    producerName: 'HTX Chè Tân Cương Hoàng Bình',
    ocopGroup: 'beverage',
    category: 'tea',
    ocopStars: 5,
    province: 'thai-nguyen',
    certifications: ['vietgap', 'haccp'],
    storage: 'ambient',
    exportedTo: ['TW', 'DE'],
    unit: 'kg',
    moq: 10,
    priceMin: 300_000,
    priceMax: 1_200_000,
    currency: 'VND',
    publishedAt: '2026-02-10T02:00:00.000Z',
  },
  {
    key: 'gaoSt25',
    nameVi: 'Gạo ST25 Sóc Trăng',
    nameEn: 'ST25 fragrant rice',
    descriptionVi:
      'Gạo thơm ST25 trồng theo mô hình lúa – tôm, hạt dài, cơm dẻo, để nguội không cứng.',
    descriptionEn: 'Award-winning ST25 fragrant rice grown in rice–shrimp rotation.',
    producerName: 'Doanh nghiệp tư nhân Hồ Quang Trí',
    ocopGroup: 'food',
    category: 'rice-grains',
    ocopStars: 5,
    province: 'can-tho',
    certifications: ['vietgap', 'haccp', 'iso22000'],
    storage: 'ambient',
    exportedTo: ['US', 'AU', 'PH'],
    unit: 'kg',
    moq: 1000,
    priceMin: 32_000,
    priceMax: 38_000,
    currency: 'VND',
    publishedAt: '2026-04-01T02:00:00.000Z',
  },
  {
    key: 'caPhe',
    nameVi: 'Cà phê Robusta Buôn Ma Thuột rang xay',
    nameEn: 'Buon Ma Thuot ground Robusta coffee',
    descriptionVi: 'Hạt Robusta chín đỏ hái tay, rang mộc vừa, xay sẵn cho phin.',
    descriptionEn: 'Hand-picked ripe Robusta cherries, medium roast, ground for phin filter.',
    producerName: 'Công ty Cổ phần Cà phê Ea Tu',
    ocopGroup: 'beverage',
    category: 'coffee',
    ocopStars: 4,
    province: 'dak-lak',
    certifications: ['4c', 'haccp'],
    storage: 'ambient',
    exportedTo: ['KR', 'JP', 'DE'],
    unit: 'kg',
    moq: 50,
    priceMin: 1_200,
    priceMax: 1_500,
    currency: 'USD',
    publishedAt: '2026-03-20T02:00:00.000Z',
  },
  {
    key: 'vaiThieu',
    nameVi: 'Vải thiều Lục Ngạn',
    nameEn: 'Luc Ngan lychee',
    descriptionVi: 'Vải thiều quả tươi, cùi dày, hạt nhỏ, chiếu xạ và bảo quản lạnh cho xuất khẩu.',
    descriptionEn:
      'Fresh lychee, thick flesh and small seed, irradiated and cold-chained for export.',
    producerName: 'HTX Nông sản Lục Ngạn',
    ocopGroup: 'food',
    category: 'fruit',
    ocopStars: 4,
    province: 'bac-ninh',
    certifications: ['globalgap', 'vietgap'],
    storage: 'chilled',
    exportedTo: ['JP', 'US', 'AU'],
    unit: 'kg',
    moq: 500,
    priceMin: 40_000,
    priceMax: 60_000,
    currency: 'VND',
    publishedAt: '2025-06-05T02:00:00.000Z',
  },
  {
    key: 'gomBatTrang',
    nameVi: 'Gốm Bát Tràng men lam',
    nameEn: 'Bat Trang blue glaze ceramics',
    descriptionVi: 'Bình, lọ, bộ ấm chén gốm men lam vẽ tay, nung 1.300 °C.',
    descriptionEn: 'Hand-painted blue glaze vases and tea sets fired at 1,300 °C.',
    producerName: 'Xưởng gốm Minh Hải',
    ocopGroup: 'handicraft',
    category: 'ceramics',
    ocopStars: 5,
    province: 'ha-noi',
    certifications: [],
    storage: 'ambient',
    exportedTo: ['JP', 'FR'],
    unit: 'bộ',
    moq: 50,
    priceMin: 150_000,
    priceMax: 2_500_000,
    currency: 'VND',
    publishedAt: '2026-02-28T02:00:00.000Z',
  },
  {
    key: 'luaVanPhuc',
    nameVi: 'Lụa tơ tằm Vạn Phúc',
    nameEn: 'Van Phuc mulberry silk',
    descriptionVi: 'Lụa tơ tằm dệt trên khung máy truyền thống, hoa văn chìm, khổ 90 cm.',
    descriptionEn: 'Mulberry silk woven on traditional looms, 90 cm wide.',
    producerName: 'Hợp tác xã Dệt lụa Vạn Phúc',
    ocopGroup: 'handicraft',
    category: 'textiles',
    ocopStars: 4,
    province: 'ha-noi',
    certifications: [],
    storage: 'ambient',
    exportedTo: ['FR', 'IT'],
    unit: 'mét',
    moq: 30,
    priceMin: 250_000,
    priceMax: 400_000,
    currency: 'VND',
    publishedAt: '2025-12-12T02:00:00.000Z',
  },
  {
    key: 'thoCam',
    nameVi: 'Thổ cẩm dệt tay Mai Châu',
    nameEn: 'Mai Chau handwoven brocade',
    descriptionVi: 'Khăn, túi và vải thổ cẩm của đồng bào Thái, nhuộm màu tự nhiên từ chàm.',
    descriptionEn: 'Thai ethnic scarves, bags and fabric dyed with natural indigo.',
    producerName: 'Tổ hợp tác Thổ cẩm Bản Lác',
    ocopGroup: 'handicraft',
    category: 'textiles',
    ocopStars: 3,
    province: 'phu-tho',
    certifications: [],
    storage: 'ambient',
    exportedTo: [],
    unit: 'chiếc',
    moq: 10,
    priceMin: 200_000,
    priceMax: 600_000,
    currency: 'VND',
    publishedAt: '2025-09-09T02:00:00.000Z',
  },
  {
    key: 'mayTreDan',
    nameVi: 'Giỏ mây tre đan Phú Vinh',
    nameEn: 'Phu Vinh rattan and bamboo baskets',
    descriptionVi:
      'Giỏ, khay, hộp đan bằng sợi mây và giang, xử lý chống mốc, đóng thùng xuất khẩu.',
    descriptionEn: 'Rattan and bamboo baskets, trays and boxes, mould-treated, export cartons.',
    producerName: 'Công ty TNHH Mây tre Phú Vinh',
    ocopGroup: 'handicraft',
    category: 'wood-bamboo-rattan',
    ocopStars: 4,
    province: 'ha-noi',
    certifications: [],
    storage: 'ambient',
    exportedTo: ['US', 'DE'],
    unit: 'chiếc',
    moq: 200,
    priceMin: 80_000,
    priceMax: 300_000,
    currency: 'VND',
    publishedAt: '2026-01-05T02:00:00.000Z',
  },
  {
    key: 'nemChua',
    nameVi: 'Nem chua Thanh Hóa',
    nameEn: 'Thanh Hoa fermented pork roll',
    descriptionVi: 'Nem chua thịt heo lên men lá chuối, bì heo thái sợi, đóng gói hút chân không.',
    descriptionEn: null,
    producerName: 'Cơ sở Nem chua Bà Lý',
    ocopGroup: 'food',
    category: 'meat',
    ocopStars: 4,
    province: 'thanh-hoa',
    certifications: ['haccp'],
    storage: 'chilled',
    exportedTo: [],
    unit: 'chục',
    moq: 100,
    priceMin: 50_000,
    priceMax: null,
    currency: 'VND',
    publishedAt: '2025-10-01T02:00:00.000Z',
  },
  {
    key: 'tomSu',
    nameVi: 'Tôm sú đông lạnh Cà Mau',
    nameEn: 'Ca Mau frozen black tiger shrimp',
    descriptionVi: 'Tôm sú nuôi quảng canh sinh thái rừng ngập mặn, cấp đông IQF, size 16/20.',
    descriptionEn: 'Extensive mangrove-farmed black tiger shrimp, IQF frozen, size 16/20.',
    producerName: 'Công ty CP Thủy sản Minh Phú Bạc Liêu',
    ocopGroup: 'food',
    category: 'seafood',
    ocopStars: 4,
    province: 'ca-mau',
    certifications: ['haccp', 'brcgs'],
    storage: 'frozen',
    exportedTo: ['JP', 'KR', 'US'],
    unit: 'kg',
    moq: 2000,
    priceMin: 900,
    priceMax: 1_100,
    currency: 'USD',
    publishedAt: '2026-03-25T02:00:00.000Z',
  },
  {
    key: 'hatDieu',
    nameVi: 'Hạt điều rang muối Bình Phước',
    nameEn: 'Binh Phuoc salted roasted cashews',
    descriptionVi: 'Hạt điều W320 rang củi còn vỏ lụa, muối vừa, đóng hũ 500 g.',
    descriptionEn: 'W320 cashew nuts wood-roasted with skins, lightly salted.',
    producerName: 'Công ty TNHH Điều Vàng',
    ocopGroup: 'food',
    category: 'processed-foods',
    ocopStars: 4,
    province: 'dong-nai',
    certifications: ['haccp', 'halal'],
    storage: 'ambient',
    exportedTo: ['US', 'CN', 'AE'],
    unit: 'hũ 500 g',
    moq: 100,
    priceMin: 280_000,
    priceMax: 350_000,
    currency: 'VND',
    publishedAt: '2025-08-18T02:00:00.000Z',
  },
  {
    key: 'tinhDauQue',
    nameVi: 'Tinh dầu quế Văn Yên',
    nameEn: 'Van Yen cinnamon essential oil',
    descriptionVi: 'Tinh dầu chưng cất từ lá và vỏ quế hữu cơ, chai thủy tinh màu hổ phách.',
    descriptionEn: 'Steam-distilled from organic cinnamon leaves and bark.',
    producerName: 'HTX Quế hồi Văn Yên',
    ocopGroup: 'herbal',
    category: 'essential-oils',
    ocopStars: 3,
    province: 'lao-cai',
    certifications: ['organic-eu'],
    storage: 'ambient',
    exportedTo: ['IN', 'FR'],
    unit: 'chai 100 ml',
    moq: 5,
    priceMin: 600_000,
    priceMax: 900_000,
    currency: 'VND',
    publishedAt: '2025-07-07T02:00:00.000Z',
  },
  {
    key: 'samNgocLinh',
    nameVi: 'Sâm Ngọc Linh tươi',
    nameEn: 'Fresh Ngoc Linh ginseng',
    descriptionVi:
      'Củ sâm Ngọc Linh trồng dưới tán rừng trên 1.800 m, 5 năm tuổi, có tem truy xuất.',
    descriptionEn: 'Five-year-old roots grown under forest canopy above 1,800 m.',
    producerName: 'Công ty CP Sâm Ngọc Linh Kon Tum',
    ocopGroup: 'herbal',
    category: 'herbal-medicine',
    ocopStars: 5,
    province: 'quang-ngai',
    certifications: ['traceability-stamp', 'gi'],
    storage: 'chilled',
    exportedTo: [],
    unit: 'kg',
    moq: 1,
    priceMin: 30_000_000,
    priceMax: 80_000_000,
    currency: 'VND',
    publishedAt: '2026-04-10T02:00:00.000Z',
  },
  {
    key: 'buoiDaXanh',
    nameVi: 'Bưởi da xanh Bến Tre',
    nameEn: 'Ben Tre green-skin pomelo',
    descriptionVi: 'Bưởi da xanh ruột hồng, múi ráo, ngọt thanh, bọc màng và dán tem từng quả.',
    descriptionEn: 'Pink-fleshed green-skin pomelo, each fruit wrapped and labelled.',
    producerName: 'HTX Bưởi da xanh Mỏ Cày',
    ocopGroup: 'food',
    category: 'fruit',
    ocopStars: 4,
    province: 'vinh-long',
    certifications: ['globalgap'],
    storage: 'chilled',
    exportedTo: ['NL'],
    unit: 'kg',
    moq: 300,
    priceMin: 45_000,
    priceMax: 70_000,
    currency: 'VND',
    publishedAt: '2025-12-30T02:00:00.000Z',
  },
  {
    key: 'banhTrang',
    nameVi: 'Bánh tráng phơi sương Trảng Bàng',
    nameEn: null,
    descriptionVi:
      'Bánh tráng tráng tay, nướng trên than rồi phơi sương đêm, dùng cuốn thịt luộc và rau rừng.',
    descriptionEn: null,
    producerName: 'Cơ sở Bánh tráng Út Hiền',
    ocopGroup: 'food',
    category: 'processed-foods',
    ocopStars: null,
    province: 'tay-ninh',
    certifications: [],
    storage: 'ambient',
    exportedTo: [],
    unit: 'xấp',
    moq: 100,
    priceMin: null,
    priceMax: null,
    currency: 'VND',
    publishedAt: '2025-05-05T02:00:00.000Z',
  },
];

export const fixtureDocuments: ProductSearchDocument[] = inputs.map(document);

const base: ResolvedSearchQuery = { sort: 'relevance', page: 1, limit: 20 };
const byId = new Map(fixtureDocuments.map((d) => [d.id, d]));
const keyOf = new Map<string, string>(Object.entries(ids).map(([k, v]) => [v, k]));

type RelevanceCase = {
  q: string;
  filters?: Partial<ResolvedSearchQuery>;
  expect: FixtureKey[];
  why: string;
};

/** Realistic buyer queries and the products they must find in the first five hits. */
export const relevanceSet: RelevanceCase[] = [
  { q: 'nuoc mam phu quoc', expect: ['nuocMam'], why: 'no diacritics' },
  { q: 'Nước mắm', expect: ['nuocMam'], why: 'diacritics' },
  { q: 'fish sauce', expect: ['nuocMam'], why: 'English synonym' },
  { q: 'nuoc mam kien giang', expect: ['nuocMam'], why: 'old province' },
  { q: 'nươc mam phú quôc', expect: ['nuocMam'], why: 'wrong diacritics' },
  { q: 'mat ong', expect: ['matOng'], why: 'no diacritics' },
  { q: 'honey', expect: ['matOng'], why: 'English' },
  { q: 'mật ong hà giang', expect: ['matOng'], why: 'old province' },
  { q: 'mat ong bac ha', expect: ['matOng'], why: 'variety' },
  { q: 'mat on', expect: ['matOng'], why: 'prefix while typing' },
  { q: 'mien dong', expect: ['mienDong'], why: 'no diacritics' },
  { q: 'glass noodles', expect: ['mienDong'], why: 'English synonym, no English text' },
  { q: 'mien bac kan', expect: ['mienDong'], why: 'old province' },
  { q: 'che tan cuong', expect: ['cheTanCuong'], why: 'no diacritics' },
  { q: 'tea thai nguyen', expect: ['cheTanCuong'], why: 'English + province' },
  { q: 'tra xanh', expect: ['cheTanCuong'], why: 'synonym trà = chè' },
  { q: 'che thai nguyne', expect: ['cheTanCuong'], why: 'typo (swap)' },
  { q: 'gao st25', expect: ['gaoSt25'], why: 'code in name' },
  { q: 'rice soc trang', expect: ['gaoSt25'], why: 'English + old province' },
  { q: 'gạo thơm', expect: ['gaoSt25'], why: 'description' },
  { q: 'ca phe robusta', expect: ['caPhe'], why: 'no diacritics' },
  { q: 'coffee dak lak', expect: ['caPhe'], why: 'English + province' },
  { q: 'ca phe robuta', expect: ['caPhe'], why: 'typo (deletion)' },
  { q: 'vai thieu luc ngan', expect: ['vaiThieu'], why: 'no diacritics' },
  { q: 'lychee', expect: ['vaiThieu'], why: 'English' },
  { q: 'vai thieu bac giang', expect: ['vaiThieu'], why: 'old province' },
  { q: 'lichee', expect: ['vaiThieu'], why: 'typo (substitution)' },
  { q: 'vai thi', expect: ['vaiThieu'], why: 'prefix while typing' },
  { q: 'gom bat trang', expect: ['gomBatTrang'], why: 'no diacritics' },
  { q: 'pottery', expect: ['gomBatTrang'], why: 'English synonym' },
  { q: 'gốm bát tr', expect: ['gomBatTrang'], why: 'prefix while typing' },
  { q: 'lua van phuc', expect: ['luaVanPhuc'], why: 'no diacritics' },
  { q: 'silk', expect: ['luaVanPhuc'], why: 'English' },
  { q: 'tho cam', expect: ['thoCam'], why: 'no diacritics' },
  { q: 'brocade hoa binh', expect: ['thoCam'], why: 'English + old province' },
  { q: 'may tre dan', expect: ['mayTreDan'], why: 'phrase' },
  { q: 'rattan basket', expect: ['mayTreDan'], why: 'English' },
  { q: 'nem chua', expect: ['nemChua'], why: 'no diacritics' },
  { q: 'tom su ca mau', expect: ['tomSu'], why: 'no diacritics' },
  { q: 'shrimp', expect: ['tomSu'], why: 'English' },
  { q: 'tom bac lieu', expect: ['tomSu'], why: 'old province' },
  { q: 'shrinp', expect: ['tomSu'], why: 'typo (substitution)' },
  { q: 'hat dieu', expect: ['hatDieu'], why: 'no diacritics' },
  { q: 'cashew nuts', expect: ['hatDieu'], why: 'English synonyms' },
  { q: 'tinh dau que', expect: ['tinhDauQue'], why: 'no diacritics' },
  { q: 'cinnamon essential oil', expect: ['tinhDauQue'], why: 'English' },
  { q: 'tinh dau yen bai', expect: ['tinhDauQue'], why: 'old province' },
  { q: 'cinamon', expect: ['tinhDauQue'], why: 'typo (deletion)' },
  { q: 'sam ngoc linh', expect: ['samNgocLinh'], why: 'no diacritics' },
  { q: 'ginseng kon tum', expect: ['samNgocLinh'], why: 'English + old province' },
  { q: 'sâm ngọc l', expect: ['samNgocLinh'], why: 'prefix while typing' },
  { q: 'buoi da xanh', expect: ['buoiDaXanh'], why: 'no diacritics' },
  { q: 'pomelo ben tre', expect: ['buoiDaXanh'], why: 'English + old province' },
  { q: 'banh trang', expect: ['banhTrang'], why: 'no diacritics' },
  { q: 'rice paper tay ninh', expect: ['banhTrang'], why: 'English phrase synonym' },
  { q: 'BÁNH TRÁNG TRẢNG BÀNG', expect: ['banhTrang'], why: 'upper case' },
  {
    q: 'che',
    filters: { province: 'thai-nguyen' },
    expect: ['cheTanCuong'],
    why: 'with province filter',
  },
  { q: 'ca phe', filters: { exportedTo: 'KR' }, expect: ['caPhe'], why: 'with export filter' },
  {
    q: 'gao',
    filters: { certifications: ['iso22000'] },
    expect: ['gaoSt25'],
    why: 'with certification',
  },
  { q: 'tom', filters: { storage: 'frozen' }, expect: ['tomSu'], why: 'with storage' },
  {
    q: 'thai nguyen',
    filters: { group: 'food' },
    expect: ['mienDong'],
    why: 'province words + group',
  },
  {
    q: 'vietgap',
    expect: ['gaoSt25', 'cheTanCuong', 'matOng', 'vaiThieu'],
    why: 'certification name',
  },
];

/**
 * The behaviour every SearchEngine must show, run against a fixed Vietnamese catalogue indexed
 * once. Each engine's test file calls this with a factory for a fresh, empty index.
 */
export function defineSearchEngineContract(
  name: string,
  makeEngine: () => Promise<{ engine: SearchEngine; cleanup: () => Promise<void> }>,
) {
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    let cleanup: (() => Promise<void>) | undefined;

    const search = (q: string | undefined, filters: Partial<ResolvedSearchQuery> = {}) =>
      engine.search({ ...base, ...(q === undefined ? {} : { q }), ...filters });
    const idsOf = async (q: string | undefined, filters: Partial<ResolvedSearchQuery> = {}) =>
      (await search(q, filters)).hits.map((h) => h.id);
    const expectedIds = (predicate: (d: ProductSearchDocument) => boolean) =>
      fixtureDocuments
        .filter(predicate)
        .map((d) => d.id)
        .sort();

    beforeAll(async () => {
      ({ engine, cleanup } = await makeEngine());
      await engine.applySettings();
      await engine.clear();
      await engine.index(fixtureDocuments);
    });
    afterAll(async () => {
      await cleanup?.();
    });

    describe('text matching', () => {
      it('finds words without diacritics', async () => {
        expect((await idsOf('nuoc mam phu quoc'))[0]).toBe(ids.nuocMam);
      });
      it('finds unaccented text with a query that has diacritics', async () => {
        // The producer name is written without diacritics.
        expect(await idsOf('Hải Long')).toContain(ids.nuocMam);
      });
      it('ignores case', async () => {
        expect((await idsOf('NƯỚC MẮM PHÚ QUỐC'))[0]).toBe(ids.nuocMam);
        expect((await idsOf('Nuoc Mam'))[0]).toBe(ids.nuocMam);
      });
      it('corrects one typo in a word of five or more letters', async () => {
        expect(await idsOf('che thai nguyne')).toContain(ids.cheTanCuong);
        expect(await idsOf('robuta')).toEqual([ids.caPhe]);
      });
      it('does not correct typos in short words', async () => {
        expect(await idsOf('mwm')).toEqual([]);
      });
      it('matches the last word as a prefix while typing', async () => {
        expect(await idsOf('mat on')).toContain(ids.matOng);
        expect(await idsOf('mien do')).toContain(ids.mienDong);
        // A trailing space means the word is complete.
        expect(await idsOf('mien do ')).toEqual([]);
      });
      it('expands synonyms between Vietnamese and English', async () => {
        expect(await idsOf('honey')).toContain(ids.matOng);
        expect(await idsOf('fish sauce')).toContain(ids.nuocMam);
        expect(await idsOf('tea')).toContain(ids.cheTanCuong);
        // Nothing in the noodle product is written in English.
        expect(await idsOf('glass noodles')).toContain(ids.mienDong);
      });
      it('finds products by the names of provinces before the 2025 merger', async () => {
        expect(await idsOf('Bắc Kạn')).toEqual(
          expect.arrayContaining([ids.mienDong, ids.cheTanCuong]),
        );
        expect(await idsOf('Kiên Giang')).toContain(ids.nuocMam);
        expect(await idsOf('Bắc Giang')).toContain(ids.vaiThieu);
        expect(await idsOf('Hà Giang')).toContain(ids.matOng);
      });
      it('requires every word of the query', async () => {
        expect(await idsOf('mat ong ca mau')).toEqual([]);
      });
      it('highlights matched words of the name as character ranges', async () => {
        const { hits } = await search('nuoc mam');
        const hit = hits.find((h) => h.id === ids.nuocMam)!;
        expect(hit.highlights.nameVi).toEqual([
          [0, 4],
          [5, 8],
        ]);
        expect(hit.nameVi.slice(0, 8)).toBe('Nước mắm');
      });
      it('returns every field of a hit as indexed', async () => {
        const { hits } = await search('tôm sú');
        const doc = byId.get(ids.tomSu)!;
        expect(hits[0]).toMatchObject({
          id: doc.id,
          nameVi: doc.nameVi,
          nameEn: doc.nameEn,
          producer: { id: doc.producerId, name: doc.producerName },
          ocopGroup: 'food',
          category: 'seafood',
          ocopStars: 4,
          province: 'ca-mau',
          region: 'mekong-delta',
          certifications: ['haccp', 'brcgs'],
          storage: 'frozen',
          exportedTo: ['JP', 'KR', 'US'],
          unit: 'kg',
          moq: 2000,
          priceMin: 900,
          priceMax: 1100,
          currency: 'USD',
          coverImage: doc.coverImage,
          publishedAt: doc.publishedAt,
        });
      });
    });

    describe('filters', () => {
      const cases: [string, Partial<ResolvedSearchQuery>, (d: ProductSearchDocument) => boolean][] =
        [
          ['group', { group: 'handicraft' }, (d) => d.ocopGroup === 'handicraft'],
          ['category', { category: 'fruit' }, (d) => d.category === 'fruit'],
          ['province', { province: 'ha-noi' }, (d) => d.province === 'ha-noi'],
          ['region', { region: 'mekong-delta' }, (d) => d.region === 'mekong-delta'],
          ['minStars', { minStars: 5 }, (d) => (d.ocopStars ?? 0) >= 5],
          [
            'one certification',
            { certifications: ['haccp'] },
            (d) => d.certifications.includes('haccp'),
          ],
          [
            'all of several certifications',
            { certifications: ['vietgap', 'haccp'] },
            (d) => d.certifications.includes('vietgap') && d.certifications.includes('haccp'),
          ],
          ['storage', { storage: 'chilled' }, (d) => d.storage === 'chilled'],
          ['exportedTo', { exportedTo: 'JP' }, (d) => d.exportedTo.includes('JP')],
          ['moqMax', { moqMax: 50 }, (d) => d.moq <= 50],
          [
            'price range overlap',
            { priceMinVnd: 100_000, priceMaxVnd: 300_000 },
            (d) =>
              d.priceMinVnd !== null &&
              (d.priceMaxVnd ?? d.priceMinVnd) >= 100_000 &&
              d.priceMinVnd <= 300_000,
          ],
          [
            'single price (no maximum) inside the range',
            { priceMinVnd: 45_000, priceMaxVnd: 55_000 },
            (d) =>
              d.priceMinVnd !== null &&
              (d.priceMaxVnd ?? d.priceMinVnd) >= 45_000 &&
              d.priceMinVnd <= 55_000,
          ],
          [
            'several filters together',
            { group: 'food', region: 'mekong-delta', minStars: 4, exportedTo: 'US' },
            (d) =>
              d.ocopGroup === 'food' &&
              d.region === 'mekong-delta' &&
              (d.ocopStars ?? 0) >= 4 &&
              d.exportedTo.includes('US'),
          ],
        ];
      it.each(cases)('%s', async (_label, filters, predicate) => {
        const expected = expectedIds(predicate);
        expect(expected.length).toBeGreaterThan(0);
        const result = await search(undefined, { ...filters, limit: 100 });
        expect(result.hits.map((h) => h.id).sort()).toEqual(expected);
        expect(result.total).toBe(expected.length);
      });
      it('combines filters with a text query', async () => {
        expect(await idsOf('mat ong', { province: 'an-giang' })).toEqual([]);
        expect(await idsOf('vietgap', { category: 'tea' })).toEqual([ids.cheTanCuong]);
      });
      it('finds nothing for unknown values', async () => {
        expect(await idsOf(undefined, { certifications: ['haccp', 'nonexistent'] })).toEqual([]);
        expect(await idsOf(undefined, { exportedTo: 'ZZ' })).toEqual([]);
      });
    });

    describe('facets', () => {
      const count = (values: string[]) => {
        const counts: Record<string, number> = {};
        for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
        return counts;
      };
      it('counts every facet over all matching products', async () => {
        const result = await search(undefined, { limit: 1 });
        const docs = fixtureDocuments;
        expect(result.total).toBe(docs.length);
        expect(result.totalCapped).toBe(false);
        expect(result.facets).toEqual({
          group: count(docs.map((d) => d.ocopGroup)),
          category: count(docs.map((d) => d.category)),
          province: count(docs.map((d) => d.province)),
          region: count(docs.map((d) => d.region)),
          stars: count(docs.flatMap((d) => (d.ocopStars === null ? [] : [String(d.ocopStars)]))),
          certifications: count(docs.flatMap((d) => d.certifications)),
          storage: count(docs.map((d) => d.storage)),
          exportedTo: count(docs.flatMap((d) => d.exportedTo)),
        });
      });
      it('counts facets over the filtered matches only', async () => {
        const result = await search(undefined, { group: 'handicraft' });
        expect(result.facets.group).toEqual({ handicraft: 4 });
        expect(result.facets.category).toEqual({
          ceramics: 1,
          textiles: 2,
          'wood-bamboo-rattan': 1,
        });
        expect(result.facets.province).toEqual({ 'ha-noi': 3, 'phu-tho': 1 });
      });
      it('counts facets of a text query', async () => {
        const result = await search('fruit');
        expect(result.facets.category).toEqual({ fruit: 2 });
        expect(result.facets.storage).toEqual({ chilled: 2 });
      });
    });

    describe('sorting', () => {
      const all = async (sort: ResolvedSearchQuery['sort']) =>
        (await search(undefined, { sort, limit: 100 })).hits.map((h) => byId.get(h.id)!);
      /** Non-null values in the wanted order, nulls after them. */
      const expectOrdered = (values: (number | null)[], direction: 'asc' | 'desc') => {
        const firstNull = values.indexOf(null);
        const present = (firstNull === -1 ? values : values.slice(0, firstNull)) as number[];
        if (firstNull !== -1) {
          expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
        }
        const sorted = [...present].sort((a, b) => (direction === 'asc' ? a - b : b - a));
        expect(present).toEqual(sorted);
      };
      it('sorts by stars, best first', async () => {
        const docs = await all('stars');
        expect(docs).toHaveLength(fixtureDocuments.length);
        expectOrdered(
          docs.map((d) => d.ocopStars),
          'desc',
        );
      });
      it('sorts by newest first', async () => {
        const docs = await all('newest');
        expectOrdered(
          docs.map((d) => Date.parse(d.publishedAt!)),
          'desc',
        );
        expect(docs[0]!.id).toBe(ids.samNgocLinh);
      });
      it('sorts by price, cheapest first', async () => {
        const docs = await all('price_asc');
        expectOrdered(
          docs.map((d) => d.priceMinVnd),
          'asc',
        );
        expect(docs[0]!.id).toBe(ids.gaoSt25);
      });
      it('sorts by price, dearest first', async () => {
        const docs = await all('price_desc');
        expectOrdered(
          docs.map((d) => d.priceMaxVnd),
          'desc',
        );
        expect(docs[0]!.id).toBe(ids.samNgocLinh);
      });
      it('sorts a text query', async () => {
        const docs = (await search('vietgap', { sort: 'stars' })).hits.map((h) => byId.get(h.id)!);
        expect(docs).toHaveLength(4);
        expectOrdered(
          docs.map((d) => d.ocopStars),
          'desc',
        );
      });
      it('ranks a match in the name above a match in the description', async () => {
        // "tôm" is in the shrimp's name and in the rice's description (rice–shrimp rotation).
        const hits = await idsOf('tom');
        expect(hits[0]).toBe(ids.tomSu);
        expect(hits).toContain(ids.gaoSt25);
      });
    });

    describe('paging', () => {
      it('pages through all results without overlap', async () => {
        const seen: string[] = [];
        for (let page = 1; page <= 4; page += 1) {
          const result = await search(undefined, { sort: 'newest', page, limit: 5 });
          expect(result.page).toBe(page);
          expect(result.limit).toBe(5);
          expect(result.total).toBe(fixtureDocuments.length);
          seen.push(...result.hits.map((h) => h.id));
        }
        expect(seen).toHaveLength(fixtureDocuments.length);
        expect(new Set(seen).size).toBe(fixtureDocuments.length);
      });
      it('returns no hits beyond the last page', async () => {
        const result = await search(undefined, { page: 5, limit: 5 });
        expect(result.hits).toEqual([]);
        expect(result.total).toBe(fixtureDocuments.length);
      });
      it(`stops at ${MAX_SEARCH_HITS} hits: pages beyond it are empty`, async () => {
        const result = await search(undefined, { page: MAX_SEARCH_HITS / 100 + 1, limit: 100 });
        expect(result.hits).toEqual([]);
        const last = await search(undefined, { page: MAX_SEARCH_HITS, limit: 100 });
        expect(last.hits).toEqual([]);
      });
    });

    describe('hostile or odd input never fails', () => {
      const queries = [
        "' & | ! ( ) :*",
        "nuoc' & mam",
        '%',
        '_',
        '\\',
        '"',
        '"nuoc mam"',
        '-nuoc',
        'mam:*',
        'nuoc\u0000mam',
        '\u0000',
        '<->',
        '🍯 mật ong',
        '   ',
        '',
        'a'.repeat(1000),
        'nuoc mam '.repeat(120),
        'x'.repeat(60) + ' ' + 'y'.repeat(60),
      ];
      it.each(queries.map((q) => [JSON.stringify(q).slice(0, 40), q]))(
        'q = %s',
        async (_label, q) => {
          const result = await search(q);
          expect(Array.isArray(result.hits)).toBe(true);
        },
      );
      it('treats punctuation as word separators', async () => {
        expect(await idsOf("nuoc' & mam")).toContain(ids.nuocMam);
        expect(await idsOf('nuoc\u0000mam')).toContain(ids.nuocMam);
      });
      const filterValues = ['"', '\\', 'a"b\\', '" OR ocopGroup = "food', "' or 1=1 --", '%', '_'];
      it.each(filterValues)('filter value %s', async (value) => {
        const result = await search(undefined, {
          region: value,
          province: value,
          certifications: [value],
          exportedTo: value,
        });
        expect(result.hits).toEqual([]);
        expect(await idsOf(undefined, { group: value as ResolvedSearchQuery['group'] })).toEqual(
          [],
        );
      });
    });

    describe('relevance set', () => {
      it(`finds the expected products in the top 5 for at least 95% of ${relevanceSet.length} queries`, async () => {
        let expected = 0;
        let found = 0;
        const misses: string[] = [];
        for (const c of relevanceSet) {
          const top5 = (await idsOf(c.q, { ...c.filters, limit: 5 })).slice(0, 5);
          for (const key of c.expect) {
            expected += 1;
            if (top5.includes(ids[key])) {
              found += 1;
            } else {
              misses.push(
                `${JSON.stringify(c.q)}${c.filters ? ` ${JSON.stringify(c.filters)}` : ''} (${c.why}): ` +
                  `missing ${key}, got [${top5.map((id) => keyOf.get(id)).join(', ')}]`,
              );
            }
          }
        }
        const recall = found / expected;
        console.info(
          `[${name}] relevance recall@5 = ${recall.toFixed(3)} (${found}/${expected} over ${relevanceSet.length} queries)` +
            (misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''),
        );
        expect(relevanceSet.length).toBeGreaterThanOrEqual(40);
        expect(recall).toBeGreaterThanOrEqual(0.95);
      });
    });

    // Last: these change the index.
    describe('index updates', () => {
      const extra: ProductSearchDocument = {
        ...byId.get(ids.nuocMam)!,
        id: '5e1c0000-0000-4000-8000-0000000000ff',
        nameVi: 'Nước mắm cá cơm Sa Huỳnh',
        nameEn: null,
        province: 'da-nang',
        provinceNames: ['Đà Nẵng', 'Da Nang', 'Quảng Nam'],
        region: 'north-central-central-coast',
      };
      it('adds, replaces and deletes documents', async () => {
        await engine.index([extra]);
        expect(await idsOf('sa huynh')).toEqual([extra.id]);
        await engine.index([{ ...extra, nameVi: 'Nước mắm cá cơm Cửa Khe' }]);
        expect(await idsOf('sa huynh')).toEqual([]);
        expect(await idsOf('cua khe')).toEqual([extra.id]);
        expect((await search(undefined)).total).toBe(fixtureDocuments.length + 1);
        await engine.delete([extra.id]);
        expect(await idsOf('cua khe')).toEqual([]);
        expect((await search(undefined)).total).toBe(fixtureDocuments.length);
      });
      it('accepts empty batches', async () => {
        await engine.index([]);
        await engine.delete([]);
        expect((await search(undefined)).total).toBe(fixtureDocuments.length);
      });
      it('clears the index', async () => {
        await engine.clear();
        const result = await search(undefined);
        expect(result.total).toBe(0);
        expect(result.hits).toEqual([]);
      });
    });
  });
}
